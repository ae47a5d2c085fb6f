import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ChartSize } from "@/components/chart/layout";
import { BUILD_PATHS } from "../site/build-paths";
import type { Locale } from "../i18n/locales";

/** A drawing's file name in its chart's folder: "wide.svg", "wide-embed.svg"; another edition's "wide.uk.svg". */
export function chartFileName(size: ChartSize, variant: "full" | "embed", locale: Locale): string {
  return `${size}${variant === "embed" ? "-embed" : ""}${locale === "en" ? "" : `.${locale}`}.svg`;
}

/** Where the build writes the static chart SVG (made by scripts/render-charts.tsx; not committed). */
export const GENERATED_CHARTS = BUILD_PATHS.charts;

/** The static SVG of one comparison at one size. Throws, naming the file, when the build did not make it. */
export function chartSvg(slug: string, size: ChartSize, locale: Locale = "en"): string {
  const path = join(GENERATED_CHARTS, slug, chartFileName(size, "full", locale));
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
export function seriesSvg(pageSlug: string, size: ChartSize, variant: "full" | "embed", locale: Locale = "en"): string {
  const path = join(GENERATED_CHARTS, pageSlug, chartFileName(size, variant, locale));
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`No static chart at ${path}: run npm run build (it draws the charts before next build).`, { cause: error });
  }
}
