import type { Metadata } from "next";
import { localeOf } from "@/lib/i18n/params";
import { prerenderedIn } from "@/lib/i18n/prerendered";
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
  const view = claimantView((await params).id);
  if (!view) return {};
  return pageMetadata({
    locale,
    title: view.claimant.name,
    description: `The ${view.claims.toLocaleString("en-GB")} claims of ${view.claimant.name} in the dataset, each with its quote or table cell and source.`,
    path: `/claimants/${view.claimant.id}`,
  });
}

export default async function ClaimantPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const view = claimantPageView((await params).id);
  if (!view) notFound();
  const { claimant } = view;
  return (
    <>
      <p className="cc-kicker">
        <Link href="/claimants">Claimants</Link> · {view.kind === view.side ? view.kind : `${view.kind} · ${view.side}`}
      </p>
      <h1>
        <span className="cc-swatch cc-swatch-large" style={{ background: view.colour }} aria-hidden="true" /> {claimant.name}
      </h1>
      {claimant.note ? <p className="cc-dek">{claimant.note}</p> : null}
      {view.tables.length > 0 ? (
        <section aria-labelledby="tables-title">
          <h2 id="tables-title">Published tables ({view.tables.length})</h2>
          <p>
            {view.claims.toLocaleString("en-GB")} claims in all. Each table&rsquo;s figures are summed up here; every figure is on the{" "}
            <Link href="/claims">claims table&rsquo;s pages</Link> and in each table&rsquo;s CSV.
          </p>
          {view.tables.map((table) => (
            <div key={table.source.id} className="cc-claimant-table">
              <TableSummaryView view={table} claimHref={claimHref} headingLevel={3} />
              <p>
                <Link href={`/sources/${table.source.id}`}>The table&rsquo;s source, licence and every correction</Link>
              </p>
            </div>
          ))}
        </section>
      ) : null}
      {view.series.length > 0 ? (
        <>
          <h2>Its figures over time</h2>
          <p>
            Each category in the claimant&rsquo;s own words, one claim a row, oldest first, each linked to the report it was read in. Quotes stand in the
            report&rsquo;s language, with Counterclaim&rsquo;s translation under them; claims with doubts are flagged where they stand.
          </p>
          <SeriesTables series={view.series} />
          <h2>Other claims, in the order stated ({view.others.length})</h2>
          {view.others.length > 0 ? <ClaimList rows={view.others} hide="claimant" /> : <p className="cc-muted">None: every claim is in a category above.</p>}
        </>
      ) : view.tables.length > 0 && view.rows.length === 0 ? null : (
        <>
          <h2>Claims quoted in reports, in the order stated ({view.rows.length})</h2>
          {view.rows.length > 0 ? <ClaimList rows={view.rows} hide="claimant" /> : <p className="cc-muted">No claim of this claimant is in the dataset.</p>}
        </>
      )}
      {view.rows.length > 0 ? (
        <p>
          {/* A plain link: the search is drawn by the server, and the client router would keep the static /claims. */}
          <a href={`/claims?claimant=${claimant.id}`}>These claims in the claims table</a>
        </p>
      ) : null}
    </>
  );
}
