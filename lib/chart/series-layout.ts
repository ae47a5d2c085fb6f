import { CHART_SIZES, type ChartSize } from "@/components/chart/layout";
import { formatDate } from "../model/dates";
import { axisTicks, formatNumber } from "./figures";
import { INTL_TAGS, type Locale } from "../i18n/locales";
import { dateOfDay, dayNumber, type SeriesPoint } from "./series";
import type { ChartLine, SeriesChart } from "./series-chart";

/**
 * The fixed geometry of a series chart at one size, and the scales from days and values to px.
 * Computed, not measured, like the bars: the SVG is drawn at build time with no browser.
 */
export function seriesLayout(chart: Pick<SeriesChart, "from" | "to" | "axisMax" | "ratio"> & { locale?: Locale }, size: ChartSize) {
  const locale = chart.locale ?? "en";
  const width = CHART_SIZES[size];
  const fontSize = size === "narrow" ? 11 : 12;
  const plotHeight = size === "narrow" ? 190 : size === "medium" ? 240 : 290;
  const margin = { top: 12, right: size === "narrow" ? 74 : size === "medium" ? 96 : 112, bottom: 22, left: size === "narrow" ? 40 : 48 };
  const ratioHeight = chart.ratio && chart.ratio.points.length > 1 ? (size === "narrow" ? 70 : 86) : 0;
  const ratioGap = ratioHeight > 0 ? 34 : 0;
  const x0 = margin.left;
  const x1 = width - margin.right;
  const y0 = margin.top;
  const y1 = margin.top + plotHeight;
  const d0 = dayNumber(chart.from);
  const d1 = Math.max(dayNumber(chart.to), d0 + 1);
  const x = (day: number) => round(x0 + ((day - d0) / (d1 - d0)) * (x1 - x0));
  const y = (value: number) => round(y1 - (value / chart.axisMax) * (y1 - y0));
  const ratioTop = y1 + margin.bottom + ratioGap;
  const ratioBottom = ratioTop + ratioHeight;
  const ratioMax = chart.ratio?.axisMax ?? 1;
  const ry = (ratio: number) => round(ratioBottom - (ratio / ratioMax) * (ratioBottom - ratioTop));
  return {
    size,
    width,
    height: (ratioHeight > 0 ? ratioBottom + margin.bottom : y1 + margin.bottom) + 2,
    fontSize,
    margin,
    plot: { x0, x1, y0, y1 },
    days: { d0, d1 },
    ratioPanel: ratioHeight > 0 ? { top: ratioTop, bottom: ratioBottom, max: ratioMax } : undefined,
    x,
    y,
    ry,
    yTicks: axisTicks(chart.axisMax, size === "narrow" ? 3 : 4),
    xTicks: timeTicks(d0, d1, size, locale),
    locale,
  };
}
export type SeriesLayout = ReturnType<typeof seriesLayout>;

const round = (n: number) => Math.round(n * 10) / 10;

/** Ticks on the time axis: 1 January of each year for long spans, else the first of some months. */
export function timeTicks(d0: number, d1: number, size: ChartSize, locale: Locale = "en"): { day: number; label: string }[] {
  const first = dateOfDay(d0);
  const last = dateOfDay(d1);
  const years = Number(last.slice(0, 4)) - Number(first.slice(0, 4));
  const ticks: { day: number; label: string }[] = [];
  if (d1 - d0 > 540) {
    for (let year = Number(first.slice(0, 4)) + 1; year <= Number(last.slice(0, 4)); year += size === "narrow" && years > 4 ? 2 : 1) ticks.push({ day: dayNumber(`${year}-01-01`), label: String(year) });
    return ticks;
  }
  const every = size === "narrow" ? 4 : size === "medium" ? 3 : 2;
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7)) + 1;
  for (;;) {
    if (month > 12) {
      month = 1;
      year += 1;
    }
    const date = `${year}-${String(month).padStart(2, "0")}-01`;
    const day = dayNumber(date);
    if (day > d1) break;
    if ((month - 1) % every === 0) ticks.push({ day, label: tickLabel(date, month === 1 || ticks.length === 0, locale) });
    month += 1;
  }
  return ticks;
}

