/**
 * Text as the claims search compares it: lower case, accents dropped, every run of characters that
 * is not a letter or a digit one space, and a figure written with group separators joined into its
 * digits ("8 927", "8.927", "8,927" and "8 927" are all "8927"). Both the claims and the reader's
 * query go through the same function, so a figure matches however either wrote it.
 */

/** Digit groups of three after one to three digits, separated by a space, no-break or thin space, dot, comma or apostrophe. */
const GROUPED = /(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f\u2009.,'’]\d{3})+(?![\d]|[.,]\d)/g;
const SEPARATOR = /[ \u00a0\u202f\u2009.,'’]/g;
const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Joins grouped figures into their digits: "destroyed 8 927 tanks" → "destroyed 8927 tanks". */
export function joinFigures(text: string): string {
  return text.replace(GROUPED, (figure) => figure.replace(SEPARATOR, ""));
}

/** The words of a text as the search compares them, in order. */
export function searchWords(text: string): string[] {
  return joinFigures(text)
    .normalize("NFKD")
    .replace(MARKS, "")
    .toLowerCase()
    .split(NOT_WORD)
    .filter((w) => w.length > 0);
}

/** A term of a query: a figure matches a whole number, a word matches the start of a word. */
export interface SearchTerm {
  text: string;
  figure: boolean;
}

/** At most this many terms of a query are used; a query is text, never a pattern. */
export const MAX_TERMS = 12;

/** The terms of a query, each once, in order. */
export function searchTerms(query: string): SearchTerm[] {
  const words = [...new Set(searchWords(query))].slice(0, MAX_TERMS);
  return words.map((text) => ({ text, figure: /^\d+$/.test(text) }));
}

/**
 * What matching means, in its plainest form: a claim's words between spaces, so that " term" finds a
 * word's start and " 8927 " a whole figure by substring search. The index (./search.ts) answers the
 * same, faster; its tests check it against this.
 */
export function haystack(parts: readonly (string | number | undefined)[]): string {
  const words = parts.flatMap((p) => (p === undefined ? [] : searchWords(String(p))));
  return ` ${[...new Set(words)].join(" ")} `;
}

/** Whether a claim's haystack holds every term. */
export function matchesTerms(hay: string, terms: readonly SearchTerm[]): boolean {
  for (const term of terms) {
    if (!hay.includes(term.figure ? ` ${term.text} ` : ` ${term.text}`)) return false;
  }
  return true;
}
