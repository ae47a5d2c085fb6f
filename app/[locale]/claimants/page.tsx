import type { Metadata } from "next";
import Link from "next/link";
import { localePath } from "@/lib/i18n/locales";
import { localeOf } from "@/lib/i18n/params";
import { translator } from "@/lib/i18n/translate";
import { pageMetadata } from "@/lib/site/metadata";
import { claimantsView } from "@/lib/site/views";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = translator(locale);
  return pageMetadata({ locale, title: t("pages.claimants.title"), description: t("pages.claimants.description"), path: "/claimants" });
}

export default async function ClaimantsPage({ params }: { params: Params }) {
  const locale = await localeOf(params);
  const t = translator(locale);
  const claimants = claimantsView(locale);
  return (
    <>
      <h1>{t("pages.claimants.title")}</h1>
      <p className="cc-dek">{t("pages.claimants.dek")}</p>
      <ul className="cc-link-list">
        {claimants.map(({ claimant, colour, kind, side, claims }) => (
          <li key={claimant.id}>
            <span className="cc-swatch" style={{ background: colour }} aria-hidden="true" />{" "}
            <Link href={localePath(locale, `/claimants/${claimant.id}`)}>{claimant.name}</Link>{" "}
            <span className="cc-muted">
              — {kind === side ? kind : `${kind}, ${side}`}; {t("pages.claimants.claims", { count: claims })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
