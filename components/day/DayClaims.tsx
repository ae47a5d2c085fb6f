import Link from "next/link";
import type { DayLine, DayView } from "@/lib/claims-day/day";
import { formatDate } from "@/lib/model/dates";
import { ClaimsTable } from "@/components/claims/ClaimsTable";
import { QuoteText } from "@/components/claims/QuoteText";
import { DayPicker } from "./DayPicker";

function DayNav({ view, label }: { view: DayView; label: string }) {
  return (
    <nav className="cc-pager cc-day-nav" aria-label={label}>
      <ul>
        <li>{view.previous ? <Link href={`/on/${view.previous}`} rel="prev">← {formatDate(view.previous)}</Link> : <span className="cc-muted">No earlier day</span>}</li>
        <li>{view.next ? <Link href={`/on/${view.next}`} rel="next">{formatDate(view.next)} →</Link> : <span className="cc-muted">No later day</span>}</li>
      </ul>
    </nav>
  );
}

function LineRows({ line, claimHref }: { line: DayLine; claimHref: (id: string) => string }) {
  return (
    <>
      {line.figures.map((f, i) => (
        <tr key={f.row.id} className={line.role === "reference" ? "cc-day-reference" : undefined} data-claim-id={f.row.id}>
          <th scope="row">
            {i === 0 ? (
              <>
                <span className="cc-swatch" style={{ background: f.row.colour }} aria-hidden="true" /> {line.label}
                {line.role === "reference" ? (
                  <span className="cc-day-listing">{line.otherDay ? ` Listing of ${formatDate(line.date)} (none on this day; the nearest)` : ` Listing of ${formatDate(line.date)}`}</span>
                ) : null}
              </>
            ) : (
              <span className="cc-visually-hidden">{line.label}</span>
            )}
          </th>
          <td data-label="What">{f.metric}</td>
          <td data-label="Figure" className="cc-day-figure">
            <bdi>{f.row.claimed}</bdi>
          </td>
          <td data-label="Qualifier">{f.qualifier}</td>
          <td data-label="Quote or cell" className="cc-quote-cell">
            {f.row.cell ? (
              <>
                cell <q>{f.row.quote}</q> <span className="cc-muted cc-small">(record {f.row.cell.record}, field {f.row.cell.field})</span>
              </>
            ) : (
              <QuoteText quoted={f.row.quoted} as="inline" />
            )}
          </td>
          <td data-label="Source">
            <Link href={`/sources/${f.row.sourceId}`}>{f.row.publication}</Link> · <Link href={claimHref(f.row.id)}>in the table</Link>
          </td>
        </tr>
      ))}
    </>
  );
}

/** One day: topic by topic, each claimant's figures and the reference's listing beside them; then the day's other claims. Stateless. */
export function DayClaims({ view, claimHref }: { view: DayView & { first?: string; last?: string }; claimHref: (id: string) => string }) {
  const n = (x: number) => x.toLocaleString("en-GB");
  return (
    <>
      <h1>What each side claimed on {formatDate(view.day)}</h1>
      <p className="cc-dek">
        {view.count === 0
          ? "No claim in the record was stated on this day. The nearest days with claims are linked below."
          : `${n(view.count)} ${view.count === 1 ? "claim was" : "claims were"} stated on this day. Topic by topic, each claimant's figures, with Oryx's documented count beside them: its listing of this day, or of the nearest day, marked with its date. Oryx counts only losses it can see in photos and videos, so its figures are lower bounds.`}
      </p>
      <DayNav view={view} label="Days with claims around this one" />
      <DayPicker day={view.day} first={view.first} last={view.last} />
      {view.topics.map((topic) => (
        <section key={topic.id} aria-labelledby={`topic-${topic.id}`} className="cc-day-topic">
          <h2 id={`topic-${topic.id}`}>{topic.name}</h2>
          <div className="cc-table-wrap" role="region" aria-labelledby={`topic-${topic.id}`} tabIndex={0}>
            <table className="cc-table cc-day-table">
              <caption>
                {topic.name}: each side&rsquo;s figures on {formatDate(view.day)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">Figure</th>
                  <th scope="col">Qualifier</th>
                  <th scope="col">Quote or cell</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {topic.lines.map((line) => (
                  <LineRows key={line.id} line={line} claimHref={claimHref} />
                ))}
              </tbody>
            </table>
          </div>
          <p className="cc-small">
            <Link href={`/chart?topic=${topic.id}`}>Chart this topic over time</Link>
          </p>
        </section>
      ))}
      {view.others.length > 0 ? (
        <section aria-labelledby="others-title">
          <h2 id="others-title">Other claims this day</h2>
          <ClaimsTable rows={view.others} caption={`Claims of ${formatDate(view.day)} on no topic above`} />
        </section>
      ) : null}
      <DayNav view={view} label="Days with claims around this one, again" />
    </>
  );
}
