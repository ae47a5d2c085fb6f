import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ChartSize } from "@/components/chart/layout";
import { BUILD_PATHS } from "../site/build-paths";

/** Where the build writes the static chart SVG (made by scripts/render-charts.tsx; not committed). */
export const GENERATED_CHARTS = BUILD_PATHS.charts;

/** The static SVG of one comparison at one size. Throws, naming the file, when the build did not make it. */
export function chartSvg(slug: string, size: ChartSize): string {
  const path = join(GENERATED_CHARTS, slug, `${size}.svg`);
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`No static chart at ${path}: run npm run build (it renders the charts before next build).`, { cause: error });
  }
}

/**
 * The static SVG of one series page at one size: "full" for the page, "embed" (reduced) for the
 * embed and the card. Throws, naming the file, when the build did not make it.
 */
export function seriesSvg(pageSlug: string, size: ChartSize, variant: "full" | "embed"): string {
  const path = join(GENERATED_CHARTS, pageSlug, `${size}${variant === "embed" ? "-embed" : ""}.svg`);
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`No static chart at ${path}: run npm run build (it draws the charts before next build).`, { cause: error });
  }
}
