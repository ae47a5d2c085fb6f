import type { FigureClaim } from "../model/claims";
import type { Locale } from "../i18n/locales";
import type { Source } from "../model/sources";
import type { SeriesChart } from "../chart/series-chart";
import { type SeriesPoint, sumUnit } from "../chart/series";
import { toCsv } from "./claims";
import { chartWords } from "../chart/words";
import { metricInfo } from "../model/metric-names";

export const SERIES_CSV_COLUMNS = [
  "line", "lineLabel", "derived", "claimant", "claimantId", "date", "figure", "qualifier", "value", "valueHigh", "unit",
  "onLine", "revision", "leftOffBecause", "quote", "translation", "cellRecord", "cellFields", "claimIds", "sourceIds", "publishers",
  "sourceUrl", "licence", "credit",
] as const;
type Row = Record<(typeof SERIES_CSV_COLUMNS)[number], string | number | undefined>;

/** Where a source can be read: a report's address, or a table's file in its upstream repository at the imported commit. */
function sourceUrl(source: Source | undefined): string | undefined {
  if (!source) return undefined;
  if (source.kind === "table") return `${source.upstream.repository.replace(/\/$/, "")}/blob/${source.upstream.commit}/${source.upstream.path}`;
  return source.url;
}

function claimColumns(claims: readonly FigureClaim[], sources: ReadonlyMap<string, Source>) {
  const cells = claims.filter((c) => c.locator.kind === "cell");
  const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => v !== undefined && v !== ""))].join(" | ");
  const used = claims.map((c) => sources.get(c.sourceId));
  return {
    quote: unique(claims.map((c) => c.quote)),
    // Counterclaim's English, labelled so in docs/data.md: never the source's words.
    translation: unique(claims.map((c) => c.translation?.text)),
    sourceUrl: unique(used.map(sourceUrl)),
    licence: unique(used.map((s) => (s?.kind === "table" ? s.upstream.licence : undefined))),
    credit: unique(used.map((s) => (s?.kind === "table" ? s.upstream.attribution : undefined))),
    cellRecord: unique(cells.map((c) => (c.locator.kind === "cell" ? c.locator.record : undefined))),
    cellFields: unique(cells.map((c) => (c.locator.kind === "cell" ? c.locator.field : undefined))),
    claimIds: claims.map((c) => c.id).join(" "),
    sourceIds: unique(claims.map((c) => c.sourceId)),
    publishers: unique(used.map((s) => s?.publisher)),
  };
}

/**
 * /charts/<slug>.csv for a series chart: every point of every line in the range (not the reduced
 * drawing of the embed), with its claimant, claims and sources; a sum's row names every part's
 * claim. Claims left off the line follow, each with why. Each row carries Counterclaim's translation of
 * a quote not in English, where its source can be read, and the licence and credit a table asks for.
 */
export function seriesChartCsv(chart: SeriesChart, sources: ReadonlyMap<string, Source>): string {
  const { t } = chartWords(chart.locale);
  const rows: Row[] = chart.lines.flatMap((line) => {
    const base = { line: line.id, lineLabel: line.label, derived: line.derived ? (line.derived.metrics.length > 1 ? t("chart.csv.sumOf", { adds: line.derived.adds }) : line.derived.adds) : undefined, claimant: line.claimant, claimantId: line.claimantId };
    // A sum counts every part: "tanks + armoured combat vehicles", not its first part's unit.
    const unit = line.derived && line.derived.metrics.length > 1 ? sumUnit(line.derived.metrics, chart.locale) : metricInfo(line.derived?.metrics[0] ?? line.points[0]?.claims[0]?.metric ?? line.offLine[0]?.claim.metric ?? "tanks", chart.locale).unit;
    // A line of several bodies' estimates names each point's own claimant.
    const who = (claims: readonly FigureClaim[]) => {
      const id = claims[0]?.claimantId ?? line.claimantId;
      return { claimantId: id, claimant: line.claimantNames?.[id] ?? (id === line.claimantId ? line.claimant : id) };
    };
    const onLine = line.points.map((p: SeriesPoint): Row => ({
      ...base,
      ...who(p.claims),
      date: p.date,
      figure: p.words,
      qualifier: p.qualifier,
      value: p.value,
      valueHigh: p.valueHigh,
      unit,
      onLine: "yes",
      revision: p.revision,
      leftOffBecause: undefined,
      ...claimColumns(p.claims, sources),
    }));
    const off = line.offLine.map((o): Row => ({
      ...base,
      ...who([o.claim]),
      date: o.date,
      figure: o.words,
      qualifier: o.claim.qualifier,
      value: o.claim.qualifier === "vague" ? undefined : o.claim.value,
      valueHigh: o.claim.qualifier === "range" ? o.claim.valueHigh : undefined,
      unit,
      onLine: "no",
      revision: undefined,
      leftOffBecause: o.reason,
      ...claimColumns([o.claim], sources),
    }));
    return [...onLine, ...off];
  });
  return toCsv(SERIES_CSV_COLUMNS, rows, chart.locale === "en" ? undefined : csvHeaders(chart.locale));
}

/** The header row in an edition's language: the same columns, named in its words. */
export function csvHeaders(locale: Locale): Record<(typeof SERIES_CSV_COLUMNS)[number], string> {
  const { t } = chartWords(locale);
  return Object.fromEntries(SERIES_CSV_COLUMNS.map((c) => [c, t(`chart.csv.columns.${c}`)])) as Record<(typeof SERIES_CSV_COLUMNS)[number], string>;
}
