/**
 * Runs before `next build`: the same validation as `npm run validate`, so the build fails on the same
 * errors. Writes nothing when the data is invalid.
 */
import { formatError } from "../lib/dataset/errors";
import { checkDataDir } from "../lib/dataset/load";

const report = checkDataDir();
if (!report.dataset) {
  for (const error of report.errors) console.error(formatError(error));
  console.error(`\nBuild stopped: ${report.errors.length} error(s) in data/. Run npm run validate for the same list.`);
  process.exit(1);
}
console.log(`prebuild: ${report.dataset.claims.length} claims valid; ${report.quotes.verified} quotes verified, ${report.quotes.unverified} not verified.`);
