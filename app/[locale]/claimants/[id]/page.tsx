import type { Metadata } from "next";
import { localeOf } from "@/lib/i18n/params";
import { prerenderedIn } from "@/lib/i18n/prerendered";
import type React from "react";
import { localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimList } from "@/components/claims/ClaimList";
import { SeriesTables } from "@/components/claims/SeriesTables";
import { pageMetadata } from "@/lib/site/metadata";
import { TableSummaryView } from "@/components/tables/TableSummaryView";
import { claimantIds, claimantPageView, claimantView, claimHref } from "@/lib/site/views";

/** Drawn on request in the editions other than English (lib/i18n/prerendered.ts). */
export const dynamicParams = true;

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  return prerenderedIn(params, () => claimantIds().map((id) => ({ id })));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; id: string }> }): Promise<Metadata> {
  const locale = await localeOf(params);
  const view = claimantView((await params).id, locale);
  if (!view) return {};
  return pageMetadata({
    locale,
    title: view.claimant.name,
    description: translator(locale)("pages.claimant.description", { count: view.claims, name: view.claimant.name }),
    path: `/claimants/${view.claimant.id}`,
  });
}

export default async function ClaimantPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await localeOf(params);
  const t = translator(locale);
  const at = (path: string) => localePath(locale, path);
  const href = (id: string) => at(claimHref(id));
  const view = claimantPageView((await params).id, locale);
  if (!view) notFound();
  const { claimant } = view;
  return (
    <>
      <p className="cc-kicker">
        <Link href={at("/claimants")}>{t("pages.claimants.title")}</Link> · {view.kind === view.side ? view.kind : `${view.kind} · ${view.side}`}
      </p>
      <h1>
        <span className="cc-swatch cc-swatch-large" style={{ background: view.colour }} aria-hidden="true" /> {claimant.name}
      </h1>
      {claimant.note ? <p className="cc-dek">{claimant.note}</p> : null}
      {view.tables.length > 0 ? (
        <section aria-labelledby="tables-title">
          <h2 id="tables-title">{t("pages.claimant.tables", { count: view.tables.length })}</h2>
          <p>{t.rich("pages.claimant.tablesDek", { count: view.claims, link: (chunks: React.ReactNode) => <Link href={at("/claims")}>{chunks}</Link> })}</p>
          {view.tables.map((table) => (
            <div key={table.source.id} className="cc-claimant-table">
              <TableSummaryView view={table} claimHref={href} headingLevel={3} locale={locale} />
              <p>
                <Link href={at(`/sources/${table.source.id}`)}>{t("pages.claimant.tableSource")}</Link>
              </p>
            </div>
          ))}
        </section>
      ) : null}
      {view.series.length > 0 ? (
        <>
          <h2>{t("pages.claimant.overTime")}</h2>
          <p>{t("pages.claimant.overTimeDek")}</p>
          <SeriesTables series={view.series} locale={locale} />
          <h2>{t("pages.claimant.others", { count: view.others.length })}</h2>
          {view.others.length > 0 ? <ClaimList rows={view.others} hide="claimant" locale={locale} /> : <p className="cc-muted">{t("pages.claimant.othersNone")}</p>}
        </>
      ) : view.tables.length > 0 && view.rows.length === 0 ? null : (
        <>
          <h2>{t("pages.claimant.quoted", { count: view.rows.length })}</h2>
          {view.rows.length > 0 ? <ClaimList rows={view.rows} hide="claimant" locale={locale} /> : <p className="cc-muted">{t("pages.claimant.quotedNone")}</p>}
        </>
      )}
      {view.rows.length > 0 ? (
        <p>
          {/* A plain link: the search is drawn by the server, and the client router would keep the static /claims. */}
          <a href={at(`/claims?claimant=${claimant.id}`)}>{t("pages.claimant.inTable")}</a>
        </p>
      ) : null}
    </>
  );
}
