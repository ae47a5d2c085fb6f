import type { ClaimRow } from "../claims-table/rows";
import type { ClaimsQuery } from "./query";
import { haystack, matchesTerms, searchTerms } from "./text";

/**
 * Every claim, findable: the rows in the order stated, and beside each the words it is found by.
 * An indexed scan, not an inverted index: the filters narrow the rows first (the date bounds by
 * binary search, the rows being in date order; claimant and metric by small integer codes), and `q`
 * is a substring test on a prepared string per row. Measured (npm run bench) well under the 50 ms
 * target at 1× and 150 ms at 5×, so a search library's index (and its memory) buys nothing here;
 * results come in the order stated, never by relevance, which a fact-checker reads by.
 */
export interface ClaimsIndex {
  rows: readonly ClaimRow[];
  /** " word word 8927 " per row (./text.ts). */
  hay: readonly string[];
  claimant: Uint16Array;
  topic: Uint16Array;
  claimantCode: ReadonlyMap<string, number>;
  topicCode: ReadonlyMap<string, number>;
  subject: readonly string[];
}

/** The figures a claim carries beside its words (a quote's "8 927" is found by 8927 through its words; "14 тыс." only through its value). */
export interface RowFigures {
  value?: number;
  valueHigh?: number;
}

/** The words a row is found by: quotes, translations, speaker, publisher, claimant, subject, what and figures, relays too. */
export function rowHaystack(row: ClaimRow, figures: RowFigures | undefined): string {
  return haystack([
    row.quote,
    row.quoted.translation?.text,
    row.speaker,
    row.relay,
    row.publication,
    row.claimant,
    row.subject,
    row.what,
    row.claimed,
    row.period,
    row.cell?.field,
    figures?.value,
    figures?.valueHigh,
    ...row.alsoIn.flatMap((a) => [a.quote, a.translation?.text, a.publication]),
  ]);
}

function codes(values: readonly string[]): { map: Map<string, number>; array: Uint16Array } {
  const map = new Map<string, number>();
  const array = new Uint16Array(values.length);
  values.forEach((v, i) => {
    let code = map.get(v);
    if (code === undefined) {
      code = map.size + 1;
      map.set(v, code);
    }
    array[i] = code;
  });
  return { map, array };
}

/** Builds the index over rows in the order stated (statedDate ascending). */
export function buildClaimsIndex(rows: readonly ClaimRow[], figures: (id: string) => RowFigures | undefined): ClaimsIndex {
  for (let i = 1; i < rows.length; i++) {
    if ((rows[i]?.statedDate ?? "") < (rows[i - 1]?.statedDate ?? "")) throw new Error(`claims index: row ${rows[i]?.id} is out of date order`);
  }
  const claimant = codes(rows.map((r) => r.claimantId));
  const topic = codes(rows.map((r) => r.topic));
  return {
    rows,
    hay: rows.map((r) => rowHaystack(r, figures(r.id))),
    claimant: claimant.array,
    topic: topic.array,
    claimantCode: claimant.map,
    topicCode: topic.map,
    subject: rows.map((r) => r.subject.toLowerCase()),
  };
}

/** The first position whose date is ≥ day (or > day with `after`). */
function bound(rows: readonly ClaimRow[], day: string, after: boolean): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const d = rows[mid]?.statedDate ?? "";
    if (after ? d <= day : d < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The positions of every row the query keeps, in the order stated. */
export function searchClaims(index: ClaimsIndex, query: Omit<ClaimsQuery, "page">): number[] {
  const start = query.from ? bound(index.rows, query.from, false) : 0;
  const end = query.to ? bound(index.rows, query.to, true) : index.rows.length;
  // A claimant or metric that no row has matches nothing (code 0 is never given).
  const claimant = query.claimant === undefined ? -1 : (index.claimantCode.get(query.claimant) ?? 0);
  const topic = query.metric === undefined ? -1 : (index.topicCode.get(query.metric) ?? 0);
  const subject = query.subject?.toLowerCase();
  const terms = query.q ? searchTerms(query.q) : [];
  const out: number[] = [];
  for (let i = start; i < end; i++) {
    if (claimant >= 0 && index.claimant[i] !== claimant) continue;
    if (topic >= 0 && index.topic[i] !== topic) continue;
    if (subject !== undefined && !(index.subject[i] ?? "").includes(subject)) continue;
    if (terms.length > 0 && !matchesTerms(index.hay[i] ?? "", terms)) continue;
    out.push(i);
  }
  return out;
}

/** One page of results: its rows, and the count of all. Undefined past the last page (page 1 always exists, if empty). */
export function resultsPage(index: ClaimsIndex, positions: readonly number[], page: number, size: number): { rows: ClaimRow[]; total: number; pages: number } | undefined {
  const pages = Math.max(1, Math.ceil(positions.length / size));
  if (page < 1 || page > pages) return undefined;
  const rows = positions.slice((page - 1) * size, page * size).flatMap((i) => {
    const row = index.rows[i];
    return row ? [row] : [];
  });
  return { rows, total: positions.length, pages };
}
