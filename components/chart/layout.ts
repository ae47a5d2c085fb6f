import type { FigureChart } from "@/lib/chart/figures";

/** The widths the static chart is drawn at; the page shows the one that fits its container. */
export const CHART_SIZES = { narrow: 320, medium: 560, wide: 800 } as const;
export type ChartSize = keyof typeof CHART_SIZES;

/**
 * Fixed geometry for one size. Everything is computed here rather than measured, because the
 * static render runs under jsdom, which measures every text as 0 px wide.
 */
export function barLayout(chart: FigureChart, size: ChartSize) {
  const width = CHART_SIZES[size];
  const fontSize = 14;
  const barSize = size === "narrow" ? 16 : 18;
  const barGap = 4;
  const seriesCount = chart.series.length;
  const barsHeight = seriesCount * barSize + (seriesCount - 1) * barGap;
  // Wide: category labels stand left of their bars, which keeps the chart compact enough to read in
  // a 1200 × 630 image. Narrower: above them, full width. Recharts centres the bars in each band, so
  // the space above them for a label is matched by the same space below.
  const labelsLeft = size === "wide";
  const labelWidth = labelsLeft ? 200 : 0;
  const bandGap = labelsLeft ? 14 : 2 * (fontSize + 10);
  const bandHeight = bandGap + barsHeight;
  const margin = { top: 4, right: size === "narrow" ? 64 : 84, bottom: 4, left: 4 };
  const axisHeight = 30;
  return {
    width,
    height: margin.top + chart.rows.length * bandHeight + axisHeight + margin.bottom,
    margin,
    fontSize,
    barSize,
    barGap,
    bandHeight,
    categoryGap: bandGap,
    labelsLeft,
    /** Room for the category labels left of the bars (0 when they stand above). */
    labelWidth,
    labelOffset: fontSize + 2,
  };
}
