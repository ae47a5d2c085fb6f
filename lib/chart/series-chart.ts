import type { Claimant } from "../model/claimants";
import type { FigureClaim } from "../model/claims";
import type { SeriesComparison } from "../model/comparisons";
import { formatDate, type IsoDate } from "../model/dates";
import type { Source } from "../model/sources";
import type { Dataset } from "../dataset/validate";
import { scaleLinear } from "d3-scale";
import { niceAxisMax } from "./figures";
import { chartWords } from "./words";
import { INTL_TAGS, type Locale } from "../i18n/locales";
import { formatDateIn } from "../i18n/format";
import { claimantIn } from "../model/claimants";
import { comparisonIn } from "../model/comparisons";
import { NO_TERMS, placeIn } from "../model/terms";
import { SIDE_COLOURS, UNKNOWN_COLOUR } from "./palette";
import { dayNumber, type OffLineClaim, pointsBetween, type SeriesPoint, type ShapedLine, shapeLine } from "./series";
import { rangeLabel, rangeSlug, rangeSpan, SERIES_RANGES, type SeriesRange } from "./series-ranges";
import { sourceCredit } from "./series-sources";

export interface ControlMark {
  date: IsoDate;
  day: number;
  place: string;
  claims: number;
  /** "Kherson: 9 claims of control, 2 Mar 2022 (who holds it: see /control)". */
  label: string;
}

/** The dataset's claims of control within [from, to], one mark a day and place. */
export function controlMarks(dataset: Dataset, from: IsoDate, to: IsoDate, locale: Locale = "en"): ControlMark[] {
  const { t, date } = chartWords(locale);
  const byKey = new Map<string, { date: IsoDate; place: string; claims: number }>();
  for (const c of dataset.claims) {
    if (c.kind !== "control" || c.statedOn.date < from || c.statedOn.date > to) continue;
    const key = `${c.statedOn.date}|${c.place}`;
    const mark = byKey.get(key) ?? { date: c.statedOn.date, place: c.place, claims: 0 };
    mark.claims += 1;
    byKey.set(key, mark);
  }
  return [...byKey.values()]
    .sort((a, b) => a.date.localeCompare(b.date) || a.place.localeCompare(b.place))
    .map((m) => {
      const place = placeIn(dataset.terms ?? NO_TERMS, m.place, locale);
      return { ...m, place, day: dayNumber(m.date), label: t("chart.controlMark", { place, count: m.claims, date: date(m.date) }) };
    });
}

/** A line as a chart draws it: shaped, coloured, named, cut to the chart's range. */
export interface ChartLine extends ShapedLine {
  colour: string;
  claimant: string;
  /** Every claimant's name behind the line's points (a line of several bodies' estimates has more than one). */
  claimantNames?: Record<string, string>;
  /** Every point of the line in the range (the CSV and the page draw all of them). */
  points: SeriesPoint[];
  /** Of the range, or undefined. */
  latest?: SeriesPoint;
}

export interface RatioPoint {
  date: IsoDate;
  day: number;
  ratio: number;
  numerator: SeriesPoint;
  denominator: SeriesPoint;
}

export interface RangeLink {
  range: SeriesRange;
  label: string;
  slug: string;
  current: boolean;
}

