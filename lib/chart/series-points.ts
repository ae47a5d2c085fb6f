import { formatDate } from "../model/dates";
import { TRANSLATION_LABEL } from "../model/languages";
import type { FigureClaim } from "../model/claims";
import type { SeriesPoint } from "./series";
import type { ChartLine } from "./series-chart";

/** A quote as shown: the words as they stand, and Counterclaim's English beside them when the report is in another language. */
function quoted(quote: string, translation: { text: string } | undefined): string {
  return translation ? `“${quote}” (${TRANSLATION_LABEL}: “${translation.text}”)` : `“${quote}”`;
}

/** Where a claim's figure stands, in a few words: its quote (and every other report that relays it), or its table cell. */
export function claimWhere(claim: FigureClaim, publisher: string | undefined, publishers?: ReadonlyMap<string, string>): string {
  if (claim.locator.kind === "cell") return `${publisher ?? claim.sourceId}, table cell ${claim.locator.record} · ${claim.locator.field}`;
  const also = (claim.alsoIn ?? []).map((a) => `${quoted(a.quote, a.translation)} (${publishers?.get(a.sourceId) ?? a.sourceId})`);
  return [`${quoted(claim.quote, claim.translation)} (${publisher ?? claim.sourceId})`, ...also].join("; also ");
}

/** The source of a point in words: every relay's quote, or the cells of one record together ("…, cells 2024-03-02 · tank, APC"). */
export function pointSource(point: SeriesPoint, publishers: ReadonlyMap<string, string>): string {
  const cells = new Map<string, string[]>();
  const quotes: string[] = [];
  for (const c of point.claims) {
    const publisher = publishers.get(c.sourceId) ?? c.sourceId;
    if (c.locator.kind === "cell") {
      const key = `${publisher}, table ${c.locator.record}`;
      cells.set(key, [...(cells.get(key) ?? []), c.locator.field]);
    } else quotes.push(claimWhere(c, publisher, publishers));
  }
  return [...new Set([...quotes, ...[...cells].map(([key, fields]) => `${key} · ${fields.join(" + ")}`)])].join("; ");
}

/** One point for the focus marker: where it is, and what a screen reader hears for it. */
export interface ExplorerPoint {
  day: number;
  value: number;
  /** "Russian MoD, Ukrainian armour: 16,000 on 2 Mar 2024. Source: “…” (TASS)". */
  text: string;
}

export interface ExplorerLine {
  id: string;
  label: string;
  colour: string;
  points: ExplorerPoint[];
}

/** What the focus marker on the full page steps through: every point of every line in the range. */
export function explorerLines(lines: readonly ChartLine[], publishers: ReadonlyMap<string, string>): ExplorerLine[] {
  return lines
    .filter((l) => l.points.length > 0)
    .map((line) => ({
      id: line.id,
      label: line.label,
      colour: line.colour,
      points: line.points.map((p) => ({
        day: p.day,
        value: p.value,
        text: `${p.words} on ${formatDate(p.date)}${p.revision ? ` (revision: ${p.revision})` : ""}. Source: ${pointSource(p, publishers)}`,
      })),
    }));
}

/** A row of the text alternative's table. */
export interface PointRow {
  line: string;
  date: string;
  figure: string;
  source: string;
  revision?: string;
}

/**
 * The table under the chart: every point of a sparse line; of a daily line, its last point of each
 * month, its revisions and its last point, since ~1,600 rows a line would bury the page (every
 * point is in the CSV, and the page says so).
 */
export function tableRows(lines: readonly ChartLine[], publishers: ReadonlyMap<string, string>): { rows: PointRow[]; monthly: string[] } {
  const monthly: string[] = [];
  const rows = lines.flatMap((line) => {
    let points = line.points;
    if (line.cadence === "daily") {
      monthly.push(line.label);
      points = line.points.filter((p, i) => {
        const next = line.points[i + 1];
        return !next || next.date.slice(0, 7) !== p.date.slice(0, 7) || p.revision !== undefined;
      });
    }
    return points.map((p) => ({ line: line.label, date: formatDate(p.date), figure: p.words, source: pointSource(p, publishers), revision: p.revision }));
  });
  return { rows, monthly };
}
