import { join } from "node:path";
import { CHART_SIZES, type ChartSize, barLayout } from "@/components/chart/layout";
import { shapeControlTimeline, shapeFigureChart } from "../chart/figures";
import { shapeChartMeta } from "../chart/meta";
import type { ControlComparison } from "../model/comparisons";
import { checkDataDir } from "../dataset/load";
import { FIXTURE_TEXTS, FIXTURES } from "../dataset/testing";
import type { Dataset } from "../dataset/validate";
import { type EmbedModel, shapeEmbedModel } from "./model";

/** The valid fixture dataset (lib/dataset/fixtures), for tests that need no build. */
export function fixtureDataset(): Dataset {
  const dataset = checkDataDir({ dataDir: join(FIXTURES, "valid"), sourcesDir: FIXTURE_TEXTS }).dataset;
  if (!dataset) throw new Error("the valid fixture should validate");
  return dataset;
}

/** A stand-in for the build's recharts SVG: the drawn size, and ink in currentColor as recharts uses it. */
function fakeSvg(width: number, height: number): string {
  return `<svg class="recharts-surface" viewBox="0 0 ${width} ${height}"><rect x="0" y="0" width="10" height="10" fill="currentColor"></rect><text x="0" y="20" fill="currentColor">Drones</text></svg>`;
}

/** The fixture's figures comparison as an embed, with a title and quote as given. */
export function fixtureFigureModel(edit: (dataset: Dataset) => void = () => {}): EmbedModel {
  const dataset = fixtureDataset();
  edit(dataset);
  const comparison = dataset.comparisons.find((c) => c.kind === "figures");
  if (!comparison || comparison.kind !== "figures") throw new Error("the fixture has a figures comparison");
  const chart = shapeFigureChart(comparison, dataset);
  const svgs = Object.fromEntries(
    (Object.keys(CHART_SIZES) as ChartSize[]).map((size) => {
      const { width, height } = barLayout(chart, size);
      return [size, fakeSvg(width, height)];
    }),
  ) as Record<ChartSize, string>;
  const view = { kind: "figures" as const, chart, svgs };
  return shapeEmbedModel(view, shapeChartMeta(view, dataset));
}

/** A timeline of the fixture's one claim of control, as an embed. */
export function fixtureControlModel(): EmbedModel {
  const dataset = fixtureDataset();
  const comparison: ControlComparison = { slug: "test-control", kind: "control", title: "Who holds Testville", summary: "Test.", place: "Testville", sameStatement: [], claims: ["north-testville"], notes: [], methodology: "Test." };
  const view = { kind: "control" as const, timeline: shapeControlTimeline(comparison, dataset) };
  return shapeEmbedModel(view, shapeChartMeta(view, dataset));
}
