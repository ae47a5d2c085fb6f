/**
 * Runs before `next build`: the same validation as `npm run validate`, so the build fails on the same
 * errors and writes nothing when the data is invalid; then draws the static charts.
 */
import { formatError } from "../lib/dataset/errors";
import { checkDataDir } from "../lib/dataset/load";
import { renderCharts } from "./render-charts";

async function main() {
  const report = checkDataDir();
  if (!report.dataset) {
    for (const error of report.errors) console.error(formatError(error));
    console.error(`\nBuild stopped: ${report.errors.length} error(s) in data/. Run npm run validate for the same list.`);
    process.exit(1);
  }
  console.log(`prebuild: ${report.dataset.claims.length} claims valid; ${report.quotes.verified} quotes verified, ${report.quotes.unverified} not verified.`);
  const started = performance.now();
  const charts = await renderCharts(report.dataset);
  console.log(`prebuild: ${charts} static charts drawn in ${Math.round(performance.now() - started)} ms.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
