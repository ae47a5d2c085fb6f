/**
 * The focus marker's words, in the browser: a series page's client component reads the compact
 * points (lib/chart/explorer.ts makes them) and says the focused one. Kept free of the data model's
 * imports, so the page's script carries only this.
 */
/**
 * What the focus marker of a series page needs, in one compact form: the page's client component
 * gets this and nothing else of the points (the static chart and the table under it are HTML the
 * server drew). Numbers are written as a first value and then differences, so a daily running total
 * is a run of small numbers; words are said once a line, not once a point.
 */
export interface CompactLine {
  id: string;
  label: string;
  colour: string;
  /** Each point's day (days since 1970-01-01): the first, then differences. */
  d: number[];
  /** Each point's figure (a range's low one): the first, then differences. */
  v: number[];
  /** For lines with ranges: each point's high figure (its own figure where it has none), the first, then differences. */
  hi?: number[];
  /** For lines whose records give a central figure beside the range (a model's estimate): likewise. */
  c?: number[];
  /** One letter a point for its qualifier (QUALIFIER_CODES), present only when some point is not exact. */
  q?: string;
  /**
   * Points from a table's cells: the record's name ("Oryx, listing"), each part's unit, each part's
   * figures (first, then differences); `partsAreValues` where the one part is the point's own figure,
   * sent once, in `v`.
   */
  cells?: { name: string; units: CompactUnit[]; parts: number[][]; partsAreValues?: true };
  /** Points from reports: the publishers, and for each point the ones that print its figure (indexes). */
  quoted?: { publishers: string[]; by: number[][] };
  /** The claims-table page of each point's first claim: the first, then differences. */
  page: number[];
  /** Each point's first claim: an id with "{date}" for the point's date (when one pattern fits all), or one id a point. */
  claim: string | string[];
}

/**
 * A part's unit: one string where it reads the same after any number ("км", "%"), else its forms by
 * Intl.PluralRules category ({ one: "танк", few: "танки", many: "танків", other: "танка" }), "other"
 * being the form after a fraction (uk/ru: the genitive singular) and, in English, the plural.
 */
export type CompactUnit = string | Partial<Record<Intl.LDMLPluralRule, string>>;

export const QUALIFIER_CODES = { exact: "e", "more-than": "m", "at-least": "l", about: "a", "up-to": "u", range: "r" } as const;

/**
 * The readout's words in one edition, sent with the points: templates with {name} slots (from the
 * edition's messages, lib/chart/words.ts), the Intl tag its numbers and dates are written by, and
 * where its claims table is. English is written here, so the module still needs no import.
 */
export interface ReadoutWords {
  /** The BCP 47 tag for Intl; "en-GB" keeps the site's own date form ("31 Dec 2024"). */
  tag: string;
  figure: string;
  range: string;
  rangeCentral: string;
  cells: string;
  reportedBy: string;
  reportedByMore: string;
  /** Qualifier words by code, each with its trailing space. */
  q: Record<string, string>;
  /** The codes whose words put the number and its unit in the genitive (ru "более 21 танка"); absent in English. */
  gen?: string;
  /** The claims table's path in the edition: "/claims", "/uk/claims". */
  claims: string;
}

export const ENGLISH_READOUT: ReadoutWords = {
  tag: "en-GB",
  figure: "{amount} on {date}",
  range: "between {low} and {high}",
  rangeCentral: "{central}, between {low} and {high}",
  cells: "{name} of {date}: {parts}",
  reportedBy: "Reported by {first}",
  reportedByMore: "Reported by {first} and {count} more",
  q: { e: "", m: "more than ", l: "at least ", a: "about ", u: "up to ", r: "" },
  claims: "/claims",
};

const plurals = new Map<string, Intl.PluralRules>();
/**
 * The form of `forms` (by Intl.PluralRules category) that agrees with `value` as printed (asShown:
 * a model's 1,724.73 reads "1 725"); after words that govern the genitive, the genitive singular (the
 * "other" form) after 1, 21… and fractions, else the genitive plural ("many"). Undefined where the
 * forms lack it. The one rule for the server's words (lib/model/metric-names.ts) and the browser's readout.
 */
export function formAfter(forms: Partial<Record<Intl.LDMLPluralRule, string>>, value: number, tag: string, genitive = false): string | undefined {
  let rules = plurals.get(tag);
  if (!rules) plurals.set(tag, (rules = new Intl.PluralRules(tag)));
  const category = rules.select(asShown(value));
  return genitive ? (category === "one" || category === "other" ? forms.other : forms.many) : forms[category];
}

/** A part's unit after `value` in the readout (formAfter), or its one form where it does not inflect. */
export function unitAfterValue(unit: CompactUnit | undefined, value: number, tag: string, genitive = false): string {
  if (unit === undefined || typeof unit === "string") return unit ?? "";
  return formAfter(unit, value, tag, genitive) ?? unit.other ?? unit.many ?? "";
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const formats = new Map<string, { whole: Intl.NumberFormat; some: Intl.NumberFormat; date: Intl.DateTimeFormat }>();
function formatsOf(tag: string) {
  let f = formats.get(tag);
  if (!f) {
    f = {
      whole: new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }),
      some: new Intl.NumberFormat(tag),
      date: new Intl.DateTimeFormat(tag, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
    };
    formats.set(tag, f);
  }
  return f;
}

export function deltas(values: readonly number[]): number[] {
  return values.map((v, i) => (i === 0 ? v : v - (values[i - 1] ?? 0)));
}

