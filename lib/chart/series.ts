import type { FigureClaim, Metric, Qualifier } from "../model/claims";
import { METRIC_INFO } from "../model/claims";
import type { SeriesLine } from "../model/comparisons";
import { formatDate, type IsoDate } from "../model/dates";
import { doubtIn, doubtLabel, DOUBTS_OFF_THE_LINE } from "../model/doubts";
import { metricInfo, unitAfter } from "../model/metric-names";
import type { Locale } from "../i18n/locales";
import { longLabel, qualifiedWords, shortLabel } from "./figures";
import { chartWords } from "./words";

/** A point's qualifier: a line draws only figures with a number, so never "vague". */
export type PointQualifier = Exclude<Qualifier, "vague">;

/** One part of a derived (summed) point: the claim that gave that part's figure. */
export interface PointPart {
  metric: Metric;
  claim: FigureClaim;
}

/**
 * One point of a line: a date and a figure, and the claims it comes from. A point of a plain line
 * is one figure, stated by one claim or relayed in the same words by several; a point of a sum is
 * one claim a part, all of the same day. Nothing is interpolated: a point exists only where a claim does.
 */
export interface SeriesPoint {
  date: IsoDate;
  /** Days since 1970-01-01, for the time axis. */
  day: number;
  value: number;
  /** A range's upper end. */
  valueHigh?: number;
  /** The central figure a range's record gives beside it (a model's estimate). */
  central?: number;
  qualifier: PointQualifier;
  /** ">470", "~2,800", "1,234". */
  label: string;
  /** "more than 470", "about 2,800". */
  words: string;
  /** The claims behind the point: relays of one figure, or the parts of a sum. */
  claims: FigureClaim[];
  parts?: PointPart[];
  /** Why this point is marked as a revision, or undefined. */
  revision?: string;
  /** The line is broken before this point: too long since the one before to draw a line between them. */
  breakBefore: boolean;
}

/** A claim that matches a line but is not drawn on it, with why. */
export interface OffLineClaim {
  claim: FigureClaim;
  date: IsoDate;
  words: string;
  reason: string;
}

export type Cadence = "daily" | "sparse";

export interface ShapedLine {
  id: string;
  claimantId: string;
  label: string;
  about: string;
  role: SeriesLine["role"];
  draw: NonNullable<SeriesLine["draw"]>;
  caveat?: string;
  /** Set for a sum (what it adds up, e.g. "tanks + armoured combat vehicles") or a running total of period counts. */
  derived?: { metrics: Metric[]; adds: string; sentence: string };
  cadence: Cadence;
  points: SeriesPoint[];
  /** Left off the line (doubted, or with no number): listed beside the chart. */
  offLine: OffLineClaim[];
}

const DAY_MS = 86_400_000;

/** "2022-03-02" → days since 1970-01-01, in UTC, so no time zone shifts a date. */
export function dayNumber(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function dateOfDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The day a figure counts up to: the period's "as of" day when the claim states one (a tally's
 * record), else the day it was stated.
 */
export function pointDate(claim: FigureClaim): IsoDate {
  return claim.period?.asOf ?? claim.statedOn.date;
}

/** Why a claim is kept off the line, or undefined when it may be drawn. */
export function offLineReason(claim: FigureClaim, locale: Locale = "en"): string | undefined {
  const { t } = chartWords(locale);
  const doubts = (claim.doubts ?? []).filter((d) => DOUBTS_OFF_THE_LINE.includes(d.kind));
  if (doubts.length > 0) return doubts.map((d) => `${doubtLabel(d.kind, locale)}: ${doubtIn(d, locale).note}`).join("; ");
  if (claim.qualifier === "vague") return t("chart.offLineVague", { term: claim.vagueTerm });
  return undefined;
}

