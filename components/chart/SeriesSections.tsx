import { SeriesFigure } from "./SeriesFigure";
import type { SeriesView } from "@/lib/site/series-views";
import { sitePaths } from "@/lib/site/site";

/** A series comparison's page body: the chart with its focus marker, then the chart in words and as a table. */
export function SeriesSections({ view }: { view: SeriesView }) {
  const { chart, table } = view;
  return (
    <>
      <SeriesFigure view={view} titleAs="h1" interactive />
      {chart.topic && chart.ranges.length > 0 ? (
        <p className="cc-small">
          <a href={`${sitePaths.chart.page}?topic=${chart.topic}`}>Draw this topic over other dates or lines, or as published by a day</a>
        </p>
      ) : null}
      <section aria-labelledby="in-words">
        <h2 id="in-words">In words</h2>
        <ul>
          {chart.summaryLines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="table-title">
        <h2 id="table-title">The points</h2>
        {table.monthly.length > 0 ? (
          <p className="cc-small">
            Long lines ({table.monthly.join("; ")}) are listed by their last point of each month, with every revision; every point is in the CSV
            below.
          </p>
        ) : null}
        <div className="cc-table-scroll" tabIndex={0} role="region" aria-labelledby="table-title">
          <table className="cc-points-table">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Date</th>
                <th scope="col">Figure</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={`${r.line}-${r.date}-${r.figure}`}>
                  <td>{r.line}</td>
                  <td>
                    <a href={`/on/${r.day}`}>{r.date}</a>
                  </td>
                  <td>
                    {r.figure}
                    {r.revision ? <span className="cc-muted"> (revision: {r.revision})</span> : null}
                  </td>
                  <td className="cc-points-source">{r.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
