import type { Metadata } from "next";
import Link from "next/link";
import { ControlTimelineView } from "@/components/control/ControlTimelineView";
import { localePath } from "@/lib/i18n/locales";
import { localeOf } from "@/lib/i18n/params";
import { translator } from "@/lib/i18n/translate";
import { pageMetadata } from "@/lib/site/metadata";
import { controlView } from "@/lib/site/views";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = translator(locale);
  return pageMetadata({ locale, title: t("pages.control.title"), description: t("pages.control.description"), path: "/control" });
}

export default async function ControlPage({ params }: { params: Params }) {
  const locale = await localeOf(params);
  const t = translator(locale);
  const { places } = controlView(locale);
  return (
    <>
      <h1>{t("pages.control.title")}</h1>
      <p className="cc-dek">{t("pages.control.dek")}</p>
      <nav aria-label={t("pages.control.places")} className="cc-place-index">
        <ul>
          {places.map((p) => (
            <li key={p.place}>
              <a href={`#${p.timeline.slug}`}>{p.name}</a> <span className="cc-muted">({p.timeline.entries.length})</span>
            </li>
          ))}
        </ul>
      </nav>
      {places.map((p) => (
        <section key={p.place} id={p.timeline.slug} className="cc-place">
          <ControlTimelineView timeline={p.timeline} titleAs="h2" locale={locale} />
          {p.comparisonSlug ? (
            <p className="cc-small">
              <Link href={localePath(locale, `/compare/${p.comparisonSlug}`)}>{t("pages.control.compared", { place: p.name })}</Link>
            </p>
          ) : null}
        </section>
      ))}
    </>
  );
}