export function undelta(values: readonly number[]): number[] {
  const out: number[] = [];
  let total = 0;
  for (const v of values) out.push((total += v));
  return out;
}

const numberFormat = new Intl.NumberFormat("en-GB");
const wholeFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
/** Figures of a thousand and more are shown whole (a model's 417,284.01 soldiers, an area's 120,586.12 km²); the data keeps every digit. Here, in the client's module with no imports, for the chart's words and the readout alike. */
export const formatNumber = (n: number) => (Math.abs(n) >= 1000 ? wholeFormat : numberFormat).format(n);
const englishNumber = formatNumber;

/** A figure to the places formatNumber shows: whole from 1,000 up, else three. What the readout's script is sent. */
export function asShown(value: number): number {
  return Math.abs(value) >= 1000 ? Math.round(value) : Math.round(value * 1000) / 1000;
}
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** Days since 1970-01-01 → "2024-12-31". */
export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
/** "2024-12-31" → "31 Dec 2024", as lib/model/dates.ts writes it. */
function formatDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? "?"} ${year}`;
}

/** A line as the marker uses it: absolute days and figures. */
export interface ExplorerLine {
  id: string;
  label: string;
  colour: string;
  days: number[];
  values: number[];
  source: CompactLine;
  pages: number[];
  /** Each part's figures, for points from a table's cells. */
  parts?: number[][];
  highs?: number[];
  centrals?: number[];
}

export function expandLine(line: CompactLine): ExplorerLine {
  return { id: line.id, label: line.label, colour: line.colour, days: undelta(line.d), values: undelta(line.v), pages: undelta(line.page), parts: line.cells?.partsAreValues ? [undelta(line.v)] : line.cells?.parts.map(undelta), ...(line.hi ? { highs: undelta(line.hi) } : {}), ...(line.c ? { centrals: undelta(line.c) } : {}), source: line };
}

/** What the focused point says, in words for people, and where its claim is. */
export interface Readout {
  /** "13,019 on 19 Jul 2025". */
  figure: string;
  date: string;
  /** "Oryx, listing of 19 Jul 2025: 3,668 tanks + 1,822 armoured fighting vehicles + …", or "Reported by TASS and 3 more". */
  source: string;
  /** The claim in the claims table, on its page. */
  href: string;
  /** Everything, for a screen reader: "<line>: <figure>. <source>." */
  text: string;
}

export function readout(line: ExplorerLine, index: number, words: ReadoutWords = ENGLISH_READOUT): Readout | undefined {
  const day = line.days[index];
  const value = line.values[index];
  if (day === undefined || value === undefined) return undefined;
  const iso = isoOfDay(day);
  const english = words.tag === "en-GB";
  const f = english ? undefined : formatsOf(words.tag);
  const formatNumber = (n: number) => (f ? (Math.abs(n) >= 1000 ? f.whole : f.some).format(n) : englishNumber(n));
  const date = f ? f.date.format(new Date(`${iso}T00:00:00Z`)) : formatDate(iso);
  const qualifier = words.q[line.source.q?.[index] ?? "e"] ?? "";
  // A range says both ends (and the central figure its record gives): "490,321, between 417,284 and 579,031".
  const high = line.highs?.[index];
  const centre = line.centrals?.[index];
  const ranged = high !== undefined && high !== value;
  const amount = ranged
    ? fill(centre !== undefined && centre !== value ? words.rangeCentral : words.range, { central: formatNumber(centre ?? value), low: formatNumber(value), high: formatNumber(high) })
    : `${qualifier}${formatNumber(value)}`;
  const figure = fill(words.figure, { amount, date });
  let source: string;
  const cells = line.source.cells;
  const quoted = line.source.quoted;
  // A range's unit agrees with its high end, in the genitive where "від … до" / "от … до" govern it.
  if (cells && ranged) source = fill(words.cells, { name: cells.name, date, parts: `${amount} ${unitAfterValue(cells.units[0], high, words.tag, words.gen?.includes("r"))}`.trim() });
  else if (cells) {
    const parts = (line.parts ?? []).map((p, k) => `${formatNumber(p[index] ?? 0)} ${unitAfterValue(cells.units[k], asShown(p[index] ?? 0), words.tag)}`.trim());
    source = fill(words.cells, { name: cells.name, date, parts: parts.join(" + ") });
  } else if (quoted) {
    const names = (quoted.by[index] ?? []).map((i) => quoted.publishers[i] ?? "");
    source = names.length === 0 ? "" : names.length > 1 ? fill(words.reportedByMore, { first: names[0] ?? "", count: names.length - 1 }) : fill(words.reportedBy, { first: names[0] ?? "" });
  } else source = "";
  const claim = typeof line.source.claim === "string" ? line.source.claim.replace("{date}", iso) : (line.source.claim[index] ?? "");
  const page = line.pages[index] ?? 1;
  const href = `${page <= 1 ? words.claims : `${words.claims}/page/${page}`}#${claim}`;
  // A date may end in a full stop of its own ("1 січ. 2026 р."): no second one after it.
  const stop = (t: string) => (t.endsWith(".") ? t : `${t}.`);
  return { figure, date, source, href, text: `${line.label}: ${stop(figure)} ${stop(source)}` };
}

/** The point of `line` nearest a day: for the pointer and touch. */
export function nearestIndex(days: readonly number[], day: number): number {
  let best = 0;
  for (let i = 0; i < days.length; i++) if (Math.abs((days[i] ?? 0) - day) < Math.abs((days[best] ?? 0) - day)) best = i;
  return best;
}

