import Link from "next/link";
import type { ClaimRow } from "@/lib/claims-table/rows";
import { DoubtList } from "./DoubtList";
import { QuoteText } from "./QuoteText";
import { RelayList } from "./RelayList";

/** A table cell's notes (breakdown, correction, revision, lower bound) and a relayed figure's check against its table. */
export function ClaimAside({ row }: { row: ClaimRow }) {
  if (!row.tableNotes && !row.check) return null;
  return (
    <span className="cc-aside">
      {row.tableNotes?.map((note) => (
        <span key={note} className={note.startsWith("Correction") || note.startsWith("Revised") ? "cc-note cc-note-correction" : "cc-note"}>
          {note}
        </span>
      ))}
      {row.check ? (
        <span className="cc-note cc-check" data-check={row.check.figure}>
          {row.check.sentence}
        </span>
      ) : null}
    </span>
  );
}

/**
 * Claims as a table: one row a claim, with its quote and where it was reported. Stateless.
 * On narrow screens CSS stacks each row as a block; the explicit roles keep it a table for screen
 * readers, which drop table semantics when the display of table elements changes.
 */
export function ClaimsTable({ rows, caption }: { rows: readonly ClaimRow[]; caption: string }) {
  return (
    <div className="cc-table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="cc-table cc-claims-table" role="table">
        <caption>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">Stated</th>
            <th scope="col" role="columnheader">Claimant</th>
            <th scope="col" role="columnheader">Claim</th>
            <th scope="col" role="columnheader">Subject</th>
            <th scope="col" role="columnheader">Quote</th>
            <th scope="col" role="columnheader">Reported in</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={row.id} role="row" data-claim-id={row.id} id={row.id}>
              <td role="cell" className="cc-stated">
                <a href={`/on/${row.statedDate}`} title="Every side's claims that day">
                  <time dateTime={row.statedDate}>{row.stated}</time>
                </a>
              </td>
              <td role="cell" className="cc-claimant">
                <span className="cc-swatch" style={{ background: row.colour }} aria-hidden="true" />{" "}
                <Link href={`/claimants/${row.claimantId}`}>{row.claimant}</Link>
              </td>
              <th scope="row" role="rowheader" className="cc-claim-cell">
                {row.what}: <bdi className="cc-claimed">{row.claimed}</bdi>
                {row.doubts.length > 0 ? <span className="cc-flag"> ⚑ flagged</span> : null}
                <ClaimAside row={row} />
              </th>
              <td role="cell" className="cc-subject" data-label="Subject">
                {row.subject}
              </td>
              <td role="cell" className="cc-quote-cell">
                {row.cell ? (
                  <>
                    cell <q>{row.quote}</q> <span className="cc-muted cc-small">(record {row.cell.record}, field {row.cell.field})</span>
                  </>
                ) : (
                  <QuoteText quoted={row.quoted} as="inline" />
                )}
                <DoubtList doubts={row.doubts} />
              </td>
              <td role="cell" className="cc-reported" data-label="Reported in">
                <Link href={`/sources/${row.sourceId}`}>{row.publication}</Link>
                <RelayList relays={row.alsoIn} />
              </td>
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr role="row">
              <td role="cell" colSpan={6} className="cc-muted">
                No claim matches these filters.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
