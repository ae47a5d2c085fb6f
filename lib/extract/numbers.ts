/**
 * Finding the numbers a text states, with their qualifiers: "more than 2,000", "Ten", "a million",
 * "1.5 million", "between 10 and 20", "hundreds". Dates, times, years, ages and unit conversions
 * are found too, and marked as not being figures, so callers can tell them apart.
 */
import type { Qualifier } from "../model/claims";
import { type Token, tokenize } from "./text";

type PointQualifier = Exclude<Qualifier, "range" | "vague">;

export type Amount =
  | { qualifier: PointQualifier; value: number }
  | { qualifier: "range"; value: number; valueHigh: number }
  | { qualifier: "vague"; vagueTerm: string };

/** A mention's amount as a drafted claim's fields: only those its qualifier has (a term, a range's two ends, or a value). */
export function claimAmount(amount: Amount) {
  return amount.qualifier === "vague"
    ? { qualifier: "vague" as const, vagueTerm: amount.vagueTerm }
    : amount.qualifier === "range"
      ? { qualifier: "range" as const, value: amount.value, valueHigh: amount.valueHigh }
      : { qualifier: amount.qualifier, value: amount.value };
}

export const NOT_FIGURE_REASONS = ["date", "time", "year", "age", "ordinal", "conversion", "time-frame", "designation"] as const;
export type NotFigureReason = (typeof NOT_FIGURE_REASONS)[number];

export interface NumberMention {
  /** Offsets of the stated words (qualifier, number, upper bound) in the text searched. */
  start: number;
  end: number;
  stated: string;
  amount: Amount;
  /** Why this qualifier is only close to what was said ("nearly" is recorded as "about"). */
  caveat?: string;
  /** Set when the number dates or times something, or gives an age: not a figure. */
  notFigure?: NotFigureReason;
  /** "half", "a fifth" of something: a share, its value in per cent. */
  fraction?: boolean;
}

/** Shares written as fractions, in per cent ("almost half" is 50, as the answer keys record it). */
const FRACTIONS: Record<string, number> = { half: 50, third: 33.3, quarter: 25, fifth: 20, tenth: 10 };
/** Fractions that need no article: "two-thirds of", "three quarters of". */
const MULTIPLE_FRACTIONS: Record<string, number> = { "two-thirds": 66.7, "two thirds": 66.7, "three-quarters": 75, "three quarters": 75, "three-fourths": 75, "two-fifths": 40, "three-fifths": 60 };

/** "half of", "a fifth of", "one third of": a share of a whole the text names. */
function fractionAt(tokens: readonly Token[], i: number): { value: number; next: number } | undefined {
  const first = tokens[i]?.lower ?? "";
  const pair = `${first} ${tokens[i + 1]?.lower ?? ""}`;
  const multiple = MULTIPLE_FRACTIONS[first] ?? MULTIPLE_FRACTIONS[pair];
  if (multiple !== undefined) {
    const after = MULTIPLE_FRACTIONS[first] !== undefined ? i + 1 : i + 2;
    if (tokens[after]?.lower === "of") return { value: multiple, next: after };
  }
  const article = first === "a" || first === "one";
  const word = tokens[article ? i + 1 : i]?.lower ?? "";
  const value = FRACTIONS[word];
  if (value === undefined || (word !== "half" && !article)) return undefined;
  const next = article ? i + 2 : i + 1;
  return tokens[next]?.lower === "of" ? { value, next } : undefined;
}

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

