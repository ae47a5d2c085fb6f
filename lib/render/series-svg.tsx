import { SeriesLines } from "@/components/chart/SeriesLines";
import type { ChartSize } from "@/components/chart/layout";
import type { SeriesChart } from "../chart/series-chart";
import { staticMarkup } from "./markup";

/** A series chart as static SVG: the build's drawing of every preset, and a custom chart's, on demand. */
export function drawSeries(chart: SeriesChart, size: ChartSize, idPrefix: string): string {
  return staticMarkup(<SeriesLines chart={chart} size={size} idPrefix={idPrefix} />);
}
