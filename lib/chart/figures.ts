import { type Attribution, attribute, sourceLine, statedPhrase } from "./attribution";
import type { Claimant } from "../model/claimants";
import type { ControlClaim, FigureClaim } from "../model/claims";
import { CONTROL_STATUS_LABELS, METRIC_INFO } from "../model/claims";
import type { ControlComparison, FigureComparison } from "../model/comparisons";
import type { Dataset } from "../dataset/validate";
import { claimantColours, UNKNOWN_COLOUR } from "./palette";
import type { Source } from "../model/sources";
import { formatNumber } from "./readout";
import { chartWords } from "./words";
import { claimantIn } from "../model/claimants";
import { controlStatusLabel } from "../model/claims";
import { unitAfter } from "../model/metric-names";
import { NO_TERMS, placeDetailIn, placeIn, subjectIn, type Terms } from "../model/terms";
import { INTL_TAGS, type Locale } from "../i18n/locales";

export interface ChartSeries {
  claimantId: string;
  name: string;
  shortName: string;
  about: string;
  colour: string;
}

/**
 * One bar, or the absence of one. `start`/`end` are positions on the value axis; a cell with no
 * number ("not reported", or a vague "hundreds") has none, and is never drawn as a zero bar.
 */
export type ChartCell =
  | { kind: "not-reported"; claimantId: string; label: string }
  | { kind: "vague"; claimantId: string; label: string; claim: FigureClaim; attribution: Attribution }
  | {
      kind: "figure";
      claimantId: string;
      /** As short as the chart allows: ">470", "~120", "10–20", "58". */
      label: string;
      start: number;
      end: number;
      /** "more than" / "at least": the true figure may lie beyond the bar's end. */
      openEnd: boolean;
      /** "about": the end is approximate. */
      approximate: boolean;
      /** "up to": the true figure may lie anywhere below the end. */
      upperBound: boolean;
      claim: FigureClaim;
      attribution: Attribution;
    };

export interface ChartRow {
  categoryId: string;
  label: string;
  /** Why the figures in this row count different things; undefined when they are comparable. */
  notComparable?: string;
  cells: ChartCell[];
}

export interface Gap {
  categoryId: string;
  /** ">14×", "about 3×", "2.5×". */
  ratio: string;
  larger: string;
  smaller: string;
  sentence: string;
  /** The heading's words: the ratio, and, when the figures are of different dates, that they are. */
  headline: string;
  caveats: string[];
}

export interface FigureChart {
  /** The edition its words are in. */
  locale: Locale;
  slug: string;
  title: string;
  summary: string;
  series: ChartSeries[];
  rows: ChartRow[];
  /** The value axis runs from 0 to here. */
  axisMax: number;
  gap?: Gap;
  attributions: Attribution[];
  sourceLine: string;
  /** The chart said in words, for screen readers and for readers without the picture. */
  textSummary: string;
  /** The same, one sentence a category. */
  summaryLines: string[];
  notes: string[];
  methodology: string;
}

export { formatNumber };

/** The figure as short as a bar label can be, keeping its qualifier: ">470", "≥12", "~120", "≤5", "10–20". */
export function shortLabel(claim: FigureClaim, locale: Locale = "en"): string {
  const n = chartWords(locale).n;
  switch (claim.qualifier) {
    case "exact":
      return n(claim.value);
    case "more-than":
      return `>${n(claim.value)}`;
    case "at-least":
      return `≥${n(claim.value)}`;
    case "about":
      return `~${n(claim.value)}`;
    case "up-to":
      return `≤${n(claim.value)}`;
    case "range":
      return `${n(claim.value)}–${n(claim.valueHigh)}`;
    case "vague":
      return claim.vagueTerm;
  }
}

/** A figure with its qualifier in words: "more than 470" / "понад 470" / "более 470". */
export function qualifiedWords(qualifier: Exclude<FigureClaim["qualifier"], "vague" | "range">, value: number, locale: Locale = "en"): string {
  const { t, n } = chartWords(locale);
  switch (qualifier) {
    case "exact":
      return n(value);
    case "more-than":
      return t("chart.long.moreThan", { n: n(value) });
    case "at-least":
      return t("chart.long.atLeast", { n: n(value) });
    case "about":
      return t("chart.long.about", { n: n(value) });
    case "up-to":
      return t("chart.long.upTo", { n: n(value) });
  }
}