export interface SeriesChart {
  /** The edition its words are in: its drawing's ticks and labels follow it too. */
  locale: Locale;
  /** The page's slug: the comparison's, or "<slug>-<range>". */
  slug: string;
  comparisonSlug: string;
  range: SeriesRange;
  rangeLabel: string;
  /** Every range with data, for the range links. */
  ranges: RangeLink[];
  title: string;
  summary: string;
  from: IsoDate;
  to: IsoDate;
  lines: ChartLine[];
  axisMax: number;
  ratio?: { label: string; points: RatioPoint[]; axisMax: number };
  offLine: (OffLineClaim & { line: string })[];
  /** "Oryx's history here ends on 19 Jul 2025.": for each claimant whose lines stop well before the range does. */
  endings: string[];
  sourceLine: string;
  textSummary: string;
  summaryLines: string[];
  comparability: string[];
  notes: string[];
  methodology: string;
  /** The latest point's date, in the range: the chart's "as of". */
  latestDate: IsoDate;
  /** Set for a chart pinned to a day: drawn from what had been published by then. */
  asOf?: IsoDate;
  /** Claims of control on the same time axis, one mark a day and place: "Kherson: 9 claims of control". */
  controlMarks?: ControlMark[];
  /** The topic the chart draws lines of (a preset's, or a custom chart's): other days and lines are a /chart away. */
  topic?: string;
}

/** Colours by side; a second line of the same claimant takes its side's next hue. */
function lineColours(lines: readonly ShapedLine[], claimants: readonly Claimant[]): string[] {
  const side = new Map(claimants.map((c) => [c.id, c.side]));
  const order = new Map<string, number>();
  for (const c of claimants) {
    const s = c.side;
    if (!order.has(c.id)) order.set(c.id, claimants.filter((o) => o.side === s).indexOf(c));
  }
  const used = new Map<string, number>();
  return lines.map((line) => {
    const s = side.get(line.claimantId);
    const hues = s ? SIDE_COLOURS[s] : undefined;
    if (!hues || hues.length === 0) return UNKNOWN_COLOUR;
    const nth = used.get(line.claimantId) ?? 0;
    used.set(line.claimantId, nth + 1);
    return hues[((order.get(line.claimantId) ?? 0) + nth) % hues.length] ?? UNKNOWN_COLOUR;
  });
}

/** The latest point on or before `day`. */
function pointOnOrBefore(points: readonly SeriesPoint[], day: number): SeriesPoint | undefined {
  let found: SeriesPoint | undefined;
  for (const p of points) if (p.day <= day) found = p;
  return found;
}

function signed(value: number, locale: Locale): string {
  const { t, n } = chartWords(locale);
  return value >= 0 ? t("chart.up", { n: n(value) }) : t("chart.down", { n: n(-value) });
}

/**
 * Growth of a running total over `days` days to its latest point: from the latest point on or
 * before that day, named with its own date, since a sparse series rarely has one exactly then.
 */
export function growthSentence(points: readonly SeriesPoint[], days: number, span: string, locale: Locale = "en"): string | undefined {
  const { t, date } = chartWords(locale);
  const last = points.at(-1);
  if (!last) return undefined;
  const from = pointOnOrBefore(points, last.day - days);
  if (!from) return t("chart.noFigureBefore", { span, date: date(last.date) });
  // The change in the figure the words lead with: a model's central estimate where it gives one (its
  // range's lower end, the value drawn, moves differently), else the figure itself.
  const lead = (p: SeriesPoint) => (last.central !== undefined && from.central !== undefined ? p.central : undefined) ?? p.value;
  const values = { change: signed(lead(last) - lead(from), locale), span, date: date(last.date), words: from.words, fromDate: date(from.date) };
  return from.day === last.day - days ? t("chart.growth", values) : t("chart.growthNearest", values);
}

/** The latest figure, growth over 30 days and 12 months, in one sentence a line. */
export function lineSentence(line: Pick<ChartLine, "label" | "points" | "derived" | "offLine">, locale: Locale = "en"): string {
  const { t, date } = chartWords(locale);
  const last = line.points.at(-1);
  if (!last) return t("chart.lineNoFigure", { label: line.label });
  const parts = [t("chart.lineLatest", { label: line.label, words: last.words, date: date(last.date) })];
  const month = growthSentence(line.points, 30, t("chart.span30"), locale);
  const year = growthSentence(line.points, 365, t("chart.span12"), locale);
  if (month) parts.push(month);
  if (year) parts.push(year);
  const derived = line.derived ? ` ${line.derived.sentence}` : "";
  return `${closed(parts.join("; "))}${derived}`;
}