/** The claims a line is drawn from: this claimant's, about this subject, in these metrics. */
export function lineClaims(line: Pick<SeriesLine, "claimantId" | "subject" | "alsoClaimants" | "sources">, metrics: readonly Metric[], claims: readonly FigureClaim[]): FigureClaim[] {
  const claimants = new Set([line.claimantId, ...(line.alsoClaimants ?? [])]);
  const sources = line.sources ? new Set(line.sources) : undefined;
  return claims.filter((c) => claimants.has(c.claimantId) && c.subject === line.subject && metrics.includes(c.metric) && (!sources || sources.has(c.sourceId)));
}

/** A series with a figure the next day at least 4 times in 5 is daily (a tally); the rest are sparse (briefings, snapshots). */
export function cadenceOf(days: readonly number[]): Cadence {
  if (days.length < 3) return "sparse";
  const gaps = days.slice(1).map((d, i) => d - (days[i] ?? d));
  return gaps.filter((g) => g <= 1).length >= 0.8 * gaps.length ? "daily" : "sparse";
}

/**
 * How long a silence breaks a line. A daily tally that skips more than 3 days has a gap, drawn as
 * one; a sparse series is points with a thin line between them, broken after 120 days without a figure.
 */
export const BREAK_AFTER_DAYS: Record<Cadence, number> = { daily: 3, sparse: 120 };

function pointFrom(claims: FigureClaim[], locale: Locale): SeriesPoint {
  const { n } = chartWords(locale);
  const first = claims[0];
  if (!first || first.qualifier === "vague") throw new Error("a point needs a claim with a number");
  const date = pointDate(first);
  const central = first.table?.central?.value;
  return {
    date,
    day: dayNumber(date),
    value: first.value,
    valueHigh: first.qualifier === "range" ? first.valueHigh : undefined,
    central,
    qualifier: first.qualifier,
    // A range with its central figure (a model's estimate) is labelled by the central figure, its range in the words.
    label: central === undefined ? shortLabel(first, locale) : `~${n(central)}`,
    words: central === undefined ? longLabel(first, locale) : `${n(central)}, ${longLabel(first, locale)}`,
    claims,
    breakBefore: false,
  };
}

const sameFigure = (a: FigureClaim, b: FigureClaim) =>
  a.qualifier === b.qualifier && a.qualifier !== "vague" && b.qualifier !== "vague" && a.value === b.value && (a.qualifier !== "range" || (b.qualifier === "range" && a.valueHigh === b.valueHigh));

/**
 * The points of one metric's claims: one per day and figure. The same figure relayed by several
 * outlets on one day is one point with every relay behind it; two different figures on one day are
 * two points (and marked by their claims' doubts, if any).
 */
export function pointsOf(claims: readonly FigureClaim[], locale: Locale = "en"): { points: SeriesPoint[]; offLine: OffLineClaim[] } {
  const offLine: OffLineClaim[] = [];
  const groups: FigureClaim[][] = [];
  const byDay = new Map<IsoDate, FigureClaim[][]>();
  for (const claim of claims) {
    const reason = offLineReason(claim, locale);
    if (reason) {
      offLine.push({ claim, date: pointDate(claim), words: longLabel(claim, locale), reason });
      continue;
    }
    const day = pointDate(claim);
    const here = byDay.get(day) ?? [];
    const same = here.find((g) => g[0] && sameFigure(g[0], claim));
    if (same) same.push(claim);
    else {
      const group = [claim];
      here.push(group);
      groups.push(group);
      byDay.set(day, here);
    }
  }
  const points = groups.map((g) => pointFrom(g, locale)).sort((a, b) => a.day - b.day || a.value - b.value);
  return { points, offLine: offLine.sort((a, b) => a.date.localeCompare(b.date)) };
}

