import type { Metadata } from "next";
import Link from "next/link";
import { localePath } from "@/lib/i18n/locales";
import { localeOf } from "@/lib/i18n/params";
import { translator } from "@/lib/i18n/translate";
import { pageMetadata } from "@/lib/site/metadata";
import { sourcesView } from "@/lib/site/views";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = translator(locale);
  return pageMetadata({ locale, title: t("pages.sources.title"), description: t("pages.sources.description"), path: "/sources" });
}

export default async function SourcesPage({ params }: { params: Params }) {
  const locale = await localeOf(params);
  const t = translator(locale);
  const at = (path: string) => localePath(locale, path);
  const { groups, tables } = sourcesView(locale);
  const total = groups.reduce((n, g) => n + g.count, 0);
  return (
    <>
      <h1>{t("pages.sources.title")}</h1>
      <p className="cc-dek">{t("pages.sources.dek", { reports: total, tables: tables.length })}</p>
      <nav aria-label={t("pages.sources.byClaimant")} className="cc-series-index">
        <ul>
          {groups.map((g) => (
            <li key={g.slug}>
              <a href={`#sources-${g.slug}`}>{g.name}</a> <span className="cc-muted">({g.count})</span>
            </li>
          ))}
          {tables.length > 0 ? (
            <li>
              <a href="#sources-published-tables">{t("pages.sources.publishedTables")}</a> <span className="cc-muted">({tables.length})</span>
            </li>
          ) : null}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.slug} className="cc-source-group" aria-labelledby={`sources-${g.slug}`}>
          <h2 id={`sources-${g.slug}`}>
            {g.claimantId ? <Link href={at(`/claimants/${g.claimantId}`)}>{g.name}</Link> : g.name}{" "}
            <span className="cc-muted cc-series-subject">· {t("pages.sources.reports", { count: g.count })}</span>
          </h2>
          {g.years.map((y) => (
            <section key={y.year} aria-labelledby={`sources-${g.slug}-${y.year}`}>
              <h3 id={`sources-${g.slug}-${y.year}`}>
                {y.year} <span className="cc-muted cc-series-subject">({y.sources.length})</span>
              </h3>
              <ul className="cc-link-list">
                {y.sources.map((s) => (
                  <li key={s.id}>
                    <Link href={at(`/sources/${s.id}`)}>{s.title}</Link>{" "}
                    <span className="cc-muted">
                      —{" "}
                      {[
                        s.headline ? s.publication : undefined,
                        s.language ? t("pages.sources.inLanguage", { language: s.language }) : undefined,
                        s.claims > 0 || s.relays === 0 ? t("pages.sources.claims", { count: s.claims }) : t("pages.sources.noClaim"),
                        s.relays > 0 ? t("pages.sources.relays", { count: s.relays }) : undefined,
                      ]
                        .filter(Boolean)
                        .join("; ")}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
      {tables.length > 0 ? (
        <section className="cc-source-group" aria-labelledby="sources-published-tables">
          <h2 id="sources-published-tables">{t("pages.sources.publishedTables")}</h2>
          <ul className="cc-link-list">
            {tables.map((s) => (
              <li key={s.id}>
                <Link href={at(`/sources/${s.id}`)}>{s.title}</Link> <span className="cc-muted">— {s.publication}; {t("pages.sources.claims", { count: s.claims })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
