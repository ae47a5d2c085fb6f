import type { FigureClaim } from "../model/claims";
import { METRIC_INFO } from "../model/claims";
import type { SeriesChart } from "../chart/series-chart";
import type { SeriesPoint } from "../chart/series";
import { toCsv } from "./claims";

export const SERIES_CSV_COLUMNS = [
  "line", "lineLabel", "derived", "claimant", "claimantId", "date", "figure", "qualifier", "value", "valueHigh", "unit",
  "onLine", "revision", "leftOffBecause", "quote", "cellRecord", "cellFields", "claimIds", "sourceIds", "publishers",
] as const;
type Row = Record<(typeof SERIES_CSV_COLUMNS)[number], string | number | undefined>;

function claimColumns(claims: readonly FigureClaim[], publishers: ReadonlyMap<string, string>) {
  const cells = claims.filter((c) => c.locator.kind === "cell");
  const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => v !== undefined))].join(" | ");
  return {
    quote: unique(claims.map((c) => c.quote)),
    cellRecord: unique(cells.map((c) => (c.locator.kind === "cell" ? c.locator.record : undefined))),
    cellFields: unique(cells.map((c) => (c.locator.kind === "cell" ? c.locator.field : undefined))),
    claimIds: claims.map((c) => c.id).join(" "),
    sourceIds: unique(claims.map((c) => c.sourceId)),
    publishers: unique(claims.map((c) => publishers.get(c.sourceId))),
  };
}

/**
 * /charts/<slug>.csv for a series chart: every point of every line in the range (not the reduced
 * drawing of the embed), with its claimant, claims and sources; a sum's row names every part's
 * claim. Claims left off the line follow, each with why.
 */
export function seriesChartCsv(chart: SeriesChart, publishers: ReadonlyMap<string, string>): string {
  const rows: Row[] = chart.lines.flatMap((line) => {
    const base = { line: line.id, lineLabel: line.label, derived: line.derived ? (line.derived.metrics.length > 1 ? `sum of ${line.derived.adds}` : line.derived.adds) : undefined, claimant: line.claimant, claimantId: line.claimantId };
    const unit = METRIC_INFO[line.derived?.metrics[0] ?? line.points[0]?.claims[0]?.metric ?? "tanks"].unit;
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
      ...claimColumns(p.claims, publishers),
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
      ...claimColumns([o.claim], publishers),
    }));
    return [...onLine, ...off];
  });
  return toCsv(SERIES_CSV_COLUMNS, rows);
}
