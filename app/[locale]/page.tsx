import type { Metadata } from "next";
import Link from "next/link";
import type React from "react";
import { ComparisonFigure } from "@/components/chart/ComparisonFigure";
import { SeriesFigure } from "@/components/chart/SeriesFigure";
import { ControlTimelineView } from "@/components/control/ControlTimelineView";
import { DateSpanText } from "@/components/site/DateSpanText";
import { localePath } from "@/lib/i18n/locales";
import { localeOf } from "@/lib/i18n/params";
import { translator } from "@/lib/i18n/translate";
import { pageMetadata, SITE_NAME } from "@/lib/site/metadata";
import { homeView } from "@/lib/site/views";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = translator(locale);
  const title = t("pages.home.title", { site: SITE_NAME });
  return {
    ...pageMetadata({ locale, title, description: t("pages.home.description"), path: "/" }),
    title: { absolute: title },
  };
}

export default async function Home({ params }: { params: Params }) {
  const locale = await localeOf(params);
  const t = translator(locale);
  const at = (path: string) => localePath(locale, path);
  const link = (href: string) => (chunks: React.ReactNode) => (
    <Link prefetch={false} href={at(href)}>
      {chunks}
    </Link>
  );
  const home = homeView(locale);
  const counts = { claims: home.claimCount, reports: home.reportCount, tables: home.tableCount };
  return (
    <>
      <header className="cc-hero">
        <h1>{t("pages.home.heading")}</h1>
        <p className="cc-dek">{t("pages.home.dek")}</p>
        <p className="cc-coverage">
          {home.tableCount > 0 ? t("pages.home.countsTables", counts) : t("pages.home.counts", counts)}.
          {home.coverage.stated ? (
            <>
              {" "}
              {t("pages.home.stated")} <DateSpanText span={home.coverage.stated} locale={locale} />
            </>
          ) : null}
          {home.coverage.published ? (
            <>
              ; {t("pages.home.published")} <DateSpanText span={home.coverage.published} locale={locale} />
            </>
          ) : null}
          {/* A Ukrainian or Russian date ends in its own full stop ("2026 р.", "2026 г."). */}
          {locale === "en" || !home.coverage.stated ? "." : null}
        </p>
      </header>

      {home.headlines.length > 0 ? (
        <section id="soldiers-and-ground" aria-labelledby="headlines-title" className="cc-headlines">
          <h2 id="headlines-title">{t("pages.home.headlines")}</h2>
          <div className="cc-columns">
            {home.headlines.map((h) => (
              <section key={h.slug} aria-labelledby={`${h.slug}-headline`}>
                <h3 id={`${h.slug}-headline`}>
                  <Link prefetch={false} href={at(`/compare/${h.slug}`)}>
                    {h.title}
                  </Link>
                </h3>
                <ul className="cc-link-list">
                  {h.figures.map((f) => (
                    <li key={f.id}>
                      <span className="cc-swatch" style={{ background: f.colour }} aria-hidden="true" /> <strong>{f.label}</strong>{" "}
                      <span className="cc-muted">({f.role})</span>: {f.words}, {f.date}
                      {f.caveat ? <span className="cc-muted"> — {f.caveat}</span> : null}
                    </li>
                  ))}
                </ul>
                {h.note ? <p className="cc-small cc-muted">≠ {h.note}</p> : null}
              </section>
            ))}
          </div>
        </section>
      ) : null}

      <section id="comparisons" aria-labelledby="comparisons-title">
        <h2 id="comparisons-title">{t("pages.home.comparisons")}</h2>
        <ul className="cc-cards">
          {home.cards.map(({ slug, view }) => (
            <li key={slug} className="cc-card">
              {view.kind === "series" ? (
                <SeriesFigure view={view} titleAs="h3" titleHref={at(`/compare/${slug}`)} showRanges={false} reduced />
              ) : view.kind === "figures" ? (
                <ComparisonFigure chart={view.chart} svgs={view.svgs} titleAs="h3" titleHref={at(`/compare/${slug}`)} />
              ) : (
                <ControlTimelineView timeline={view.timeline} titleAs="h3" titleHref={at(`/compare/${slug}`)} compact locale={locale} />
              )}
            </li>
          ))}
        </ul>
      </section>

      <div className="cc-columns">
        <section aria-labelledby="explore-title">
          <h2 id="explore-title">{t("pages.home.everyClaim")}</h2>
          <ul className="cc-link-list">
            <li>{t.rich("pages.home.claimsTable", { count: home.claimCount, link: link("/claims") })}</li>
            <li>{t.rich("pages.home.control", { link: link("/control") })}</li>
            <li>{t.rich("pages.home.claimants", { link: link("/claimants") })}</li>
          </ul>
        </section>

        <section aria-labelledby="sources-title">
          <h2 id="sources-title">{t("pages.home.sources")}</h2>
          {/* One link, not every report: the list grows with the data, and the home page must stay under 40 KB (issue 20). */}
          <ul className="cc-link-list">
            <li>{t.rich("pages.home.sourcesList", { reports: home.reportCount, tables: home.tableCount, link: link("/sources") })}</li>
          </ul>
        </section>

        <section id="data" aria-labelledby="data-title">
          <h2 id="data-title">{t("pages.home.data")}</h2>
          <p className="cc-small">{t("pages.home.dataDek", { version: home.meta.version })}</p>
          <ul className="cc-link-list">
            <li>
              <a href="/data/claims.json">claims.json</a>: {t("pages.home.claimsJson")}
            </li>
            <li>
              <a href="/data/claims.csv">claims.csv</a>: {t("pages.home.claimsCsv")}
            </li>
            <li>
              <a href="/data/schema.json">schema.json</a>: {t("pages.home.schemaJson")}
            </li>
            {home.sources
              .filter((s) => s.kind === "table")
              .map((s) => (
                <li key={s.id}>
                  <a href={`/data/sources/${s.id}.csv`}>{s.id}.csv</a>: {s.title}
                </li>
              ))}
          </ul>
        </section>
      </div>
    </>
  );
}
