import type { ClaimRow } from "../claims-table/rows";
import type { ClaimsQuery } from "./query";
import { type SearchTerm, searchTerms, searchWords } from "./text";

/**
 * Every claim, findable: the rows in the order stated, and an inverted index of the words each is
 * found by. The date bounds narrow the rows by binary search (the rows are in date order), claimant
 * and metric are small integer codes, and each word of `q` is looked up in the sorted vocabulary (a
 * figure whole, a word by its start) and its rows marked; a row matches when every term marked it.
 * Results come in the order stated, never by relevance, which is how a fact-checker reads them.
 * (A substring scan of one string per row took 110–170 ms a query at 1×: see npm run bench.)
 */
export interface ClaimsIndex {
  rows: readonly ClaimRow[];
  /** Every word of every row, sorted, and beside each the positions of the rows holding it (ascending). */
  vocabulary: readonly string[];
  postings: readonly Int32Array[];
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
export function rowWords(row: ClaimRow, figures: RowFigures | undefined, words: (text: string) => readonly string[] = searchWords): Set<string> {
  const parts: (string | number | undefined)[] = [
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
  ];
  const out = new Set<string>();
  for (const p of parts) if (p !== undefined) for (const w of words(String(p))) out.add(w);
  return out;
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
  // Words repeat across tens of thousands of table cells ("general", "staff"): the text of each row is
  // made once here and dropped, and only the positions are kept.
  const byWord = new Map<string, number[]>();
  // Most texts repeat (a publisher, a claimant, a metric, a cell's "3700"): each is split into words once.
  const split = new Map<string, readonly string[]>();
  const words = (text: string) => {
    let hit = split.get(text);
    if (!hit) {
      hit = searchWords(text);
      split.set(text, hit);
    }
    return hit;
  };
  rows.forEach((row, i) => {
    for (const word of rowWords(row, figures(row.id), words)) {
      const list = byWord.get(word);
      if (list) list.push(i);
      else byWord.set(word, [i]);
    }
  });
  const vocabulary = [...byWord.keys()].sort();
  return {
    rows,
    vocabulary,
    postings: vocabulary.map((w) => Int32Array.from(byWord.get(w) ?? [])),
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

/** The first index in the sorted vocabulary at or after `word`. */
function firstAtOrAfter(vocabulary: readonly string[], word: string): number {
  let lo = 0;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((vocabulary[mid] ?? "") < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Marks the rows that hold every term: after it, `marks[i] === terms.length` exactly for those rows.
 * Term k raises a row's mark from k to k + 1, so a row counts once a term however many of its words match.
 */
function markTerms(index: ClaimsIndex, terms: readonly SearchTerm[]): Uint8Array {
  const marks = new Uint8Array(index.rows.length);
  terms.forEach((term, k) => {
    let at = firstAtOrAfter(index.vocabulary, term.text);
    for (; at < index.vocabulary.length; at++) {
      const word = index.vocabulary[at] ?? "";
      if (term.figure ? word !== term.text : !word.startsWith(term.text)) break;
      for (const p of index.postings[at] ?? []) if (marks[p] === k) marks[p] = k + 1;
    }
  });
  return marks;
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
  const marks = terms.length > 0 ? markTerms(index, terms) : undefined;
  const out: number[] = [];
  for (let i = start; i < end; i++) {
    if (claimant >= 0 && index.claimant[i] !== claimant) continue;
    if (topic >= 0 && index.topic[i] !== topic) continue;
    if (subject !== undefined && !(index.subject[i] ?? "").includes(subject)) continue;
    if (marks && marks[i] !== terms.length) continue;
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
