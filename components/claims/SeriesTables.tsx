import Link from "next/link";
import type { CategorySeries } from "@/lib/claims-table/series";
import { formatDate } from "@/lib/model/dates";
import { DoubtList } from "./DoubtList";
import { QuoteText } from "./QuoteText";
import { RelayList } from "./RelayList";

/**
 * A claimant's categories over time, one compact table each, oldest point first: the stated date,
 * the figure as worded, the verbatim quote (with Counterclaim's translation), its doubts, and the
 * report it was read in, linked. Static HTML: it reads the same with or without JavaScript. Stateless.
 */
export function SeriesTables({ series }: { series: readonly CategorySeries[] }) {
  return (
    <>
      <nav aria-label="Categories over time" className="cc-series-index">
        <ul>
          {series.map((s) => (
            <li key={s.key}>
              <a href={`#${s.anchor}`}>{s.label}</a> <span className="cc-muted">({s.subject.toLowerCase()}, {s.points.length})</span>
            </li>
          ))}
        </ul>
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
              <table className="cc-table cc-series-table">
                <caption className="cc-visually-hidden">{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">Stated</th>
                    <th scope="col">Figure</th>
                    <th scope="col">Quote</th>
                    <th scope="col">Reported in</th>
                  </tr>
                </thead>
                <tbody>
                  {s.points.map((p) => (
                    <tr key={p.id} data-claim-id={p.id} className={p.doubts.length > 0 ? "cc-flagged" : undefined}>
                      <td className="cc-stated" data-label="Stated">
                        <time dateTime={p.statedDate}>{p.stated}</time>
                      </td>
                      <th scope="row" className="cc-num" data-label="Figure">
                        {p.claimed}
                        {p.doubts.length > 0 ? <span className="cc-flag"> ⚑ flagged</span> : null}
                      </th>
                      <td className="cc-quote-cell">
                        <QuoteText quoted={p.quoted} as="inline" />
                        <DoubtList doubts={p.doubts} />
                      </td>
                      <td className="cc-reported" data-label="Reported in">
                        <Link href={`/sources/${p.sourceId}#${p.id}`}>{p.publication}</Link>
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
