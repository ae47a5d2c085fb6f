import { formatDate } from "../model/dates";
import { formatNumber } from "./figures";
import { BREAK_AFTER_DAYS, type SeriesPoint } from "./series";
import type { ChartLine, SeriesChart } from "./series-chart";
import { reduceLine } from "./series-reduce";

/** What each mark on a series chart means, for the marks that this chart actually shows. */
export function seriesMarks(chart: Pick<SeriesChart, "lines" | "offLine" | "controlMarks">): string[] {
  const points = chart.lines.flatMap((l) => l.points);
  const has = (test: (p: SeriesPoint) => boolean) => points.some(test);
  const marks = ["Solid line, filled dot: the figure as stated."];
  if (has((p) => p.qualifier === "about")) marks.push("Dashed line, hollow dot: “about”, an approximate figure.");
  if (has((p) => p.qualifier === "more-than" || p.qualifier === "at-least")) marks.push("Triangle pointing up: “more than” or “at least”, a lower bound.");
  if (has((p) => p.qualifier === "up-to")) marks.push("Hollow triangle pointing down: “up to”, an upper bound.");
  if (has((p) => p.qualifier === "range")) marks.push("Bar: a range, from its low to its high figure.");
  if (has((p) => p.revision !== undefined)) marks.push("Open diamond: a revision (the total fell below the one before, or the publisher corrected it).");
  if (chart.offLine.some((o) => o.claim.qualifier !== "vague")) marks.push("Grey cross: a claim left off the line because it is doubted; listed under the chart.");
  if (chart.lines.some((l) => l.cadence === "daily")) marks.push(`A daily line breaks where figures are missing for more than ${BREAK_AFTER_DAYS.daily} days; nothing is filled in.`);
  if (chart.lines.some((l) => l.cadence === "sparse" && l.draw === "line")) marks.push("Points with a thin line: one body's figures stated every few weeks; the line between them is not data.");
  if (chart.lines.some((l) => l.draw === "points")) marks.push("Dots and bars not joined: separate estimates by different bodies, each at its date; a bar is one estimate's low–high range.");
  if (chart.lines.some((l) => l.draw === "band")) marks.push("Light band: a model's 95% interval, drawn under everything, with its central estimate as a thin line.");
  for (const line of chart.lines) if (line.derived && line.points.length > 0) marks.push(line.derived.metrics.length > 1 ? `${line.label} is derived: the sum of ${line.derived.adds} as reported, on days when all are reported.` : `${line.label} is derived: ${line.derived.adds}.`);
  for (const line of chart.lines) if (line.caveat) marks.push(`${line.label}: ${line.caveat}.`);
  for (const m of chart.controlMarks ?? []) marks.push(`Dashed upright line: ${m.label} (who claimed what: /control).`);
  return marks;
}

/** The marks in one line, for the embed: "Dot: as stated · hollow dot, dashed line: “about” · …". */
export function seriesMarksShort(chart: Pick<SeriesChart, "lines" | "offLine" | "controlMarks">): string {
  const points = chart.lines.flatMap((l) => l.points);
  const has = (test: (p: SeriesPoint) => boolean) => points.some(test);
  const marks = ["Dot or solid line: as stated"];
  if (has((p) => p.qualifier === "about")) marks.push("hollow dot or dashed line: “about”");
  if (has((p) => p.qualifier === "more-than" || p.qualifier === "at-least")) marks.push("▲: a lower bound");
  if (has((p) => p.qualifier === "up-to")) marks.push("▽: “up to”");
  if (has((p) => p.revision !== undefined)) marks.push("◇: a revision");
  if (chart.offLine.some((o) => o.claim.qualifier !== "vague")) marks.push("grey ×: doubted, left off the line");
  if (chart.lines.some((l) => l.draw === "points")) marks.push("unjoined dots and bars: separate estimates");
  if (chart.lines.some((l) => l.draw === "band")) marks.push("light band: a model's 95% interval");
  for (const line of chart.lines) if (line.caveat) marks.push(`${line.label}: ${line.caveat}`);
  if ((chart.controlMarks ?? []).length > 0) marks.push(`dashed upright line: claims of control (${(chart.controlMarks ?? []).map((m) => m.label).join("; ")})`);
  return `${marks.join(" · ")}. Gaps are not filled in.`;
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
  return {
    chart: { ...chart, lines, ratio },
    note: `Reduced drawing: ${formatNumber(drawn)} of ${formatNumber(of)} points (largest-triangle-three-buckets; every turning point, revision, gap and last figure kept, to ${formatDate(chart.latestDate)}). Every point: “Get the data”.`,
  };
}

function reduceRatio<T extends { day: number; ratio: number }>(points: readonly T[], target: number): T[] {
  if (points.length <= target) return [...points];
  const step = points.length / target;
  const kept = new Set<number>([0, points.length - 1]);
  for (let i = 0; i < target; i++) kept.add(Math.floor(i * step));
  return [...kept].sort((a, b) => a - b).map((i) => points[i] as T);
}