const QUALIFIER_PHRASES: readonly { words: string; qualifier: PointQualifier; caveat?: string }[] = [
  { words: "more than", qualifier: "more-than" },
  { words: "over", qualifier: "more-than" },
  { words: "just over", qualifier: "more-than" },
  { words: "upwards of", qualifier: "more-than" },
  { words: "in excess of", qualifier: "more-than" },
  { words: "greater than", qualifier: "more-than" },
  { words: "exceeded", qualifier: "more-than" },
  { words: "exceeds", qualifier: "more-than" },
  { words: "exceeding", qualifier: "more-than" },
  { words: "surpassed", qualifier: "more-than" },
  { words: "topped", qualifier: "more-than" },
  { words: "approaching", qualifier: "about", caveat: '"approaching" means just under the number; recorded as "about"' },
  { words: "nearing", qualifier: "about", caveat: '"nearing" means just under the number; recorded as "about"' },
  { words: "at least", qualifier: "at-least" },
  { words: "no fewer than", qualifier: "at-least" },
  { words: "no less than", qualifier: "at-least" },
  { words: "not less than", qualifier: "at-least" },
  { words: "a minimum of", qualifier: "at-least" },
  { words: "about", qualifier: "about" },
  { words: "around", qualifier: "about" },
  { words: "some", qualifier: "about" },
  { words: "roughly", qualifier: "about" },
  { words: "approximately", qualifier: "about" },
  { words: "an estimated", qualifier: "about" },
  { words: "estimated", qualifier: "about" },
  { words: "close to", qualifier: "about" },
  { words: "nearly", qualifier: "about", caveat: '"nearly" means just under the number; recorded as "about"' },
  { words: "almost", qualifier: "about", caveat: '"almost" means just under the number; recorded as "about"' },
  { words: "just under", qualifier: "about", caveat: '"just under" is recorded as "about"' },
  { words: "up to", qualifier: "up-to" },
  { words: "as many as", qualifier: "up-to" },
  { words: "at most", qualifier: "up-to" },
  { words: "no more than", qualifier: "up-to" },
  { words: "does not exceed", qualifier: "up-to" },
  { words: "do not exceed", qualifier: "up-to" },
  { words: "did not exceed", qualifier: "up-to" },
  { words: "a maximum of", qualifier: "up-to" },
  { words: "fewer than", qualifier: "up-to", caveat: '"fewer than" excludes the number itself; recorded as "up to"' },
  { words: "less than", qualifier: "up-to", caveat: '"less than" excludes the number itself; recorded as "up to"' },
  { words: "under", qualifier: "up-to", caveat: '"under" excludes the number itself; recorded as "up to"' },
];

/** Longest first, so "tens of thousands" is not read as "thousands". */
const VAGUE_TERMS = [
  "tens of thousands", "hundreds of thousands", "several hundred", "several thousand", "several dozen",
  "dozens", "hundreds", "thousands", "millions", "scores", "multiple", "several",
].map((term) => term.split(" "));

