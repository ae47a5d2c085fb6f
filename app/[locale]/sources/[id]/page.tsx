import type { Metadata } from "next";
import { localeOf } from "@/lib/i18n/params";
import { prerenderedIn } from "@/lib/i18n/prerendered";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimList } from "@/components/claims/ClaimList";
import { formatDateIn } from "@/lib/i18n/format";
import { localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { pageMetadata } from "@/lib/site/metadata";
import { PUBLISHER_NOT_IDENTIFIED } from "@/lib/model/sources";
import { TableProvenance, TableSummaryView } from "@/components/tables/TableSummaryView";
import { claimHref, sourceIds, sourceView } from "@/lib/site/views";

/** Drawn on request in the editions other than English (lib/i18n/prerendered.ts). */
export const dynamicParams = true;

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  return prerenderedIn(params, () => sourceIds().map((id) => ({ id })));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; id: string }> }): Promise<Metadata> {
  const locale = await localeOf(params);
  const view = sourceView((await params).id, locale);
  if (!view) return {};
  const t = translator(locale);
  return pageMetadata({
    locale,
    title: t("pages.source.title", { title: view.title }),
    description: view.table
      ? t("pages.source.descriptionTable", { count: view.table.summary.claims, title: view.title })
      : t("pages.source.descriptionReport", { count: view.rows.length, publication: view.publication }),
    path: `/sources/${view.source.id}`,
  });
}

export default async function SourcePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await localeOf(params);
  const t = translator(locale);
  const at = (path: string) => localePath(locale, path);
  const href = (id: string) => at(claimHref(id));
  const view = sourceView((await params).id, locale);
  if (!view) notFound();
  const { source } = view;
  if (view.table) {
    return (
      <>
        <p className="cc-kicker">
          <Link href={at("/sources")}>{t("pages.sources.title")}</Link> · {t("pages.source.publishedTable")}
        </p>
        <h1>{view.title}</h1>
        <TableProvenance view={view.table} locale={locale} />
        <p className="cc-small cc-muted">{t("pages.source.notCopied")}</p>
        <TableSummaryView view={view.table} claimHref={href} locale={locale} />
      </>
    );
  }
  const baseLanguage = view.language.toLowerCase().split("-")[0];
  return (
    <>
      <p className="cc-kicker">
        <Link href={at("/sources")}>{t("pages.sources.title")}</Link> · {t(source.kind === "report" ? "pages.source.report" : "pages.source.publishedTable")}
      </p>
      <h1>{view.title}</h1>
      <dl className="cc-meta">
        <dt>{t("pages.source.publisher")}</dt>
        <dd>
          {source.publisher === PUBLISHER_NOT_IDENTIFIED ? (
            <>
              <em>{t("pages.source.notIdentified")}</em> <span className="cc-muted">{t("pages.source.noPublisher")}</span>
            </>
          ) : (
            source.publisher
          )}
        </dd>
        <dt>{t("pages.source.dateline")}</dt>
        <dd>{source.kind === "report" && source.dateline ? source.dateline : <em className="cc-muted">{t("pages.source.nonePrinted")}</em>}</dd>
        <dt>{t("pages.source.language")}</dt>
        <dd>
          {view.languageName} <span className="cc-muted">({view.language})</span>
          {view.language !== "en" && baseLanguage !== locale ? <span className="cc-muted">{t("pages.source.quotesStand", { language: view.languageName })}</span> : null}
        </dd>
        {source.kind === "report" && source.relay ? (
          <>
            <dt>{t("pages.source.relays")}</dt>
            <dd>
              {source.relay.via} <span className="cc-muted">{t("pages.source.relayWording", { wording: source.relay.wording })}</span>
            </dd>
          </>
        ) : null}
        <dt>{t("pages.source.date")}</dt>
        <dd>
          <time dateTime={source.datePublished}>{formatDateIn(locale, source.datePublished)}</time> ·{" "}
          <Link href={at(`/on/${source.datePublished}`)}>{t("pages.source.thatDay")}</Link>
        </dd>
        <dt>{t("pages.source.file")}</dt>
        <dd>
          <code>{source.file}</code>
        </dd>
        <dt>SHA-256</dt>
        <dd>
          <code className="cc-hash">{source.sha256}</code>
        </dd>
        {source.url ? (
          <>
            <dt>{t("pages.source.address")}</dt>
            <dd>
              <a href={source.url}>{source.url}</a>
            </dd>
          </>
        ) : null}
        {source.note ? (
          <>
            <dt>{t("pages.source.note")}</dt>
            <dd>{source.note}</dd>
          </>
        ) : null}
      </dl>
      <p className="cc-small cc-muted">{t("pages.source.notPublished")}</p>
      {view.rows.length > 0 || view.relayed.length === 0 ? (
        <>
          <h2>{t("pages.source.claims", { count: view.rows.length })}</h2>
          <ClaimList rows={view.rows} hide="source" locale={locale} />
        </>
      ) : null}
      {view.relayed.length > 0 ? (
        <>
          <h2>{t("pages.source.relayed", { count: view.relayed.length })}</h2>
          <p className="cc-small cc-muted">{t("pages.source.relayedDek")}</p>
          <ClaimList rows={view.relayed} hide="claimant" locale={locale} />
        </>
      ) : null}
    </>
  );
}