/**
 * The gap between two lines' latest figures, with both dates: when the dates differ, the sentence
 * says so, so that a gap in time does not read as a disagreement.
 */
export function gapSentence(a: ChartLine, b: ChartLine, sameQuantity: boolean, locale: Locale = "en"): string | undefined {
  const { t, date, times: timesOf } = chartWords(locale);
  const pa = a.points.at(-1);
  const pb = b.points.at(-1);
  if (!pa || !pb || pb.value === 0 || pa.value === 0) return undefined;
  const [hi, lo, hiLine, loLine] = pa.value >= pb.value ? [pa, pb, a, b] : [pb, pa, b, a];
  const ratio = hi.value / lo.value;
  // English keeps its "1.4 times"; the other editions take the number, for the plural of "times" ("у 14 разів").
  const times: string | number = locale === "en" ? timesOf(ratio) : ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10;
  const dates = hi.date === lo.date ? t("chart.gapBothOn", { date: date(hi.date) }) : t("chart.gapDifferentDays", { a: date(hiLine === a ? pa.date : pb.date), b: date(loLine === a ? pa.date : pb.date) });
  const what = sameQuantity ? "" : t("chart.gapDifferentArmies");
  return `${t("chart.gap", { dates, high: hiLine.label, highWords: hi.words, times, low: loLine.label, lowWords: lo.words })}${what}`;
}

/**
 * The ratio of two lines: on each day of the numerator, against the denominator's point of that day,
 * or (with `maxLagDays`) its latest point at most that many days earlier; both dates stay on the point.
 */
export function ratioPoints(numerator: readonly SeriesPoint[], denominator: readonly SeriesPoint[], maxLagDays = 0): RatioPoint[] {
  return numerator.flatMap((n) => {
    const d = pointOnOrBefore(denominator, n.day);
    return d && d.value > 0 && n.day - d.day <= maxLagDays ? [{ date: n.date, day: n.day, ratio: n.value / d.value, numerator: n, denominator: d }] : [];
  });
}

/**
 * The source line of a series chart: every claimant and every publisher behind its points, once
 * each, with the licence credit a source asks for (Oryx's CC BY).
 */
export function seriesSourceLine(lines: readonly ChartLine[], sources: ReadonlyMap<string, Source>, locale: Locale = "en"): string {
  const { t, date } = chartWords(locale);
  const parts = lines.map((line) => {
    const ids = new Set(line.points.flatMap((p) => p.claims.flatMap((c) => [c.sourceId, ...(c.alsoIn ?? []).map((a) => a.sourceId)])));
    const publishers = [...new Set([...ids].map((id) => sources.get(id)?.publisher ?? id))];
    const credits = [...new Set([...ids].flatMap((id) => sourceCredit(sources.get(id))?.replace(/\.$/, "") ?? []))];
    const first = line.points[0];
    const last = line.points.at(-1);
    const when = first && last ? (first.date === last.date ? date(first.date) : `${date(first.date)} – ${date(last.date)}`) : t("chart.noFigure");
    const values = { claimant: line.claimant, label: line.label, when, publishers: publishers.join(", ") };
    return credits.length ? t("chart.sourcePartCredits", { ...values, credits: credits.join("; ") }) : t("chart.sourcePart", values);
  });
  return t("chart.sources", { parts: [...new Set(parts)].join(". ") });
}

/** The lines a chart draws and names: those with a point, or a claim left off the line, in its range. */
export function drawnLines<L extends Pick<ChartLine, "points" | "offLine">>(lines: readonly L[]): L[] {
  return lines.filter((l) => l.points.length > 0 || l.offLine.length > 0);
}

/** Days before a range's end that a line may stop without a note saying so (a weekly figure, a late one). */
const ENDS_EARLY_DAYS = 14;

