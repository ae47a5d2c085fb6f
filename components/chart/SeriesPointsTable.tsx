import type { SeriesView } from "@/lib/site/series-views";

/** Every point of a series chart (a long line by its last point of each month, and its revisions), with its source. */
export function SeriesPointsTable({ view }: { view: SeriesView }) {
  const { table } = view;
  return (
    <section aria-labelledby="table-title">
        <h2 id="table-title">The points</h2>
        {table.monthly.length > 0 ? (
          <p className="cc-small">
            Long lines ({table.monthly.join("; ")}) are listed by their last point of each month, with every revision; every point is in the chart&rsquo;s CSV.
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
  );
}