/** The qualifier of a sum: exact only if every part is; "about" if any part is; a lower bound if every part is exact or a lower bound. */
export function sumQualifier(qualifiers: readonly PointQualifier[]): PointQualifier | undefined {
  if (qualifiers.every((q) => q === "exact")) return "exact";
  if (qualifiers.some((q) => q === "range" || q === "up-to")) return undefined;
  if (qualifiers.some((q) => q === "about")) return "about";
  if (qualifiers.every((q) => q === "exact" || q === "more-than" || q === "at-least")) return qualifiers.includes("more-than") ? "more-than" : "at-least";
  return undefined;
}

const QUALIFIER_SIGN: Record<PointQualifier, string> = { exact: "", "more-than": ">", "at-least": "≥", about: "~", "up-to": "≤", range: "" };

/**
 * The points of a sum of metrics: only on days where every part has exactly one figure, so a
 * missing part leaves a gap, never a partial sum. Each point keeps the claim of every part.
 */
export function sumPoints(metrics: readonly Metric[], claims: readonly FigureClaim[], locale: Locale = "en"): { points: SeriesPoint[]; offLine: OffLineClaim[] } {
  const { n } = chartWords(locale);
  const perMetric = metrics.map((metric) => ({ metric, ...pointsOf(claims.filter((c) => c.metric === metric), locale) }));
  const offLine = perMetric.flatMap((m) => m.offLine);
  const days = new Map<IsoDate, Map<Metric, SeriesPoint[]>>();
  for (const m of perMetric) {
    for (const p of m.points) {
      const here = days.get(p.date) ?? new Map<Metric, SeriesPoint[]>();
      here.set(m.metric, [...(here.get(m.metric) ?? []), p]);
      days.set(p.date, here);
    }
  }
  const points: SeriesPoint[] = [];
  for (const [date, parts] of days) {
    const each = metrics.map((metric) => parts.get(metric));
    // Every part, once: two figures for one part on one day would make two sums, neither stated.
    if (!each.every((p) => p?.length === 1)) continue;
    const partPoints = each.map((p) => p?.[0]).filter((p): p is SeriesPoint => p !== undefined);
    const qualifier = sumQualifier(partPoints.map((p) => p.qualifier));
    if (!qualifier) continue;
    const value = partPoints.reduce((total, p) => total + p.value, 0);
    const amount = qualifier === "range" ? n(value) : qualifiedWords(qualifier, value, locale);
    points.push({
      date,
      day: dayNumber(date),
      value,
      qualifier,
      label: `${QUALIFIER_SIGN[qualifier]}${n(value)}`,
      words: `${amount} (${partPoints.map((p, i) => `${p.words} ${unitAfter(metrics[i] ?? "tanks", p, locale)}`).join(" + ")})`,
      claims: partPoints.flatMap((p) => p.claims),
      parts: partPoints.map((p, i) => ({ metric: metrics[i] ?? "tanks", claim: p.claims[0] as FigureClaim })),
      breakBefore: false,
    });
  }
  return { points: points.sort((a, b) => a.day - b.day), offLine };
}

const REVISION_NOTE = /\b(correct|revis)/i;

/**
 * Marks revisions, in place: a running total that falls below the point before it, a claim doubted
 * as falling below an earlier total, or a claim whose note says it was corrected or revised.
 * And breaks the line where a silence is longer than its cadence allows.
 */
export function markPoints(points: SeriesPoint[], cadence: Cadence, locale: Locale = "en"): SeriesPoint[] {
  const { t, date } = chartWords(locale);
  let previous: SeriesPoint | undefined;
  for (const point of points) {
    const reasons: string[] = [];
    if (previous && point.value < previous.value && point.day > previous.day) reasons.push(t("chart.revisionLower", { label: previous.label, date: date(previous.date) }));
    for (const claim of point.claims) {
      if (claim.doubts?.some((d) => d.kind === "falls-below-earlier") && reasons.length === 0) reasons.push(t("chart.revisionDoubted"));
      if (claim.note && REVISION_NOTE.test(claim.note)) reasons.push(claim.note);
    }
    point.revision = reasons.length > 0 ? [...new Set(reasons)].join("; ") : undefined;
    point.breakBefore = previous !== undefined && point.day - previous.day > BREAK_AFTER_DAYS[cadence];
    previous = point;
  }
  return points;
}