/**
 * "Oryx's history here ends on 19 Jul 2025.": a line that stops well before its range does is drawn
 * to its last point and no further; this says so in words, once a claimant and day, unless the
 * chart's own notes say it already.
 */
export function endingNotes(lines: readonly Pick<ChartLine, "points" | "claimant">[], to: IsoDate, notes: readonly string[], locale: Locale = "en"): string[] {
  const { t, date } = chartWords(locale);
  const end = Date.parse(`${to}T00:00:00Z`) / 86_400_000;
  const out: string[] = [];
  for (const line of lines) {
    const last = line.points.at(-1);
    if (!last || end - last.day <= ENDS_EARLY_DAYS) continue;
    const when = date(last.date);
    const note = closed(t("chart.endsOn", { claimant: line.claimant, date: when }).replace(/\.$/, ""));
    // The chart's own notes may say it already, in either of the edition's date forms.
    const forms = [when, formatDateIn(locale, last.date, "long")];
    if (!out.includes(note) && !notes.some((n) => forms.some((f) => n.includes(f)))) out.push(note);
  }
  return out;
}

/**
 * The value axis's end: a round number just above the largest figure (29,698 → 30,000), from
 * d3-scale's nice(), with about `ticks` steps.
 */
export function seriesAxisMax(largest: number, ticks = 4): number {
  if (largest <= 0) return 1;
  return scaleLinear().domain([0, largest]).nice(ticks).domain()[1] ?? largest;
}

/** The first and last point days of a comparison, over every line. */
export function dataSpan(lines: readonly ShapedLine[]): { first: IsoDate; last: IsoDate } | undefined {
  const dates = lines.flatMap((l) => l.points.map((p) => p.date)).sort();
  const first = dates[0];
  const last = dates.at(-1);
  return first && last ? { first, last } : undefined;
}

function figureClaims(dataset: Dataset): FigureClaim[] {
  return dataset.claims.filter((c): c is FigureClaim => c.kind === "figure");
}

/** Every line of a comparison over its whole span, shaped once; ranges cut from these. */
export function shapeLines(comparison: SeriesComparison, dataset: Dataset, locale: Locale = "en"): ShapedLine[] {
  const claims = figureClaims(dataset);
  const shown = comparisonIn(comparison, locale) as SeriesComparison;
  return shown.lines.map((line) => shapeLine(line, claims, locale));
}

/** The ranges of a comparison that hold data. */
export function availableRanges(comparison: SeriesComparison, lines: readonly ShapedLine[]): SeriesRange[] {
  const data = dataSpan(lines);
  if (!data) return ["all"];
  return SERIES_RANGES.filter((r) => r === "all" || rangeSpan(r, comparison.span, data) !== undefined);
}