/** The figure in words, for tables and text: "more than 470", "about 120", "between 10 and 20". */
export function longLabel(claim: FigureClaim, locale: Locale = "en"): string {
  const { t, n } = chartWords(locale);
  switch (claim.qualifier) {
    case "range":
      return t("chart.long.range", { low: n(claim.value), high: n(claim.valueHigh) });
    case "vague":
      return t("chart.long.vague", { term: claim.vagueTerm });
    default:
      return qualifiedWords(claim.qualifier, claim.value, locale);
  }
}

/**
 * A claim of control in words, with its scope: "under control" of a region's centre is not of the
 * city, so the scope goes with the status everywhere it is shown.
 */
export function statusLabel(claim: ControlClaim, locale: Locale = "en", terms: Terms = NO_TERMS): string {
  const status = controlStatusLabel(claim.status, locale);
  return claim.placeDetail ? `${status} (${placeDetailIn(terms, claim.placeDetail, locale)})` : status;
}

export function shapeCell(claim: FigureClaim, attribution: Attribution, locale: Locale = "en"): ChartCell {
  const base = { claimantId: claim.claimantId, claim, attribution };
  if (claim.qualifier === "vague") return { ...base, kind: "vague", label: claim.vagueTerm };
  return {
    ...base,
    kind: "figure",
    label: shortLabel(claim, locale),
    start: claim.qualifier === "range" ? claim.value : 0,
    end: claim.qualifier === "range" ? claim.valueHigh : claim.value,
    openEnd: claim.qualifier === "more-than" || claim.qualifier === "at-least",
    approximate: claim.qualifier === "about",
    upperBound: claim.qualifier === "up-to",
  };
}

/** A rounded axis end a little beyond the largest bar, so open ends and labels have room. */
export function niceAxisMax(largest: number): number {
  if (largest <= 0) return 1;
  const padded = largest * 1.12;
  const magnitude = 10 ** Math.floor(Math.log10(padded));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * magnitude >= padded) return step * magnitude;
  }
  return 10 * magnitude;
}

/**
 * Round ticks from 0 to the axis end: `steps` equal steps when they fall on round numbers, else the
 * largest round step that fits (0, 500, 1,000… rather than 0, 650, 1,300).
 */
