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
  cells?: { name: string; units: string[]; parts: number[][]; partsAreValues?: true };
  /** Points from reports: the publishers, and for each point the ones that print its figure (indexes). */
  quoted?: { publishers: string[]; by: number[][] };
  /** The claims-table page of each point's first claim: the first, then differences. */
  page: number[];
  /** Each point's first claim: an id with "{date}" for the point's date (when one pattern fits all), or one id a point. */
  claim: string | string[];
}

export const QUALIFIER_CODES = { exact: "e", "more-than": "m", "at-least": "l", about: "a", "up-to": "u", range: "r" } as const;
const QUALIFIER_WORDS: Record<string, string> = { e: "", m: "more than ", l: "at least ", a: "about ", u: "up to ", r: "" };

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

export function readout(line: ExplorerLine, index: number): Readout | undefined {
  const day = line.days[index];
  const value = line.values[index];
  if (day === undefined || value === undefined) return undefined;
  const iso = isoOfDay(day);
  const date = formatDate(iso);
  const qualifier = QUALIFIER_WORDS[line.source.q?.[index] ?? "e"] ?? "";
  // A range says both ends (and the central figure its record gives): "490,321, between 417,284 and 579,031".
  const high = line.highs?.[index];
  const centre = line.centrals?.[index];
  const ranged = high !== undefined && high !== value;
  const amount = ranged ? `${centre !== undefined && centre !== value ? `${formatNumber(centre)}, ` : ""}between ${formatNumber(value)} and ${formatNumber(high)}` : `${qualifier}${formatNumber(value)}`;
  const figure = `${amount} on ${date}`;
  let source: string;
  const cells = line.source.cells;
  const quoted = line.source.quoted;
  if (cells && ranged) source = `${cells.name} of ${date}: ${amount} ${cells.units[0] ?? ""}`.trim();
  else if (cells) {
    const parts = (line.parts ?? []).map((p, k) => `${formatNumber(p[index] ?? 0)} ${cells.units[k] ?? ""}`.trim());
    source = `${cells.name} of ${date}: ${parts.join(" + ")}`;
  } else if (quoted) {
    const names = (quoted.by[index] ?? []).map((i) => quoted.publishers[i] ?? "");
    source = names.length === 0 ? "" : `Reported by ${names[0]}${names.length > 1 ? ` and ${names.length - 1} more` : ""}`;
  } else source = "";
  const claim = typeof line.source.claim === "string" ? line.source.claim.replace("{date}", iso) : (line.source.claim[index] ?? "");
  const page = line.pages[index] ?? 1;
  const href = `${page <= 1 ? "/claims" : `/claims/page/${page}`}#${claim}`;
  return { figure, date, source, href, text: `${line.label}: ${figure}. ${source}.` };
}

/** The point of `line` nearest a day: for the pointer and touch. */
export function nearestIndex(days: readonly number[], day: number): number {
  let best = 0;
  for (let i = 0; i < days.length; i++) if (Math.abs((days[i] ?? 0) - day) < Math.abs((days[best] ?? 0) - day)) best = i;
  return best;
}

