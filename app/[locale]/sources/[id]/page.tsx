import type { Metadata } from "next";
import { localeOf } from "@/lib/i18n/params";
import { prerenderedIn } from "@/lib/i18n/prerendered";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimList } from "@/components/claims/ClaimList";
import { formatDate } from "@/lib/model/dates";
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
  const view = sourceView((await params).id);
  if (!view) return {};
  return pageMetadata({
    locale,
    title: `Source: ${view.title}`,
    description: view.table
      ? `${view.table.summary.claims.toLocaleString("en-GB")} figures from ${view.title}: what it counts, its latest figures and its corrections.`
      : `The ${view.rows.length} claims quoted from ${view.publication}, in the order the text states them.`,
    path: `/sources/${view.source.id}`,
  });
}

export default async function SourcePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const view = sourceView((await params).id);
  if (!view) notFound();
  const { source } = view;
  if (view.table) {
    return (
      <>
        <p className="cc-kicker">
          <Link href="/sources">Sources</Link> · Published table
        </p>
        <h1>{view.title}</h1>
        <TableProvenance view={view.table} />
        <p className="cc-small cc-muted">
          The published file is not copied here. The project keeps its own record of the figures, made by its importer; validation re-reads every
          kept cell against the file whose SHA-256 is above.
        </p>
        <TableSummaryView view={view.table} claimHref={claimHref} />
      </>
    );
  }
  return (
    <>
      <p className="cc-kicker">
        <Link href="/sources">Sources</Link> · {source.kind === "report" ? "Report" : "Published table"}
      </p>
      <h1>{view.title}</h1>
      <dl className="cc-meta">
        <dt>Publisher</dt>
        <dd>
          {source.publisher === PUBLISHER_NOT_IDENTIFIED ? (
            <>
              <em>not identified</em> <span className="cc-muted">(the report names no publisher)</span>
            </>
          ) : (
            source.publisher
          )}
        </dd>
        <dt>Dateline</dt>
        <dd>{source.kind === "report" && source.dateline ? source.dateline : <em className="cc-muted">none printed</em>}</dd>
        <dt>Language</dt>
        <dd>
          {view.languageName} <span className="cc-muted">({view.language})</span>
          {view.language !== "en" ? (
            <span className="cc-muted">: quotes stand in {view.languageName} as printed; the English under each is Counterclaim&rsquo;s translation, not the source&rsquo;s words.</span>
          ) : null}
        </dd>
        {source.kind === "report" && source.relay ? (
          <>
            <dt>Relays</dt>
            <dd>
              {source.relay.via} <span className="cc-muted">(the report: &ldquo;{source.relay.wording}&rdquo;)</span>
            </dd>
          </>
        ) : null}
        <dt>Date</dt>
        <dd>
          <time dateTime={source.datePublished}>{formatDate(source.datePublished)}</time> ·{" "}
          <Link href={`/on/${source.datePublished}`}>every side&rsquo;s claims that day</Link>
        </dd>
        <dt>File name</dt>
        <dd>
          <code>{source.file}</code>
        </dd>
        <dt>SHA-256</dt>
        <dd>
          <code className="cc-hash">{source.sha256}</code>
        </dd>
        {source.url ? (
          <>
            <dt>Address</dt>
            <dd>
              <a href={source.url}>{source.url}</a>
            </dd>
          </>
        ) : null}
        {source.note ? (
          <>
            <dt>Note</dt>
            <dd>{source.note}</dd>
          </>
        ) : null}
      </dl>
      <p className="cc-small cc-muted">
        The report&rsquo;s text is not published here. Its SHA-256 identifies the exact text every quote below was checked against.
      </p>
      {view.rows.length > 0 || view.relayed.length === 0 ? (
        <>
          <h2>Claims, in the order the text states them ({view.rows.length})</h2>
          <ClaimList rows={view.rows} hide="source" />
        </>
      ) : null}
      {view.relayed.length > 0 ? (
        <>
          <h2>Claims this report relays, recorded on another report ({view.relayed.length})</h2>
          <p className="cc-small cc-muted">
            The same statement reached this report and another: each claim is recorded once, on the report named under it, and counted once. This
            report&rsquo;s own words for it are under &ldquo;Also reported in&rdquo;.
          </p>
          <ClaimList rows={view.relayed} hide="claimant" />
        </>
      ) : null}
    </>
  );
}