/** How a stretch of line is drawn: solid for stated figures, dashed where a figure is "about". */
export type Stroke = "solid" | "dashed";

export function strokeOf(a: SeriesPoint, b: SeriesPoint): Stroke {
  return a.qualifier === "about" || b.qualifier === "about" ? "dashed" : "solid";
}

/**
 * The paths of a line: one per run of the same stroke, broken where the line has a gap. A point
 * alone between gaps is drawn by its marker only.
 */
export function linePaths(points: readonly SeriesPoint[], layout: Pick<SeriesLayout, "x" | "y">): { d: string; stroke: Stroke }[] {
  const runs: { start: Pixel; steps: Pixel[]; stroke: Stroke }[] = [];
  let current: { start: Pixel; steps: Pixel[]; stroke: Stroke } | undefined;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b) continue;
    if (b.breakBefore) {
      current = undefined;
      continue;
    }
    const stroke = strokeOf(a, b);
    const step: Pixel = [px(layout.x(b.day)) - px(layout.x(a.day)), px(layout.y(b.value)) - px(layout.y(a.value))];
    if (current && current.stroke === stroke) current.steps.push(step);
    else {
      current = { start: [px(layout.x(a.day)), px(layout.y(a.value))], steps: [step], stroke };
      runs.push(current);
    }
  }
  return runs.map((r) => ({ d: `M${r.start[0]} ${r.start[1]}${joinedSteps(r.steps).map(([dx, dy]) => `l${dx} ${dy}`).join("")}`, stroke: r.stroke }));
}

/**
 * Relative steps in whole pixels, the same drawing in fewer of them: no step that stays on its pixel,
 * and runs along one row or one column (a daily tally flat for a week, at 2 px a day) as one step.
 */
export function joinedSteps(steps: readonly Pixel[]): Pixel[] {
  const out: [number, number][] = [];
  for (const [dx, dy] of steps) {
    if (dx === 0 && dy === 0) continue;
    const last = out.at(-1);
    if (last && dy === 0 && last[1] === 0 && Math.sign(dx) === Math.sign(last[0])) last[0] += dx;
    else if (last && dx === 0 && last[0] === 0 && Math.sign(dy) === Math.sign(last[1])) last[1] += dy;
    else out.push([dx, dy]);
  }
  return out.length > 0 ? out : steps.length > 0 ? [[0, 0]] : [];
}

/**
 * A range line as a band: for each run of points without a gap, one closed path along the high
 * figures and back along the low ones; and its central figure (where the records give one) as a
 * path of its own. A model's interval, drawn under everything.
 */
export function bandPaths(points: readonly SeriesPoint[], layout: Pick<SeriesLayout, "x" | "y">): { band: string; central: string } {
  const runs: SeriesPoint[][] = [];
  for (const p of points) {
    if (p.valueHigh === undefined) continue;
    const run = runs.at(-1);
    if (!run || p.breakBefore) runs.push([p]);
    else run.push(p);
  }
  let band = "";
  let central = "";
  const at = (p: SeriesPoint, value: number): Pixel => [px(layout.x(p.day)), px(layout.y(value))];
  for (const run of runs) {
    const high = onePixelApart(run.map((p) => at(p, p.valueHigh ?? p.value)));
    const low = onePixelApart([...run].reverse().map((p) => at(p, p.value)));
    const first = high[0];
    if (!first) continue;
    // Along the high figures, down to the last low one, back along the low figures: relative whole-pixel steps.
    band += `M${first[0]} ${first[1]}${steps([...high, ...low])}Z`;
    const centre = onePixelApart(run.filter((p) => p.central !== undefined).map((p) => at(p, p.central ?? p.value)));
    if (centre[0]) central += `M${centre[0][0]} ${centre[0][1]}${steps(centre)}`;
  }
  return { band, central };
}

type Pixel = readonly [number, number];
/** A path's points after its first as relative steps ("l23 0l0 -1…"), joined where they run along a row or column. */
const steps = (points: readonly Pixel[]) =>
  joinedSteps(points.slice(1).map((p, i) => [p[0] - (points[i]?.[0] ?? 0), p[1] - (points[i]?.[1] ?? 0)] as const))
    .map(([dx, dy]) => `l${dx} ${dy}`)
    .join("");