function sumDerived(metrics: readonly Metric[], locale: Locale): NonNullable<ShapedLine["derived"]> {
  const adds = sumUnit(metrics, locale);
  return { metrics: [...metrics], adds, sentence: chartWords(locale).t("chart.derivedSum", { adds }) };
}

/** A role's words in one edition: "as claimed", "як заявлено". */
export function roleLabel(role: ShapedLine["role"], locale: Locale = "en"): string {
  return chartWords(locale).t(`chart.roles.${role}`);
}

/** A line of a comparison, drawn from the dataset's figure claims. */
export function shapeLine(line: SeriesLine, claims: readonly FigureClaim[], locale: Locale = "en"): ShapedLine {
  const { t } = chartWords(locale);
  // A renamed type is one quantity: its claims under each name make one line, as pointsOf draws any.
  const metrics = line.sum ?? line.renamed ?? (line.metric ? [line.metric] : []);
  const matching = lineClaims(line, metrics, claims);
  const shaped = line.sum ? sumPoints(line.sum, matching, locale) : pointsOf(matching, locale);
  const points = line.accumulate ? runningTotal(shaped.points, locale) : shaped.points;
  const offLine = shaped.offLine;
  const cadence = cadenceOf(points.map((p) => p.day));
  return {
    id: line.id,
    claimantId: line.claimantId,
    label: line.label,
    about: line.about,
    role: line.role,
    // Several bodies' figures are never joined into one line.
    draw: line.draw ?? (line.alsoClaimants ? "points" : "line"),
    ...(line.caveat ? { caveat: line.caveat } : {}),
    derived: line.sum
      ? sumDerived(line.sum, locale)
      : line.accumulate && line.metric
        ? {
            metrics: [line.metric],
            adds: t("chart.runningTotalAdds"),
            sentence: t("chart.derivedRunningTotal", { metric: metricInfo(line.metric, locale).label.toLowerCase() }),
          }
        : undefined,
    cadence,
    // A fall is a revision only within one body's own running total: separate estimates, a model's days and a level (area) are not totals that fell.
    points: (line.draw ?? (line.alsoClaimants ? "points" : "line")) === "line" && !line.level ? markPoints(points, cadence, locale) : markPoints(points, cadence, locale).map((p) => ({ ...p, revision: undefined })),
    offLine,
  };
}

/**
 * A running total of counts that each cover one period (a week's named dead), each point dated by its
 * period's end and keeping every claim added into it. Derived, and labelled so: the table states
 * only the weekly counts. Only exact counts add up; a line of anything else is left as it is.
 */
export function runningTotal(points: readonly SeriesPoint[], locale: Locale = "en"): SeriesPoint[] {
  const { t, n, date } = chartWords(locale);
  if (points.some((p) => p.qualifier !== "exact")) return [...points];
  let total = 0;
  const claims: FigureClaim[] = [];
  return points.map((p) => {
    total += p.value;
    claims.push(...p.claims);
    return { ...p, value: total, label: n(total), words: t("chart.runningTotalWords", { total: n(total), count: claims.length, date: date(p.date) }), claims: [...p.claims] };
  });
}

/** What a sum counts, in words: "tanks + armoured combat vehicles". */
export function sumUnit(metrics: readonly Metric[], locale: Locale = "en"): string {
  return [...new Set(metrics.map((m) => metricInfo(m, locale).unit))].join(" + ");
}

/** The points of a line within [from, to] (inclusive). The first point in the window never breaks. */
export function pointsBetween(points: readonly SeriesPoint[], from: IsoDate, to: IsoDate): SeriesPoint[] {
  const inside = points.filter((p) => p.date >= from && p.date <= to);
  return inside.map((p, i) => (i === 0 && p.breakBefore ? { ...p, breakBefore: false } : p));
}
