/**
 * Splitting a report's text into the pieces the extractor reads: tokens, sentences, clauses. Every
 * piece keeps its offsets into the text it came from (JavaScript string indexes), because every
 * candidate claim must point at the words it quotes.
 */
import { transliterate } from "./cyrillic/script";

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface Token extends Span {
  text: string;
  lower: string;
  kind: "number" | "word" | "punct";
}

const TOKEN = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(\p{L}[\p{L}\p{M}’'-]*)|(\S)/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const [whole, number, word] = match;
    // A word may not end in an apostrophe or hyphen: "soldiers’" is "soldiers" and a closing mark.
    const trimmed = word === undefined ? whole : whole.replace(/[’'-]+$/, "");
    const start = match.index;
    tokens.push({ text: trimmed, lower: trimmed.toLowerCase(), start, end: start + trimmed.length, kind: number ? "number" : word ? "word" : "punct" });
    if (trimmed.length < whole.length) {
      for (let i = trimmed.length; i < whole.length; i++) {
        const ch = whole.charAt(i);
        tokens.push({ text: ch, lower: ch, start: start + i, end: start + i + 1, kind: "punct" });
      }
    }
  }
  return tokens;
}

export interface Sentence extends Span {
  text: string;
}

/** Words that end in a full stop without ending a sentence ("Feb. 24", "Gen. Ivanov"). */
const ABBREVIATIONS = new Set([
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mr", "mrs", "ms", "dr", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "maj", "capt", "st", "no", "vs", "etc", "approx",
]);

function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word); // "U.S", "U.K"
}

/**
 * Sentences of `text` from `from` on. Lines are paragraphs, so a sentence never spans a line break;
 * within a line a sentence ends at . ! or ? (and any closing quote mark) before a capital, a quote
 * mark or a digit, unless the full stop closes an abbreviation.
 */
export function splitSentences(text: string, from = 0): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trail = slice.length - slice.trimEnd().length;
    if (lead + trail < slice.length) sentences.push({ start: start + lead, end: end - trail, text: slice.trim() });
  };
  const lines = /[^\n]+/g;
  lines.lastIndex = from;
  for (const line of text.matchAll(lines)) {
    const lineStart = Math.max(line.index, from);
    const lineEnd = line.index + line[0].length;
    if (lineEnd <= lineStart) continue;
    const body = text.slice(lineStart, lineEnd);
    let start = 0;
    // A stored page may glue two sentences together ("in a statement.Ukrainian troops"): a full stop
    // between a lowercase word and a capitalised one ends a sentence too.
    for (const end of body.matchAll(/[.!?]+[”"’)]*(?=\s+[\p{Lu}“"‘(\d])|(?<=\p{Ll}{2})[.!?][”"]?(?=\p{Lu}\p{Ll})/gu)) {
      if (end[0].startsWith(".") && endsWithAbbreviation(body.slice(start, end.index))) continue;
      const stop = end.index + end[0].length;
      push(lineStart + start, lineStart + stop);
      start = stop;
    }
    push(lineStart + start, lineEnd);
  }
  return sentences;
}

const OPENING = new Set(["“", "‘", '"']);
const CLOSING: Record<string, string> = { "“": "”", "‘": "’", '"': '"' };

/**
 * The quoted passages of a sentence, quote marks included. A passage left open runs to the end of
 * the sentence (a quotation that continues in the next paragraph). Apostrophes are not quote marks:
 * ‘ opens a passage only at the start of a word.
 */
export function quotedSpans(sentence: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < sentence.length) {
    const ch = sentence.charAt(i);
    const opensWord = ch !== "‘" || i === 0 || /\s/.test(sentence.charAt(i - 1));
    if (OPENING.has(ch) && opensWord) {
      const close = sentence.indexOf(CLOSING[ch] ?? ch, i + 1);
      const end = close < 0 ? sentence.length : close + 1;
      spans.push({ start: i, end });
      i = end;
    } else i += 1;
  }
  return spans;
}

/** The sentence with quoted passages blanked out (same length), so attribution is looked for only outside them. */
export function maskQuotes(sentence: string, spans: readonly Span[]): string {
  let masked = sentence;
  for (const { start, end } of spans) {
    const inner = Math.max(0, end - start - 2);
    masked = masked.slice(0, start + 1) + "_".repeat(inner) + masked.slice(start + 1 + inner);
  }
  return masked;
}

export function inside(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => span.start >= s.start && span.end <= s.end);
}

/**
 * Narrows a span to its words: drops surrounding spaces and punctuation, a leading "that" or
 * conjunction, and quote marks at either end.
 */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  let changed = true;
  while (changed && end > start) {
    changed = false;
    const slice = text.slice(start, end);
    const lead = /^(?:[\s,;:—–-]+|[“"‘]|(?:that|and|but|while|or)\s+)/i.exec(slice)?.[0].length ?? 0;
    if (lead > 0) {
      start += lead;
      changed = true;
      continue;
    }
    const trail = /(?:[\s,;:.!?—–-]+|[”"])$/.exec(slice)?.[0].length ?? 0;
    if (trail > 0) {
      end -= trail;
      changed = true;
    }
  }
  return { start, end };
}

const CLAUSE_BREAK = /\s+and that\s+|;\s+|,\s+(?:while|whereas|but)\s+/g;

/** Splits a span of `text` into clauses at "; ", ", while", ", but", " and that" outside quotations. */
export function clauseSpans(text: string, span: Span, quoted: readonly Span[] = []): Span[] {
  const spans: Span[] = [];
  let start = span.start;
  const slice = text.slice(span.start, span.end);
  for (const br of slice.matchAll(CLAUSE_BREAK)) {
    const at = span.start + br.index;
    if (inside({ start: at, end: at + br[0].length }, quoted)) continue;
    spans.push({ start, end: at });
    start = at + br[0].length;
  }
  spans.push({ start, end: span.end });
  return spans.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
}

/** "Ukraine's State Emergency Service" → "ukraine-s-state-emergency-service"; never empty. */
export function slugify(words: string): string {
  // Cyrillic in Latin letters first, so "Каменка" gives an id, not "unnamed".
  const slug = transliterate(words)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\b(?:[A-Za-z]\.){2,}/g, (initials) => initials.replace(/\./g, ""))
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "unnamed";
}
