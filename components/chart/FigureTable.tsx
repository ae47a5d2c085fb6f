import Link from "next/link";
import { type FigureChart, longLabel } from "@/lib/chart/figures";
import { QUALIFIER_LABELS } from "@/lib/model/claims";

/** The chart's figures as a table: its accessible alternative, with each figure's quote and source. */
export function FigureTable({ chart }: { chart: FigureChart }) {
  const names = new Map(chart.series.map((s) => [s.claimantId, s.name]));
  return (
    <div className="cc-table-wrap" role="region" aria-label={`Data table: ${chart.title}`} tabIndex={0}>
      <table className="cc-table" role="table">
        <caption>{chart.title}: every figure, as stated</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Claimant</th>
            <th scope="col">Figure</th>
            <th scope="col">Qualifier</th>
            <th scope="col">Quote</th>
            <th scope="col">Stated, and where reported</th>
          </tr>
        </thead>
        <tbody>
          {chart.rows.flatMap((row) =>
            row.cells.map((cell) => (
              <tr key={`${row.categoryId}-${cell.claimantId}`} className={cell.kind === "not-reported" ? "cc-row-missing" : undefined}>
                <th scope="row">
                  {row.label}
                  {row.notComparable ? <span className="cc-muted"> (not comparable)</span> : null}
                </th>
                <td data-label="Claimant">{names.get(cell.claimantId)}</td>
                {cell.kind === "not-reported" ? (
                  <td colSpan={4} className="cc-muted" data-label="Figure">
                    <em>not reported</em>
                  </td>
                ) : (
                  <>
                    <td className="cc-num" data-label="Figure">{longLabel(cell.claim)}</td>
                    <td data-label="Qualifier">{QUALIFIER_LABELS[cell.claim.qualifier]}</td>
                    <td data-label="Quote">
                      <q>{cell.claim.quote}</q>
                    </td>
                    <td data-label="Stated">
                      {[cell.attribution.relay, cell.attribution.stated].filter(Boolean).join(", ")};{" "}
                      <Link href={`/sources/${cell.claim.sourceId}`}>{cell.attribution.publication}</Link>
                    </td>
                  </>
                )}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