const MONTHS = new Set([
  "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);
const YEAR_WORDS = new Set(["in", "since", "by", "until", "till", "before", "after", "from", "year", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter"]);
const CLOCK_WORDS = new Set(["am", "pm", "a.m", "p.m", "gmt", "utc", "cet", "eet", "msk", "hrs", "local"]);
const TIME_UNITS = new Set(["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"]);
const FRAME_WORDS = new Set(["past", "last", "previous", "next", "coming", "first", "recent", "final"]);
const MEASURE_UNITS = new Set(["miles", "mile", "mi", "km", "kilometers", "kilometres", "feet", "ft", "metres", "meters", "m", "acres", "hectares", "square"]);

function isMonth(token: Token | undefined): boolean {
  if (!token || token.kind !== "word") return false;
  // "may" is a verb far more often than a month: only "May" counts.
  return MONTHS.has(token.lower) || token.text === "May";
}

function isNumberWord(lower: string): boolean {
  return lower.split("-").every((part) => part in SMALL || part in SCALES || part === "dozen");
}

/** Reads number words from tokens[i]: "ten", "twenty-five", "a million", "one hundred and twenty". */
function readNumberWords(tokens: readonly Token[], i: number): { value: number; next: number } | undefined {
  let total = 0;
  let current = 0;
  let j = i;
  let read = false;
  let lastWasScale = false;
  const first = tokens[j];
  if (first?.lower === "a" || first?.lower === "an") {
    const after = tokens[j + 1];
    if (!after || !(after.lower in SCALES || after.lower === "dozen")) return undefined;
    current = 1;
    j += 1;
  }
  for (; j < tokens.length; j++) {
    const token = tokens[j];
    if (!token || token.kind !== "word") break;
    if (token.lower === "and" && read && lastWasScale && isNumberWord(tokens[j + 1]?.lower ?? "")) continue;
    if (!isNumberWord(token.lower)) break;
    for (const part of token.lower.split("-")) {
      const small = SMALL[part];
      const scale = SCALES[part];
      if (small !== undefined) {
        current += small;
        lastWasScale = false;
      } else if (part === "dozen") {
        current = (current || 1) * 12;
        lastWasScale = true;
      } else if (part === "hundred") {
        current = (current || 1) * 100;
        lastWasScale = true;
      } else if (scale !== undefined) {
        total += (current || 1) * scale;
        current = 0;
        lastWasScale = true;
      }
    }
    read = true;
  }
  return read ? { value: total + current, next: j } : undefined;
}

/** A number starting at tokens[i], digits or words, with any scale word after digits ("1.5 million"). */
function readNumber(tokens: readonly Token[], i: number): { value: number; next: number; words: boolean } | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  if (token.kind === "number") {
    const next = tokens[i + 1];
    // "24th", "5km": digits run straight into letters.
    if (next && next.start === token.end && next.kind === "word" && !MEASURE_UNITS.has(next.lower)) return undefined;
    const digits = Number(token.text.replace(/,/g, ""));
    const scale = next && next.kind === "word" ? SCALES[next.lower] : undefined;
    if (scale !== undefined && scale >= 1_000) return { value: Math.round(digits * scale), next: i + 2, words: false };
    return { value: digits, next: i + 1, words: false };
  }
  const words = readNumberWords(tokens, i);
  return words && { ...words, words: true };
}

function wordsBefore(tokens: readonly Token[], i: number, count: number): string | undefined {
  const words: string[] = [];
  for (let j = i - count; j < i; j++) {
    const token = tokens[j];
    if (!token || token.kind !== "word") return undefined;
    words.push(token.lower);
  }
  return words.join(" ");
}

function qualifierBefore(tokens: readonly Token[], i: number): { phrase: (typeof QUALIFIER_PHRASES)[number]; from: number } | undefined {
  let best: { phrase: (typeof QUALIFIER_PHRASES)[number]; from: number } | undefined;
  for (const phrase of QUALIFIER_PHRASES) {
    const count = phrase.words.split(" ").length;
    if (wordsBefore(tokens, i, count) === phrase.words && (!best || i - count < best.from)) best = { phrase, from: i - count };
  }
  return best;
}

function vagueAt(tokens: readonly Token[], i: number): { term: string; next: number } | undefined {
  for (const words of VAGUE_TERMS) {
    if (words.every((word, k) => tokens[i + k]?.lower === word)) {
      // "scores" is a vague amount only in "scores of".
      if (words.join(" ") === "scores" && tokens[i + 1]?.lower !== "of") continue;
      // "multiple rocket launchers" names a weapon, not an amount.
      if (words.join(" ") === "multiple" && /^(?:rocket|launch)/.test(tokens[i + 1]?.lower ?? "")) continue;
      return { term: tokens.slice(i, i + words.length).map((t) => t.text).join(" "), next: i + words.length };
    }
  }
  return undefined;
}

/** Why the number at tokens[i..next) is not a figure, if it is not. */
function notFigureReason(tokens: readonly Token[], i: number, next: number, value: number, isDigits: boolean): NotFigureReason | undefined {
  const token = tokens[i];
  const prev = tokens[i - 1];
  const after = tokens[next];
  if (!token) return undefined;
  if (isDigits) {
    // "10:30" is a time; "the following targets: 260 aircraft" is a figure after a colon.
    const clock = (a: Token | undefined, colon: Token | undefined, b: Token | undefined) => a?.kind === "number" && b?.kind === "number" && colon?.text === ":" && a.end === colon.start && colon.end === b.start;
    if (clock(token, after, tokens[next + 1]) || clock(tokens[i - 2], prev, token) || CLOCK_WORDS.has(after?.lower ?? "")) return "time";
    const prevWord = prev?.text === "." ? tokens[i - 2] : prev;
    if (isMonth(prevWord) || isMonth(after)) return "date";
    if (/^(?:19|20)\d\d$/.test(token.text)) {
      const dateBefore = prev?.text === "," && (tokens[i - 2]?.kind === "number" || isMonth(tokens[i - 2]));
      if (dateBefore || YEAR_WORDS.has(prev?.lower ?? "") || !after || after.kind !== "word") return "year";
    }
    const name = tokens[i - 2];
    if (prev?.text === "," && after?.text === "," && name?.kind === "word" && /^\p{Lu}/u.test(name.text) && value < 120 && Number.isInteger(value)) return "age";
  }
  // "an M113 armored personnel carrier", "T72": letters run straight into the digits.
  if (isDigits && prev?.kind === "word" && prev.end === token.start && /\p{L}$/u.test(prev.text)) return "designation";
  // "KN-23", "Su-25", "S-300": a model's designation, not a count.
  if (isDigits && prev?.text === "-" && prev.end === token.start && tokens[i - 2]?.end === prev.start && /^\p{Lu}[\p{Lu}\p{Ll}]{0,9}$/u.test(tokens[i - 2]?.text ?? "")) return "designation";
  // "Shahed-131/136": the second designation after a slash.
  if (isDigits && prev?.text === "/" && prev.end === token.start && tokens[i - 2]?.kind === "number" && tokens[i - 3]?.text === "-") return "designation";
  if ((prev?.text === "(" || prev?.text === "[") && MEASURE_UNITS.has(after?.lower ?? "")) return "conversion";
  // "a 122-mm self-propelled artillery system": a calibre.
  if (isDigits && after?.text === "-" && /^(?:mm|millimetre|millimeter|calibre|caliber)$/i.test(tokens[next + 1]?.text ?? "")) return "designation";
  if (prev?.lower === "aged" || (tokens[i - 2]?.lower === "aged" && /^(?:about|around|nearly|approximately)$/.test(prev?.lower ?? "")) || after?.lower.startsWith("year-old") || (after?.text === "-" && tokens[next + 1]?.lower.startsWith("year-old"))) return "age";
  if (after && /^years?$/.test(after.lower) && tokens[next + 1]?.lower === "old") return "age";
  if (FRAME_WORDS.has(prev?.lower ?? "") && TIME_UNITS.has(after?.lower ?? "")) return "time-frame";
  return undefined;
}

/** "one" is a pronoun as often as a number: "one of them", "no one". */
function isPronounOne(tokens: readonly Token[], i: number, next: number): boolean {
  if (next !== i + 1 || tokens[i]?.lower !== "one") return false;
  const after = tokens[next]?.lower ?? "";
  const before = tokens[i - 1]?.lower ?? "";
  return ["of", "another", "who", "that"].includes(after) || ["no", "any", "every", "each", "the", "which", "this", "that", "someone"].includes(before) || tokens[next]?.kind !== "word";
}

function rangeAfter(tokens: readonly Token[], next: number, low: number, startIndex: number): { valueHigh: number; next: number; low: number } | undefined {
  const joint = tokens[next];
  if (!joint) return undefined;
  const before = tokens[startIndex - 1]?.lower;
  const joins = before === "between" ? ["and", "-", "–"] : ["to", "-", "–", "or"];
  if (!joins.includes(joint.lower)) return undefined;
  const high = readNumber(tokens, next + 1);
  if (!high) return undefined;
  // "between 1 and 2 million": the scale of the upper bound applies to the lower one.
  const scaleWord = tokens[high.next - 1];
  const scale = scaleWord ? SCALES[scaleWord.lower] : undefined;
  const lowScaled = scale !== undefined && scale >= 1_000 && low < 1_000 && high.value >= scale ? low * scale : low;
  return high.value > lowScaled ? { valueHigh: high.value, next: high.next, low: lowScaled } : undefined;
}

/** Every number stated in `text`, in order. */
export function findNumbers(text: string): NumberMention[] {
  const tokens = tokenize(text);
  const mentions: NumberMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const vague = vagueAt(tokens, i);
    if (vague) {
      const first = tokens[i];
      const last = tokens[vague.next - 1];
      if (first && last) mentions.push({ start: first.start, end: last.end, stated: text.slice(first.start, last.end), amount: { qualifier: "vague", vagueTerm: vague.term.toLowerCase() } });
      i = vague.next;
      continue;
    }
    const fraction = fractionAt(tokens, i);
    if (fraction) {
      const qualifier = qualifierBefore(tokens, i);
      const first = tokens[qualifier ? qualifier.from : i];
      const last = tokens[fraction.next - 1];
      if (first && last) {
        mentions.push({
          start: first.start,
          end: last.end,
          stated: text.slice(first.start, last.end),
          amount: { qualifier: qualifier?.phrase.qualifier ?? "exact", value: fraction.value },
          ...(qualifier?.phrase.caveat ? { caveat: qualifier.phrase.caveat } : {}),
          fraction: true,
        });
      }
      i = fraction.next;
      continue;
    }
    const number = readNumber(tokens, i);
    if (!number || isPronounOne(tokens, i, number.next)) {
      i += 1;
      continue;
    }
    let next = number.next;
    let amount: Amount = { qualifier: "exact", value: number.value };
    let caveat: string | undefined;
    let startToken = i;
    const range = rangeAfter(tokens, next, number.value, i);
    if (range) {
      amount = { qualifier: "range", value: range.low, valueHigh: range.valueHigh };
      next = range.next;
      const opener = tokens[i - 1]?.lower;
      if (opener === "between" || (opener === "from" && tokens[number.next]?.lower === "to")) startToken = i - 1;
    } else {
      const qualifier = qualifierBefore(tokens, i);
      const tail = `${tokens[next]?.lower ?? ""} ${tokens[next + 1]?.lower ?? ""}`;
      if (qualifier) {
        amount = { qualifier: qualifier.phrase.qualifier, value: number.value };
        caveat = qualifier.phrase.caveat;
        startToken = qualifier.from;
      } else if (tail === "or more") {
        amount = { qualifier: "at-least", value: number.value };
        next += 2;
      } else if (tail === "or so") {
        amount = { qualifier: "about", value: number.value };
        next += 2;
      }
    }
    const first = tokens[startToken];
    const last = tokens[next - 1];
    if (first && last) {
      const notFigure = notFigureReason(tokens, i, number.next, number.value, !number.words);
      mentions.push({
        start: first.start,
        end: last.end,
        stated: text.slice(first.start, last.end),
        amount,
        ...(caveat ? { caveat } : {}),
        ...(notFigure ? { notFigure } : {}),
      });
    }
    i = next;
  }
  return mentions;
}
