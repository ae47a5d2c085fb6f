import type { Locale } from "../i18n/locales";
import { chartWords } from "./words";
import { BREAK_AFTER_DAYS, type SeriesPoint } from "./series";
import type { ChartLine, SeriesChart } from "./series-chart";
import { reduceLine } from "./series-reduce";

/** What each mark on a series chart means, for the marks that this chart actually shows. */
export function seriesMarks(chart: Pick<SeriesChart, "lines" | "offLine" | "controlMarks"> & { locale?: Locale }): string[] {
  const { t } = chartWords(chart.locale);
  const points = chart.lines.flatMap((l) => l.points);
  const has = (test: (p: SeriesPoint) => boolean) => points.some(test);
  const marks = [t("chart.marks.stated")];
  if (has((p) => p.qualifier === "about")) marks.push(t("chart.marks.about"));
  if (has((p) => p.qualifier === "more-than" || p.qualifier === "at-least")) marks.push(t("chart.marks.lower"));
  if (has((p) => p.qualifier === "up-to")) marks.push(t("chart.marks.upTo"));
  if (has((p) => p.qualifier === "range")) marks.push(t("chart.marks.range"));
  if (has((p) => p.revision !== undefined)) marks.push(t("chart.marks.revision"));
  if (chart.offLine.some((o) => o.claim.qualifier !== "vague")) marks.push(t("chart.marks.offLine"));
  if (chart.lines.some((l) => l.cadence === "daily")) marks.push(t("chart.marks.daily", { days: BREAK_AFTER_DAYS.daily }));
  if (chart.lines.some((l) => l.cadence === "sparse" && l.draw === "line")) marks.push(t("chart.marks.sparse"));
  if (chart.lines.some((l) => l.draw === "points")) marks.push(t("chart.marks.points"));
  if (chart.lines.some((l) => l.draw === "band")) marks.push(t("chart.marks.band"));
  for (const line of chart.lines)
    if (line.derived && line.points.length > 0)
      marks.push(line.derived.metrics.length > 1 ? t("chart.marks.derivedSum", { label: line.label, adds: line.derived.adds }) : t("chart.marks.derived", { label: line.label, adds: line.derived.adds }));
  for (const line of chart.lines) if (line.caveat) marks.push(`${line.label}: ${line.caveat}.`);
  for (const m of chart.controlMarks ?? []) marks.push(t("chart.marks.control", { mark: m.label }));
  return marks;
}

/** The marks in one line, for the embed: "Dot: as stated · hollow dot, dashed line: “about” · …". */
export function seriesMarksShort(chart: Pick<SeriesChart, "lines" | "offLine" | "controlMarks"> & { locale?: Locale }): string {
  const { t } = chartWords(chart.locale);
  const points = chart.lines.flatMap((l) => l.points);
  const has = (test: (p: SeriesPoint) => boolean) => points.some(test);
  const marks = [t("chart.marksShort.stated")];
  if (has((p) => p.qualifier === "about")) marks.push(t("chart.marksShort.about"));
  if (has((p) => p.qualifier === "more-than" || p.qualifier === "at-least")) marks.push(t("chart.marksShort.lower"));
  if (has((p) => p.qualifier === "up-to")) marks.push(t("chart.marksShort.upTo"));
  if (has((p) => p.revision !== undefined)) marks.push(t("chart.marksShort.revision"));
  if (chart.offLine.some((o) => o.claim.qualifier !== "vague")) marks.push(t("chart.marksShort.offLine"));
  if (chart.lines.some((l) => l.draw === "points")) marks.push(t("chart.marksShort.points"));
  if (chart.lines.some((l) => l.draw === "band")) marks.push(t("chart.marksShort.band"));
  for (const line of chart.lines) if (line.caveat) marks.push(`${line.label}: ${line.caveat}`);
  if ((chart.controlMarks ?? []).length > 0) marks.push(t("chart.marksShort.control", { marks: (chart.controlMarks ?? []).map((m) => m.label).join("; ") }));
  return t("chart.marksShort.end", { marks: marks.join(" · ") });
}

/** Points a line at most, in the embed's drawing. */
export const EMBED_POINTS_PER_LINE = 160;

/**
 * The chart as the embed draws it: each line reduced (series-reduce.ts) so the embed stays small,
 * and the sentence that says so, or undefined when nothing was left out.
 */
export function reducedChart(chart: SeriesChart, target = EMBED_POINTS_PER_LINE): { chart: SeriesChart; note?: string } {
  let drawn = 0;
  let of = 0;
  const lines: ChartLine[] = chart.lines.map((line) => {
    const reduced = reduceLine(line.points, target);
    drawn += reduced.points.length;
    of += line.points.length;
    return { ...line, points: reduced.points };
  });
  const ratio = chart.ratio ? { ...chart.ratio, points: reduceRatio(chart.ratio.points, target) } : undefined;
  if (drawn === of) return { chart };
  const words = chartWords(chart.locale);
  return {
    chart: { ...chart, lines, ratio },
    note: words.t("chart.reduced", { drawn: words.n(drawn), of: words.n(of), date: words.date(chart.latestDate) }),
  };
}

function reduceRatio<T extends { day: number; ratio: number }>(points: readonly T[], target: number): T[] {
  if (points.length <= target) return [...points];
  const step = points.length / target;
  const kept = new Set<number>([0, points.length - 1]);
  for (let i = 0; i < target; i++) kept.add(Math.floor(i * step));
  return [...kept].sort((a, b) => a - b).map((i) => points[i] as T);
}
