/**
 * npm run add-source -- REPORT.txt --reviewed REVIEWED.json [--data DIR] [--sources DIR]
 * Adds a reviewed extraction to data/: writes data/sources/<id>.json and appends the claimants it
 * proposes, only when the whole dataset validates with them and no id is taken. REVIEWED.json is
 * the output of `npm run extract -- REPORT.txt` after a person checked it and deleted every review
 * note; the report must already stand in the sources folder.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { addSource } from "../lib/extract/addSource";
import { defaultSourcesDir } from "../lib/dataset/load";
import { DATA_DIR } from "../lib/dataset/read";

const USAGE = "usage: npm run add-source -- REPORT.txt --reviewed REVIEWED.json [--data DIR] [--sources DIR]";
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { reviewed: { type: "string" }, data: { type: "string" }, sources: { type: "string" } },
});
const [report] = positionals;
if (!report || positionals.length > 1 || !values.reviewed) {
  console.error(USAGE);
  if (report && !values.reviewed) {
    console.error(`\nadd-source writes only reviewed claims. First: npm run extract -- ${report} > reviewed.json, check it, delete each review note, then pass --reviewed reviewed.json.`);
  }
  process.exit(2);
}

const result = addSource({
  reportPath: resolve(report),
  reviewedPath: resolve(values.reviewed),
  dataDir: values.data ? resolve(values.data) : DATA_DIR,
  sourcesDir: values.sources ? resolve(values.sources) : defaultSourcesDir(),
});
if (!result.ok) {
  for (const error of result.errors) console.error(error);
  console.error(`\n${result.errors.length} error${result.errors.length === 1 ? "" : "s"}. Nothing was written.`);
  process.exit(1);
}
for (const path of result.written) console.log(`wrote ${path}`);
console.log(`Added source "${result.sourceId}": ${result.claims} claims, ${result.newClaimants} new claimants. Raise the version in data/dataset.json.`);