/** Shapes one range of a series comparison into what its chart, page, embed and CSV show. */
export function shapeSeriesChart(
  english: SeriesComparison,
  dataset: Dataset,
  range: SeriesRange,
  shaped: readonly ShapedLine[] = shapeLines(english, dataset),
  locale: Locale = "en",
): SeriesChart {
  const { t, date } = chartWords(locale);
  const comparison = comparisonIn(english, locale) as SeriesComparison;
  const data = dataSpan(shaped) ?? { first: comparison.span.from, last: comparison.span.to ?? comparison.span.from };
  const span = rangeSpan(range, comparison.span, data) ?? { from: comparison.span.from, to: data.last };
  const colours = lineColours(shaped, dataset.claimants);
  const names = new Map(dataset.claimants.map((c) => [c.id, claimantIn(c, locale).name]));
  const lines: ChartLine[] = shaped.map((line, i) => {
    const points = pointsBetween(line.points, span.from, span.to);
    return {
      ...line,
      colour: colours[i] ?? UNKNOWN_COLOUR,
      claimant: names.get(line.claimantId) ?? line.claimantId,
      claimantNames: Object.fromEntries([...new Set(points.flatMap((p) => p.claims.map((c) => c.claimantId)))].map((id) => [id, names.get(id) ?? id])),
      points,
      offLine: line.offLine.filter((o) => o.date >= span.from && o.date <= span.to),
      latest: points.at(-1),
    };
  });
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const largest = Math.max(0, ...lines.flatMap((l) => l.points.map((p) => p.valueHigh ?? p.value)), ...lines.flatMap((l) => l.offLine.map((o) => (o.claim.qualifier === "vague" ? 0 : o.claim.value))));
  const ratioDef = comparison.ratio;
  const num = lines.find((l) => l.id === ratioDef?.numerator);
  const den = lines.find((l) => l.id === ratioDef?.denominator);
  const ratio = ratioDef && num && den ? ratioPoints(num.points, den.points, ratioDef.maxLagDays) : undefined;
  const claimLines = lines.filter((l) => l.role === "claim" && l.points.length > 0);
  const summaryLines = lines.map((l) => lineSentence(l, locale));
  if (ratio && ratioDef && ratio.length > 0) {
    const last = ratio.at(-1);
    const first = ratio[0];
    const against = (r: RatioPoint) =>
      r.denominator.date === r.date ? t("chart.ratioAgainst", { n: r.numerator.words, d: r.denominator.words }) : t("chart.ratioAgainstOf", { n: r.numerator.words, d: r.denominator.words, date: date(r.denominator.date) });
    if (last && first) summaryLines.push(t("chart.ratioSentence", { label: ratioDef.label, last: ratioFixed(last.ratio, locale), lastDate: date(last.date), lastAgainst: against(last), first: ratioFixed(first.ratio, locale), firstDate: date(first.date), firstAgainst: against(first) }));
  } else if (claimLines.length >= 2) {
    const [a, b] = claimLines;
    const gap = a && b ? gapSentence(a, b, false, locale) : undefined;
    if (gap) summaryLines.push(gap);
  }
  const offLine = lines.flatMap((l) => l.offLine.map((o) => ({ ...o, line: l.label })));
  if (offLine.length > 0) summaryLines.push(t("chart.offLineCount", { count: offLine.length }));
  const latestDate = lines.flatMap((l) => (l.latest ? [l.latest.date] : [])).sort().at(-1) ?? span.to;
  const available = availableRanges(comparison, shaped);
  return {
    slug: rangeSlug(comparison.slug, range),
    comparisonSlug: comparison.slug,
    range,
    locale,
    rangeLabel: rangeLabel(range, locale),
    ranges: available.map((r) => ({ range: r, label: rangeLabel(r, locale), slug: rangeSlug(comparison.slug, r), current: r === range })),
    title: range === "all" ? comparison.title : `${comparison.title} (${rangeLabel(range, locale)})`,
    summary: comparison.summary,
    from: span.from,
    to: span.to,
    lines,
    axisMax: seriesAxisMax(largest),
    ratio: ratio && ratioDef ? { label: ratioDef.label, points: ratio, axisMax: niceAxisMax(Math.max(1, ...ratio.map((r) => r.ratio))) } : undefined,
    offLine,
    endings: endingNotes(lines, span.to, [...comparison.comparability, ...comparison.notes], locale),
    sourceLine: seriesSourceLine(drawnLines(lines), sources, locale),
    textSummary: summaryLines.join(" "),
    summaryLines,
    comparability: comparison.comparability,
    notes: comparison.notes,
    methodology: comparison.methodology,
    topic: comparison.topic,
    ...(comparison.controlMarks ? { controlMarks: controlMarks(dataset, span.from, span.to, locale) } : {}),
    latestDate,
  };
}


/** A ratio to one decimal place, as the edition writes it ("2.4", "2,4"). */
function ratioFixed(ratio: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_TAGS[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(ratio);
}

/** A sentence's full stop, unless it ends with one already ("… 2026 р."). */
export function closed(sentence: string): string {
  return sentence.endsWith(".") ? sentence : `${sentence}.`;
}
