import type { CategorySeries } from "@/lib/claims-table/series";
import { formatDate } from "@/lib/model/dates";
import { DoubtList } from "./DoubtList";
import { QuoteText } from "./QuoteText";
import { RelayList } from "./RelayList";

/**
 * A claimant's categories over time, one compact table each, oldest point first: the stated date,
 * the figure as worded, the verbatim quote (with Counterclaim's translation), its doubts, and the
 * report it was read in, linked. Static HTML: it reads the same with or without JavaScript. Stateless.
 * On narrow screens CSS stacks each row; the explicit roles keep it a table for screen readers.
 * Links are plain anchors: next/link would prefetch each of the hundreds of reports in view.
 */
/** The series by subject, in the order given. */
function subjects(series: readonly CategorySeries[]): [string, CategorySeries[]][] {
  const bySubject = new Map<string, CategorySeries[]>();
  for (const s of series) bySubject.set(s.subject, [...(bySubject.get(s.subject) ?? []), s]);
  return [...bySubject];
}

export function SeriesTables({ series }: { series: readonly CategorySeries[] }) {
  return (
    <>
      <nav aria-label="Categories over time" className="cc-series-index">
        {subjects(series).map(([subject, list]) => (
          <p key={subject}>
            <strong>{subject}:</strong>{" "}
            {list.map((s, i) => (
              <span key={s.key}>
                {i > 0 ? " · " : null}
                <a href={`#${s.anchor}`}>{s.label}</a> <span className="cc-muted">({s.points.length})</span>
              </span>
            ))}
          </p>
        ))}
      </nav>
      {series.map((s) => {
        const caption = `${s.label}: ${s.subject}, ${s.points.length} claims from ${formatDate(s.from)} to ${formatDate(s.to)}, oldest first`;
        return (
          <section key={s.key} className="cc-series" aria-labelledby={s.anchor}>
            <h3 id={s.anchor}>
              {s.label} <span className="cc-muted cc-series-subject">· {s.subject}</span>
            </h3>
            <p className="cc-small cc-muted">
              {s.points.length} claims, {formatDate(s.from)} to {formatDate(s.to)}
              {s.flagged > 0 ? `; ${s.flagged} flagged with doubts` : ""}.
            </p>
            <div className="cc-table-wrap" role="region" aria-label={caption} tabIndex={0}>
              <table className="cc-table cc-series-table" role="table">
                <caption className="cc-visually-hidden">{caption}</caption>
                <thead role="rowgroup">
                  <tr role="row">
                    <th scope="col" role="columnheader">Stated</th>
                    <th scope="col" role="columnheader">Figure</th>
                    <th scope="col" role="columnheader">Quote</th>
                    <th scope="col" role="columnheader">Reported in</th>
                  </tr>
                </thead>
                <tbody role="rowgroup">
                  {s.points.map((p) => (
                    <tr key={p.id} role="row" data-claim-id={p.id} className={p.doubts.length > 0 ? "cc-flagged" : undefined}>
                      <td role="cell" className="cc-stated" data-label="Stated">
                        <a href={`/on/${p.statedDate}`} title="Every side's claims that day">
                          <time dateTime={p.statedDate}>{p.stated}</time>
                        </a>
                      </td>
                      <th scope="row" role="rowheader" className="cc-num" data-label="Figure">
                        <bdi>{p.claimed}</bdi>
                        {p.doubts.length > 0 ? <span className="cc-flag"> ⚑ flagged</span> : null}
                      </th>
                      <td role="cell" className="cc-quote-cell">
                        <QuoteText quoted={p.quoted} as="inline" />
                        <DoubtList doubts={p.doubts} />
                      </td>
                      <td role="cell" className="cc-reported" data-label="Reported in">
                        <a href={`/sources/${p.sourceId}#${p.id}`}>{p.publication}</a>
                        <RelayList relays={p.alsoIn} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