export function axisTicks(axisMax: number, steps: number): number[] {
  const raw = axisMax / steps;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = 0; t <= axisMax + step / 1e6; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

const LOWER_BOUND = new Set(["more-than", "at-least"]);

/**
 * How many times one claim is the other, with the qualifiers carried through: a "more than" figure
 * over an exact one gives a lower bound (">14×"). Undefined when the claims do not allow a ratio.
 */
export function gapRatio(larger: FigureClaim, smaller: FigureClaim): string | undefined {
  if (larger.qualifier === "vague" || smaller.qualifier === "vague" || larger.qualifier === "range" || smaller.qualifier === "range") return undefined;
  if (smaller.value === 0) return undefined;
  const ratio = larger.value / smaller.value;
  const round = (r: number) => (r >= 10 ? String(Math.floor(r)) : (Math.floor(r * 10) / 10).toFixed(1));
  if (larger.qualifier === "about" || smaller.qualifier === "about") return `about ${ratio >= 10 ? Math.round(ratio) : ratio.toFixed(1)}×`;
  const largerLower = LOWER_BOUND.has(larger.qualifier);
  const smallerLower = LOWER_BOUND.has(smaller.qualifier);
  if (largerLower && !smallerLower && smaller.qualifier !== "up-to") return `>${round(ratio)}×`;
  if (larger.qualifier === "exact" && smaller.qualifier === "exact") return `${ratio >= 10 ? Math.round(ratio) : ratio.toFixed(1)}×`;
  return undefined;
}

/** ">14×" → "more than 14 times"; "about 3.0×" → "about 3.0 times"; "1.9×" → "1.9 times". */
export function ratioInWords(ratio: string): string {
  return ratio.replace(/^>/, "more than ").replace(/×$/, " times");
}

interface Lookup {
  claimants: Map<string, { claimant: Claimant; colour: string }>;
  sources: Map<string, Source>;
  claims: Map<string, FigureClaim | ControlClaim>;
}

function lookup(dataset: Dataset, locale: Locale = "en"): Lookup {
  const colours = claimantColours(dataset.claimants);
  return {
    claimants: new Map(dataset.claimants.map((claimant) => [claimant.id, { claimant: claimantIn(claimant, locale), colour: colours.get(claimant.id) ?? UNKNOWN_COLOUR }])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    claims: new Map(dataset.claims.map((c) => [c.id, c])),
  };
}


function summaryLines(series: readonly ChartSeries[], rows: readonly ChartRow[], locale: Locale, terms: Terms): string[] {
  const { t } = chartWords(locale);
  const names = new Map(series.map((s) => [s.claimantId, s.shortName]));
  return rows
    .map((row) => {
      const parts = row.cells.map((cell) => {
        const who = names.get(cell.claimantId) ?? cell.claimantId;
        if (cell.kind === "not-reported") return `${who}: ${t("chart.figures.notReported")}`;
        return `${who}: ${longLabel(cell.claim, locale)} (${subjectIn(terms, cell.claim.subject, locale)})`;
      });
      return `${row.label}: ${parts.join("; ")}.${row.notComparable ? ` ${t("chart.figures.notComparable", { why: row.notComparable })}` : ""}`;
    });
}

/** Shapes a figures comparison into what a chart draws: rows of cells in series order, plus words. */
export function shapeFigureChart(comparison: FigureComparison, dataset: Dataset, locale: Locale = "en"): FigureChart {
  const { claimants, sources, claims } = lookup(dataset, locale);
  const { t } = chartWords(locale);
  const terms = dataset.terms ?? NO_TERMS;
  const series: ChartSeries[] = comparison.series.map((s) => {
    const entry = claimants.get(s.claimantId);
    const name = entry?.claimant.name ?? s.claimantId;
    return { claimantId: s.claimantId, name, shortName: entry?.claimant.shortName ?? name, about: s.about, colour: entry?.colour ?? UNKNOWN_COLOUR };
  });
  const attributions: Attribution[] = [];
  const rows: ChartRow[] = comparison.categories.map((category) => ({
    categoryId: category.id,
    label: category.label,
    notComparable: category.notComparable?.why,
    cells: series.map((s): ChartCell => {
      const claimId = category.claims[s.claimantId];
      const claim = claimId === undefined ? undefined : claims.get(claimId);
      if (!claim || claim.kind !== "figure") return { kind: "not-reported", claimantId: s.claimantId, label: t("chart.figures.notReported") };
      const attribution = attribute(claim, claimants.get(claim.claimantId)?.claimant, sources.get(claim.sourceId), locale);
      attributions.push(attribution);
      return shapeCell(claim, attribution, locale);
    }),
  }));
  const lines = summaryLines(series, rows, locale, terms);
  const largest = Math.max(0, ...rows.flatMap((r) => r.cells.map((c) => (c.kind === "figure" ? c.end : 0))));
  return {
    locale,
    slug: comparison.slug,
    title: comparison.title,
    summary: comparison.summary,
    series,
    rows,
    axisMax: niceAxisMax(largest),
    gap: comparison.sameQuantity ? shapeGap(comparison, rows, series, locale) : undefined,
    attributions,
    sourceLine: sourceLine(attributions, locale),
    textSummary: lines.join(" "),
    summaryLines: lines,
    notes: comparison.notes,
    methodology: comparison.methodology,
  };
}

function shapeGap(comparison: FigureComparison, rows: readonly ChartRow[], series: readonly ChartSeries[], locale: Locale): Gap | undefined {
  const { t } = chartWords(locale);
  const same = comparison.sameQuantity;
  const row = rows.find((r) => r.categoryId === same?.categoryId);
  if (!same || !row) return undefined;
  const figures = row.cells.filter((c) => c.kind === "figure").sort((a, b) => b.end - a.end);
  const [larger, smaller] = figures;
  if (!larger || !smaller) return undefined;
  const ratio = gapRatio(larger.claim, smaller.claim);
  if (!ratio) return undefined;
  const name = (id: string) => series.find((s) => s.claimantId === id)?.name ?? id;
  const unit = unitAfter(larger.claim.metric, larger.claim, locale);
  // A ratio of figures stated on different days mixes a gap in time with any disagreement: the sentence says so.
  const a = larger.claim.statedOn;
  const b = smaller.claim.statedOn;
  const sameDay = a.date === b.date && a.precision === "day" && b.precision === "day";
  const when = sameDay ? "" : t("chart.figures.gapDates", { a: statedPhrase(a, locale), b: statedPhrase(b, locale) });
  const largerWords = `${name(larger.claimantId)}: ${longLabel(larger.claim, locale)}`;
  const smallerWords = `${name(smaller.claimantId)}: ${longLabel(smaller.claim, locale)}`;
  return {
    categoryId: row.categoryId,
    ratio: localRatio(ratio, locale),
    larger: largerWords,
    smaller: smallerWords,
    sentence: `${t("chart.figures.gapSentence", { larger: largerWords, unit, smaller: smallerWords, ratio: ratioWordsIn(ratio, locale) })}${when}`,
    headline: sameDay ? localRatio(ratio, locale) : t("chart.figures.gapHeadlineDates", { ratio: localRatio(ratio, locale) }),
    caveats: same.caveats,
  };
}

export interface ControlEntry {
  claim: ControlClaim;
  claimant: string;
  colour: string;
  status: string;
  attribution: Attribution;
  /** Set when this claim is probably an earlier entry's statement reported again: it is not counted twice. */
  sameAs?: { claimId: string; why: string };
}

export interface ControlTimeline {
  /** How many claims assert each status, in the order first claimed: the timeline at a glance. */
  tally: { status: string; claims: number }[];
  slug: string;
  title: string;
  summary: string;
  place: string;
  entries: ControlEntry[];
  sourceLine: string;
  notes: string[];
  methodology: string;
}

/** How many statements assert each status: a statement reported twice (`sameAs`) counts once. */
export function statusTally(entries: readonly ControlEntry[], locale: Locale = "en"): { status: string; claims: number }[] {
  const counts = new Map<string, number>();
  for (const e of entries) {
    if (e.sameAs) continue;
    const status = controlStatusLabel(e.claim.status, locale);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return [...counts].map(([status, claims]) => ({ status, claims }));
}

/** Claims of control in the order they were stated; claims of the same day keep the order given. */
export function shapeControlTimeline(comparison: ControlComparison, dataset: Dataset, locale: Locale = "en"): ControlTimeline {
  const entries = markSameStatements(shapeControlEntries(comparison.claims, dataset, locale), comparison.sameStatement);
  return {
    tally: statusTally(entries, locale),
    slug: comparison.slug,
    title: comparison.title,
    summary: comparison.summary,
    place: placeIn(dataset.terms ?? NO_TERMS, comparison.place, locale),
    entries,
    sourceLine: sourceLine(entries.map((e) => e.attribution), locale),
    notes: comparison.notes,
    methodology: comparison.methodology,
  };
}

/** Marks every claim of a same-statement group but the first stated as that one's repetition. */
export function markSameStatements(entries: ControlEntry[], groups: readonly { claims: readonly string[]; why: string }[]): ControlEntry[] {
  for (const group of groups) {
    const members = entries.filter((e) => group.claims.includes(e.claim.id));
    const [first, ...rest] = members;
    if (!first) continue;
    for (const e of rest) e.sameAs = { claimId: first.claim.id, why: group.why };
  }
  return entries;
}

/** The named claims of control, attributed, in the order stated; the same day keeps the order given. */
export function shapeControlEntries(claimIds: readonly string[], dataset: Dataset, locale: Locale = "en"): ControlEntry[] {
  const { claimants, sources, claims } = lookup(dataset, locale);
  const terms = dataset.terms ?? NO_TERMS;
  return claimIds
    .map((id) => claims.get(id))
    .filter((c): c is ControlClaim => c?.kind === "control")
    .map((claim) => {
      const entry = claimants.get(claim.claimantId);
      return {
        claim,
        claimant: entry?.claimant.name ?? claim.claimantId,
        colour: entry?.colour ?? UNKNOWN_COLOUR,
        status: statusLabel(claim, locale, terms),
        attribution: attribute(claim, entry?.claimant, sources.get(claim.sourceId), locale),
      };
    })
    .sort((a, b) => a.claim.statedOn.date.localeCompare(b.claim.statedOn.date));
}

/** A gap's ratio as the edition writes it: ">14×", "~3,0×" (Intl's decimal sign). */
function localRatio(ratio: string, locale: Locale): string {
  if (locale === "en") return ratio.replace(/^about /, "about ");
  const parsed = /^(>|about )?([\d.]+)×$/.exec(ratio);
  if (!parsed) return ratio;
  const n = new Intl.NumberFormat(INTL_TAGS[locale], { maximumFractionDigits: 1, minimumFractionDigits: parsed[2]?.includes(".") ? 1 : 0 }).format(Number(parsed[2]));
  return `${parsed[1] === ">" ? ">" : parsed[1] ? "~" : ""}${n}×`;
}

/** ">14×" in words in the edition: "more than 14 times", "більш ніж у 14 разів", "более чем в 14 раз". */
function ratioWordsIn(ratio: string, locale: Locale): string {
  if (locale === "en") return ratioInWords(ratio);
  const parsed = /^(>|about )?([\d.]+)×$/.exec(ratio);
  if (!parsed) return ratio;
  const { t } = chartWords(locale);
  const n = Number(parsed[2]);
  return parsed[1] === ">" ? t("chart.figures.ratioMoreThan", { n }) : parsed[1] ? t("chart.figures.ratioAbout", { n }) : t("chart.figures.ratioTimes", { n });
}
