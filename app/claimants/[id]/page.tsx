import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimList } from "@/components/claims/ClaimList";
import { pageMetadata } from "@/lib/site/metadata";
import { TableSummaryView } from "@/components/tables/TableSummaryView";
import { claimantIds, claimantView, claimHref } from "@/lib/site/views";

export const dynamicParams = false;

export function generateStaticParams() {
  return claimantIds().map((id) => ({ id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const view = claimantView((await params).id);
  if (!view) return {};
  return pageMetadata({
    title: view.claimant.name,
    description: `The ${view.claims.toLocaleString("en-GB")} claims of ${view.claimant.name} in the dataset, each with its quote or table cell and source.`,
    path: `/claimants/${view.claimant.id}`,
  });
}

export default async function ClaimantPage({ params }: { params: Promise<{ id: string }> }) {
  const view = claimantView((await params).id);
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
      {view.tables.length > 0 && view.rows.length === 0 ? null : <h2>Claims quoted in reports, in the order stated ({view.rows.length})</h2>}
      {view.tables.length > 0 && view.rows.length === 0 ? null : view.rows.length > 0 ? (
        <>
          <ClaimList rows={view.rows} hide="claimant" />
          <p>
            <Link href={`/claims?claimant=${claimant.id}`}>These claims in the claims table</Link>
          </p>
        </>
      ) : (
        <p className="cc-muted">No claim of this claimant is in the dataset.</p>
      )}
    </>
  );
}
