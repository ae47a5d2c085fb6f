import type { Locale } from "../i18n/locales";
import { unitAfter } from "../model/metric-names";
import { chartWords } from "./words";
import { longLabel } from "./figures";
import type { SeriesPoint } from "./series";
import type { ChartLine } from "./series-chart";

/** A quote as shown: the words as they stand, and Counterclaim's English beside them when the report is in another language. */
function quoted(quote: string, translation: { text: string } | undefined, locale: Locale): string {
  return translation ? `“${quote}” (${chartWords(locale).t("chart.translationLabel")}: “${translation.text}”)` : `“${quote}”`;
}

/** What the table names a published table's record by: "Oryx, listing", "Ukraine's General Staff, daily tally". */
export interface SourceNames {
  publishers: ReadonlyMap<string, string>;
  tables: ReadonlyMap<string, string>;
}

/**
 * The source of a point in words for people: a quote as written (with Counterclaim's English beside
 * it) and who printed it, or a table's record ("Oryx, listing of 31 Dec 2024: 3,668 tanks + 1,822
 * armoured fighting vehicles + …"). Every relay's own quote is on the claim's row in the claims table.
 */
export function pointSource(point: SeriesPoint, names: SourceNames, locale: Locale = "en"): string {
  const { t, date } = chartWords(locale);
  const cells = new Map<string, string[]>();
  const quotes: string[] = [];
  for (const c of point.claims) {
    const publisher = names.publishers.get(c.sourceId) ?? c.sourceId;
    if (c.locator.kind === "cell") {
      const key = t("chart.cellsOf", { name: names.tables.get(c.sourceId) ?? publisher, date: date(c.statedOn.date) });
      cells.set(key, [...(cells.get(key) ?? []), `${c.qualifier === "vague" ? c.vagueTerm : longLabel(c, locale)} ${unitAfter(c.metric, c, locale)}`]);
    } else {
      const also = (c.alsoIn ?? []).length;
      quotes.push(`${quoted(c.quote, c.translation, locale)} (${also > 0 ? t("chart.alsoReports", { publisher, count: also }) : publisher})`);
    }
  }
  return [...new Set([...quotes, ...[...cells].map(([key, parts]) => `${key}: ${parts.join(" + ")}`)])].join("; ");
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
export function tableRows(lines: readonly ChartLine[], names: SourceNames, locale: Locale = "en"): { rows: PointRow[]; monthly: string[] } {
  const { date } = chartWords(locale);
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
    return points.map((p) => ({ line: line.label, date: date(p.date), day: p.date, figure: p.words, source: pointSource(p, names, locale), revision: p.revision }));
  });
  return { rows, monthly };
}
