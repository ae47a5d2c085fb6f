/**
 * Makes each comparison's downloads and the files its embed needs, into generated/files/ (not
 * committed; served by app/charts):
 * the card as SVG and PNG (1200, 600 and 300 px wide, 630 px tall at 1200 or taller where its text needs it), the figures as CSV, and the site's own card.
 * Runs at prebuild, after the charts are drawn; no browser involved.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { shapeControlTimeline, shapeFigureChart } from "../lib/chart/figures";
import type { Dataset } from "../lib/dataset/validate";
import { controlTimelineCsv, figureChartCsv } from "../lib/export/claims";
import { BUILD_PATHS } from "../lib/site/build-paths";
import { CARD_WIDTHS } from "../lib/embed/oembed";
import { chartCard, siteCard } from "../lib/render/card";
import { svgToPng, svgToPngAsync } from "../lib/render/png";
import { inPool } from "../lib/http/in-pool";
import { sitePaths } from "../lib/site/site";
import { comparisonView, embedModel } from "../lib/site/views";
import { seriesChartFor, seriesPageSlugs } from "../lib/site/series-views";
import { seriesChartCsv } from "../lib/export/series-csv";
import { CHART_SIZES, type ChartSize } from "../components/chart/layout";
import { seriesSvg } from "../lib/render/chart-files";
import { standaloneChartSvg } from "../lib/render/standalone-svg";
import { LOCALES } from "../lib/i18n/locales";
import { comparisonIn } from "../lib/model/comparisons";
import { editionFile } from "../lib/render/served-files";

const CHART_SIZE_NAMES = Object.keys(CHART_SIZES) as ChartSize[];

function seriesSlugs(dataset: Dataset): string[] {
  return dataset.comparisons.flatMap((c) => (c.kind === "series" ? seriesPageSlugs(c, dataset) : []));
}

const FILES = BUILD_PATHS.files;

/** Cards drawn at once: resvg draws each on libuv's thread pool (4 threads), so every core works. */
const DRAWING_AT_ONCE = 4;

function write(path: string, content: string | Buffer): void {
  const file = join(FILES, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** Where builds before generated/files wrote the same files. Next serves public/ before any route, so stale copies there would win. */
const LEGACY_PUBLIC = ["charts", "fonts"].map((folder) => join(process.cwd(), "public", folder));

export async function renderDownloads(dataset: Dataset): Promise<{ files: number; pngBytes: number }> {
  for (const legacy of LEGACY_PUBLIC) rmSync(legacy, { recursive: true, force: true });
  rmSync(join(FILES, "charts"), { recursive: true, force: true });
  let files = 0;
  let pngBytes = 0;
  // Each card's PNGs, drawn once the SVGs are written, a few at a time.
  const pngs: { path: string; card: string; width: number }[] = [];
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  // Each edition's files: English at /charts/…, the others under /charts/<locale>/… (served at /<locale>/charts/…).
  for (const locale of LOCALES) {
    const at = (path: string) => editionFile(locale, path);
    for (const slug of seriesSlugs(dataset)) {
      const model = embedModel(slug, locale);
      const chart = seriesChartFor(slug, dataset, locale);
      if (!model || !chart) throw new Error(`series page ${slug}: no embed model`);
      const card = chartCard(model);
      write(at(sitePaths.chartSvg(slug)), card);
      for (const width of CARD_WIDTHS) pngs.push({ path: at(sitePaths.chartPng(slug, width === 1200 ? undefined : width)), card, width });
      write(at(sitePaths.chartCsv(slug)), seriesChartCsv(chart, sources));
      // The reduced drawing at each size as an image of its own, for the home page (which would otherwise carry every chart twice).
      for (const size of CHART_SIZE_NAMES) write(at(sitePaths.chartImage(slug, size)), standaloneChartSvg(seriesSvg(slug, size, "embed", locale)));
      // The focus marker's points, fetched by the page's script: in the page they were a third of its gzip weight, sent before the chart could paint.
      const view = comparisonView(slug, locale);
      if (view?.kind !== "series") throw new Error(`series page ${slug}: no series view`);
      write(at(sitePaths.chartPoints(slug)), JSON.stringify(view.explorer));
      files += CHART_SIZE_NAMES.length + 1;
      files += 2 + CARD_WIDTHS.length;
    }
    for (const english of dataset.comparisons) {
      if (english.kind === "series") continue;
      const comparison = comparisonIn(english, locale);
      const model = embedModel(comparison.slug, locale);
      if (!model) throw new Error(`comparison ${comparison.slug}: no embed model`);
      const card = chartCard(model);
      write(at(sitePaths.chartSvg(comparison.slug)), card);
      for (const width of CARD_WIDTHS) pngs.push({ path: at(sitePaths.chartPng(comparison.slug, width === 1200 ? undefined : width)), card, width });
      const csv = comparison.kind === "figures" ? figureChartCsv(shapeFigureChart(comparison, dataset)) : comparison.kind === "control" ? controlTimelineCsv(shapeControlTimeline(comparison, dataset)) : "";
      write(at(sitePaths.chartCsv(comparison.slug)), csv);
      files += 2 + CARD_WIDTHS.length;
    }
  }
  await inPool(pngs, DRAWING_AT_ONCE, async (job) => {
    const png = await svgToPngAsync(job.card, job.width);
    write(job.path, png);
    if (job.width === 1200) pngBytes = Math.max(pngBytes, png.length);
  });
  const site = siteCard({
    tagline: "Competing war claims side by side, every figure traceable to its verbatim quote.",
    datasetTitle: dataset.meta.title,
    datasetVersion: dataset.meta.version,
    claims: dataset.claims.length,
    sources: dataset.sources.length,
  });
  write(sitePaths.siteCard, svgToPng(site, 1200));
  files += 1;

  // The embed's web font lived here until it was measured to cost more than it gave (lib/embed/styles.ts).
  rmSync(join(FILES, "fonts"), { recursive: true, force: true });
  return { files, pngBytes };
}
