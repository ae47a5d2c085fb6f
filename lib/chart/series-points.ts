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
  /** "16,000 on 2 Mar 2024". */
  text: string;
  /** The quote(s) and reports; or, for table cells, "table 2024-03-02 · tank + APC" (the line's `publisher` goes before it). */
  source: string;
  cell?: true;
}

export interface ExplorerLine {
  id: string;
  label: string;
  colour: string;
  /** The publisher of the line's table cells, said once a line rather than once a point. */
  publisher?: string;
  points: ExplorerPoint[];
}

/** What a point says when focused: "<line>: <figure> on <date>. Source: <quote or cell>". */
export function explorerText(line: Pick<ExplorerLine, "label" | "publisher">, point: ExplorerPoint): string {
  return `${line.label}: ${point.text}. Source: ${point.cell && line.publisher ? `${line.publisher}, ${point.source}` : point.source}`;
}

/** What the focus marker on the full page steps through: every point of every line in the range. */
export function explorerLines(lines: readonly ChartLine[], publishers: ReadonlyMap<string, string>): ExplorerLine[] {
  return lines
    .filter((l) => l.points.length > 0)
    .map((line) => {
      const first = line.points[0]?.claims[0];
      const publisher = first ? publishers.get(first.sourceId) : undefined;
      return {
        id: line.id,
        label: line.label,
        colour: line.colour,
        publisher,
        points: line.points.map((p): ExplorerPoint => {
          const text = `${p.words} on ${formatDate(p.date)}${p.revision ? ` (revision: ${p.revision})` : ""}`;
          const cells = p.claims.every((c) => c.locator.kind === "cell" && publishers.get(c.sourceId) === publisher);
          if (!cells) return { day: p.day, value: p.value, text, source: pointSource(p, publishers) };
          const record = p.claims[0]?.locator.kind === "cell" ? p.claims[0].locator.record : "";
          const fields = p.claims.map((c) => (c.locator.kind === "cell" ? c.locator.field : "")).join(" + ");
          return { day: p.day, value: p.value, text, source: `table ${record} · ${fields}`, cell: true };
        }),
      };
    });
}

/** A line with more points than this is listed in the table by month. */
export const MONTHLY_ABOVE = 120;

/** A row of the text alternative's table. */
export interface PointRow {
  line: string;
  date: string;
  /** The point's day, YYYY-MM-DD: its page (/on/<day>) shows every side's claims of it. */
  day: string;
  figure: string;
  source: string;
  revision?: string;
}

/**
 * The table under the chart: every point of a line with few; of a long line (daily, or Oryx's
 * snapshots), its last point of each month and its revisions, since ~1,600 rows a line would bury
 * the page (every point is in the CSV, and the page says so).
 */
export function tableRows(lines: readonly ChartLine[], publishers: ReadonlyMap<string, string>): { rows: PointRow[]; monthly: string[] } {
  const monthly: string[] = [];
  const rows = lines.flatMap((line) => {
    let points = line.points;
    if (line.points.length > MONTHLY_ABOVE) {
      monthly.push(line.label);
      points = line.points.filter((p, i) => {
        const next = line.points[i + 1];
        return !next || next.date.slice(0, 7) !== p.date.slice(0, 7) || p.revision !== undefined;
      });
    }
    return points.map((p) => ({ line: line.label, date: formatDate(p.date), day: p.date, figure: p.words, source: pointSource(p, publishers), revision: p.revision }));
  });
  return { rows, monthly };
}