/**
 * A model's daily band drawn in whole pixels: where several days fall on one pixel column, only the
 * first and last of them are kept (and never the same pixel twice), so the drawing is the same and a
 * four-year band costs a page a few kilobytes, not tens.
 */
export function onePixelApart(points: readonly Pixel[]): Pixel[] {
  const out: Pixel[] = [];
  points.forEach((p, i) => {
    const before = points[i - 1];
    const after = points[i + 1];
    const prev = out.at(-1);
    if (prev && prev[0] === p[0] && prev[1] === p[1]) return;
    // Inside a run on one column: the run's first and last points carry it.
    if (before && after && before[0] === p[0] && after[0] === p[0]) return;
    // Inside a run along one row: likewise.
    if (prev && after && prev[1] === p[1] && after[1] === p[1]) return;
    out.push(p);
  });
  return out;
}

/** Whole px for path data: a line is 2 px wide, and relative whole steps keep the SVG small. */
const px = (n: number) => Math.round(n);

export type MarkKind = "dot" | "hollow" | "up" | "down" | "ring" | "range";

/**
 * A line's markers as one path a kind (dots, hollow dots, triangles, rings), so a chart with
 * hundreds of markers stays small. Ranges are bars from the low to the high figure.
 */
export function markerPaths(points: readonly SeriesPoint[], layout: Pick<SeriesLayout, "x" | "y">, r: number, options: { ringAlone?: boolean } = {}): Record<MarkKind, string> {
  const out: Record<MarkKind, string> = { dot: "", hollow: "", up: "", down: "", ring: "", range: "" };
  // A revision's mark: an open diamond, unlike any qualifier's (a hollow dot is "about").
  const diamond = (x: number, y: number, radius: number) => `M${x} ${y - radius}l${radius} ${radius}l${-radius} ${radius}l${-radius} ${-radius}z`;
  const circle = (x: number, y: number, radius: number) => `M${x - radius} ${y}a${radius} ${radius} 0 1 0 ${2 * radius} 0a${radius} ${radius} 0 1 0 ${-2 * radius} 0`;
  for (const p of points) {
    const x = px(layout.x(p.day));
    const y = px(layout.y(p.value));
    // On a line drawn without dots, a revision is its diamond alone: a dot inside every mark crowds a line with many.
    if (p.revision && options.ringAlone && p.qualifier === "exact") {
      out.ring += diamond(x, y, r + 1);
      continue;
    }
    switch (p.qualifier) {
      case "about":
        out.hollow += circle(x, y, r);
        break;
      case "more-than":
      case "at-least":
        out.up += `M${x} ${y - r - 1}l${r + 1} ${2 * r + 1}h${-2 * r - 2}z`;
        break;
      case "up-to":
        out.down += `M${x} ${y + r + 1}l${r + 1} ${-2 * r - 1}h${-2 * r - 2}z`;
        break;
      case "range":
        out.range += `M${x - 3} ${y}h6M${x} ${y}V${px(layout.y(p.valueHigh ?? p.value))}m-3 0h6`;
        break;
      default:
        out.dot += circle(x, y, r);
    }
    if (p.revision) out.ring += diamond(x, y, r + 2.5);
  }
  return out;
}

/** Up to this many points drawn, a sparse line marks every point; beyond, the line alone shows them. */
export const MARK_EVERY_POINT_UP_TO = 120;

/** Which points carry a marker: all of a sparse line's (when few); else its revisions, lone points and its last. */
export function markedPoints(line: Pick<ChartLine, "cadence" | "points" | "draw">): SeriesPoint[] {
  // Points never joined are drawn by their markers alone; a band by its area (and its last figure).
  if (line.draw === "points") return line.points;
  if (line.draw === "band") return line.points.slice(-1);
  if (line.cadence === "sparse" && line.points.length <= MARK_EVERY_POINT_UP_TO) return line.points;
  return line.points.filter((p, i) => {
    const next = line.points[i + 1];
    const lone = (i === 0 || p.breakBefore) && (!next || next.breakBefore);
    return p.revision !== undefined || lone || i === line.points.length - 1;
  });
}

