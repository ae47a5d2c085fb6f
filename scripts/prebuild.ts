/**
 * Runs before `next build`: the same validation as `npm run validate`, so the build fails on the same
 * errors and writes nothing when the data is invalid; then draws the static charts.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { BUILD_PATHS } from "../lib/site/build-paths";
import { formatError } from "../lib/dataset/errors";
import { siteOrigin } from "../lib/site/site";
import { checkDataDir } from "../lib/dataset/load";
import { chartCatalogue } from "../lib/chart/custom";
import { renderCharts } from "./render-charts";
import { renderDataFiles } from "./render-data";
import { renderDownloads } from "./render-downloads";

async function main() {
  const report = checkDataDir();
  if (!report.dataset) {
    for (const error of report.errors) console.error(formatError(error));
    console.error(`\nBuild stopped: ${report.errors.length} error(s) in data/. Run npm run validate for the same list.`);
    process.exit(1);
  }
  console.log(`prebuild: ${report.dataset.claims.length} claims valid; ${report.quotes.verified} quotes verified, ${report.quotes.unverified} not verified.`);
  // The origin the pages are built for (COUNTERCLAIM_SITE_URL), checked here so a bad value stops the build early,
  // and kept for the export to compare with the origin it writes for.
  mkdirSync(BUILD_PATHS.root, { recursive: true });
  writeFileSync(BUILD_PATHS.siteUrl, `${siteOrigin()}\n`);
  writeFileSync(BUILD_PATHS.builtAt, `${new Date().toISOString()}\n`);
  const catalogue = chartCatalogue(report.dataset);
  writeFileSync(BUILD_PATHS.chartCatalogue, `${JSON.stringify(catalogue)}\n`);
  const started = performance.now();
  const charts = await renderCharts(report.dataset);
  console.log(`prebuild: ${charts} static charts drawn in ${Math.round(performance.now() - started)} ms.`);
  const images = performance.now();
  const downloads = await renderDownloads(report.dataset);
  console.log(`prebuild: ${downloads.files} download and embed files made in ${Math.round(performance.now() - images)} ms (largest PNG ${Math.round(downloads.pngBytes / 1024)} KB).`);
  const exports = performance.now();
  const data = renderDataFiles(report.dataset);
  console.log(`prebuild: ${data.files} data files (${(data.bytes / 2 ** 20).toFixed(1)} MB, with gzip and brotli copies) written in ${Math.round(performance.now() - exports)} ms.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
