import Link from "next/link";
import type { ClaimRow } from "@/lib/claims-table/rows";
import { type Locale, localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { DoubtList } from "./DoubtList";
import { QuoteText } from "./QuoteText";
import { RelayList } from "./RelayList";

/** A table cell's notes (breakdown, correction, revision, lower bound) and a relayed figure's check against its table. */
export function ClaimAside({ row }: { row: ClaimRow }) {
  if (!row.tableNotes && !row.check) return null;
  return (
    <span className="cc-aside">
      {row.tableNotes?.map((note) => (
        <span key={note.text} className={note.correction ? "cc-note cc-note-correction" : "cc-note"}>
          {note.text}
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

/** A cell of a published table, as a claim's quote: the cell's text and where it stands. */
export function CellQuote({ row, locale }: { row: ClaimRow; locale: Locale }) {
  if (!row.cell) return null;
  const t = translator(locale);
  return (
    <>
      {t("claims.table.cell")} <q>{row.quote}</q> <span className="cc-muted cc-small">{t("claims.table.cellPlace", { record: row.cell.record, field: row.cell.field })}</span>
    </>
  );
}

/**
 * Claims as a table: one row a claim, with its quote and where it was reported. Stateless.
 * On narrow screens CSS stacks each row as a block; the explicit roles keep it a table for screen
 * readers, which drop table semantics when the display of table elements changes.
 */
export function ClaimsTable({ rows, caption, locale }: { rows: readonly ClaimRow[]; caption: string; locale: Locale }) {
  const t = translator(locale);
  const at = (path: string) => localePath(locale, path);
  return (
    <div className="cc-table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="cc-table cc-claims-table" role="table">
        <caption>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{t("claims.table.stated")}</th>
            <th scope="col" role="columnheader">{t("claims.table.claimant")}</th>
            <th scope="col" role="columnheader">{t("claims.table.claim")}</th>
            <th scope="col" role="columnheader">{t("claims.table.subject")}</th>
            <th scope="col" role="columnheader">{t("claims.table.quote")}</th>
            <th scope="col" role="columnheader">{t("claims.table.reportedIn")}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={row.id} role="row" data-claim-id={row.id} id={row.id}>
              <td role="cell" className="cc-stated">
                <a href={at(`/on/${row.statedDate}`)} title={t("claims.table.thatDay")}>
                  <time dateTime={row.statedDate}>{row.stated}</time>
                </a>
              </td>
              <td role="cell" className="cc-claimant">
                <span className="cc-swatch" style={{ background: row.colour }} aria-hidden="true" />{" "}
                <Link href={at(`/claimants/${row.claimantId}`)}>{row.claimant}</Link>
              </td>
              <th scope="row" role="rowheader" className="cc-claim-cell">
                {row.what}: <bdi className="cc-claimed">{row.claimed}</bdi>
                {row.doubts.length > 0 ? <span className="cc-flag"> ⚑ {t("claims.doubts.flag")}</span> : null}
                <ClaimAside row={row} />
              </th>
              <td role="cell" className="cc-subject" data-label={t("claims.table.subject")}>
                {row.subject}
              </td>
              <td role="cell" className="cc-quote-cell">
                {row.cell ? <CellQuote row={row} locale={locale} /> : <QuoteText quoted={row.quoted} as="inline" />}
                <DoubtList doubts={row.doubts} locale={locale} />
              </td>
              <td role="cell" className="cc-reported" data-label={t("claims.table.reportedIn")}>
                <Link href={at(`/sources/${row.sourceId}`)}>{row.publication}</Link>
                <RelayList relays={row.alsoIn} locale={locale} />
              </td>
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr role="row">
              <td role="cell" colSpan={6} className="cc-muted">
                {t("claims.table.none")}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
