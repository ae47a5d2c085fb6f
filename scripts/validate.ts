/**
 * npm run validate -- [--data DIR] [--sources DIR] [--tables DIR]
 * Checks the data folder and prints every error with its file, record and field. Writes nothing.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatError } from "../lib/dataset/errors";
import { checkDataDir, defaultSourcesDir } from "../lib/dataset/load";
import { DATA_DIR } from "../lib/dataset/read";
import { defaultTablesDir } from "../lib/tables/read";

const { values } = parseArgs({ options: { data: { type: "string" }, sources: { type: "string" }, tables: { type: "string" } } });
const dataDir = values.data ? resolve(values.data) : DATA_DIR;
const sourcesDir = values.sources ? resolve(values.sources) : defaultSourcesDir();
const tablesDir = values.tables ? resolve(values.tables) : defaultTablesDir();

const started = performance.now();
const report = checkDataDir({ dataDir, sourcesDir, tablesDir });
const ms = Math.round(performance.now() - started);

if (report.errors.length > 0) {
  for (const error of report.errors) console.error(formatError(error));
  console.error(`\n${report.errors.length} error${report.errors.length === 1 ? "" : "s"} in ${dataDir}. Nothing was written.`);
  process.exit(1);
}
const { dataset, quotes, cells } = report;
if (dataset) {
  console.log(
    `OK: ${dataset.claims.length} claims in ${dataset.sources.length} sources, ${dataset.claimants.length} claimants, ${dataset.comparisons.length} comparisons, ${dataset.topics.length} topics (${ms} ms).`,
  );
}
console.log(`Quotes verified against their source text: ${quotes.verified}; not verified: ${quotes.unverified}.`);
if (quotes.missingTexts.length > 0) {
  console.log(`Source texts not found${sourcesDir ? ` in ${sourcesDir}` : " (no --sources folder)"}: ${quotes.missingTexts.join(", ")}`);
}
console.log(`Table cells re-read against their published files: ${cells.verified}; not verified: ${cells.unverified}.`);
if (cells.missingSnapshots.length > 0) {
  console.log(`Published tables not found${tablesDir ? ` in ${tablesDir}` : " (no --tables folder)"}: ${cells.missingSnapshots.join(", ")}`);
}
