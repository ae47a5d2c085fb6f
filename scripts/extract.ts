/**
 * npm run extract -- REPORT.txt [--source-id ID] [--data DIR]
 * Reads a report (first line `date YYYY-MM-DD`) and prints candidate claims as JSON: `source` and
 * `claims` form a data/sources file; `newClaimants`, `review` and `unplaced` are for the reviewer.
 * Writes nothing; a summary goes to stderr.
 */
import { readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ClaimantsFile } from "../lib/model/claimants";
import { DATA_DIR } from "../lib/dataset/read";
import { extractReport } from "../lib/extract/extract";
import { ExtractionFile } from "../lib/extract/output";
import { readWhoIsWho } from "../lib/extract/whoIsWho";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "source-id": { type: "string" }, data: { type: "string" } },
});
const [report] = positionals;
if (!report || positionals.length > 1) {
  console.error("usage: npm run extract -- REPORT.txt [--source-id ID] [--data DIR]");
  process.exit(2);
}
const dataDir = values.data ? resolve(values.data) : DATA_DIR;

try {
  const claimantsPath = join(dataDir, "claimants.json");
  const claimants = ClaimantsFile.parse(JSON.parse(readFileSync(claimantsPath, "utf8")));
  const text = readFileSync(resolve(report), "utf8");
  const extraction = extractReport({ text, file: basename(report), claimants, sourceId: values["source-id"], whoIsWho: readWhoIsWho(dataDir) });
  // Parsed before printing, so what an editor pastes is known to match the schemas.
  const checked = ExtractionFile.parse(extraction);
  process.stdout.write(`${JSON.stringify(checked, null, 2)}\n`);
  const figures = checked.claims.filter((c) => c.kind === "figure").length;
  console.error(
    `${checked.claims.length} candidate claims (${figures} figures) from ${report}; ${checked.review.length} notes to review; ` +
      `${checked.newClaimants.length} new claimants proposed; ${checked.unplaced.length} numbers left unplaced.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