export interface EndLabel {
  lineId: string;
  colour: string;
  /** Where the line ends. */
  pointX: number;
  pointY: number;
  /** Where the label's first line sits, after moving labels apart. */
  labelY: number;
  /** Where the label starts: the right margin, or just past a line that ends before the plot does. */
  labelX: number;
  /** The line ends before the plot's right edge: its label stands at its end, and nothing is drawn past it. */
  inline: boolean;
  figure: string;
  date: string;
}

/** Moves labels apart (each `gap` below the one above), keeping them between `top` and `bottom`. */
function spread(labels: EndLabel[], gap: number, top: number, bottom: number, nudge: number): void {
  labels.sort((a, b) => a.pointY - b.pointY);
  let previous = -Infinity;
  for (const label of labels) {
    label.labelY = Math.max(label.labelY + nudge, previous + gap, top);
    previous = label.labelY;
  }
  // Pushed below the plot: move up only as many labels as must, from the bottom.
  let limit = bottom;
  for (let i = labels.length - 1; i >= 0; i--) {
    const label = labels[i] as EndLabel;
    label.labelY = Math.max(Math.min(label.labelY, limit), top);
    limit = label.labelY - gap;
  }
}

/**
 * Labels of each line's latest figure: in the right margin, at the height of the figure, for lines
 * that run to the plot's right edge; just past its last point for a line that ends sooner (so no
 * line seems to run on past its data). Each group is moved apart so none overlaps another.
 */
export function endLabels(lines: readonly ChartLine[], layout: Pick<SeriesLayout, "x" | "y" | "plot" | "fontSize"> & { locale?: Locale }): EndLabel[] {
  const gap = layout.fontSize * 2 + 6;
  const labels = lines
    .filter((l) => l.latest)
    .map((l): EndLabel => {
      const p = l.latest as SeriesPoint;
      const pointX = layout.x(p.day);
      const inline = pointX < layout.plot.x1 - 4;
      return { lineId: l.id, colour: l.colour, pointX, pointY: layout.y(p.value), labelY: layout.y(p.value), labelX: inline ? pointX + 7 : layout.plot.x1 + 6, inline, figure: p.label, date: endDate(p.date, layout.locale ?? "en") };
    });
  const top = layout.plot.y0 + layout.fontSize;
  const bottom = layout.plot.y1 - gap + layout.fontSize;
  spread(labels.filter((l) => !l.inline), gap, top, bottom, layout.fontSize * 0.35);
  // A label past a line's end sits just above it, so the line and its label read as one.
  spread(labels.filter((l) => l.inline), gap, top, layout.plot.y1 - layout.fontSize - 6, -layout.fontSize * 0.2);
  return labels.sort((a, b) => a.pointY - b.pointY);
}

/** A compact figure for the value axis: 12,000 → "12,000"; 1,250,000 → "1.25m". */
export function axisNumber(value: number, locale: Locale = "en"): string {
  if (locale === "en") return value >= 1_000_000 ? `${Number((value / 1_000_000).toFixed(2))}m` : formatNumber(value);
  return new Intl.NumberFormat(INTL_TAGS[locale], value >= 1_000_000 ? { notation: "compact", maximumFractionDigits: 2 } : { maximumFractionDigits: 0 }).format(value);
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(INTL_TAGS[locale], { ...options, timeZone: "UTC" })));
  return f;
}

/** A time tick: "Jan 2024" or "Mar" in English; "січ. 2024", "бер." (the month as Intl writes it short, and the year). */
function tickLabel(date: string, withYear: boolean, locale: Locale): string {
  if (locale === "en") return withYear ? formatDate(date).slice(-8) : (formatDate(date).split(" ")[1] ?? "");
  const month = dateFormat(locale, { month: "short" }).format(new Date(`${date}T00:00:00Z`));
  return withYear ? `${month} ${date.slice(0, 4)}` : month;
}

/** A line's last date beside its figure: "31 Dec 2024"; in Cyrillic editions, Intl's numeric date ("31.12.2024"), which fits the margin. */
function endDate(date: string, locale: Locale): string {
  return locale === "en" ? formatDate(date) : dateFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date(`${date}T00:00:00Z`));
}
