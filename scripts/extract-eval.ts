/**
 * npm run extract:eval -- DIR [--set all|held-back|developed-on] [--quiet] [--data DIR]
 * Runs the extractor on every report in DIR that has an answer key (NN-slug.expected.json) and prints
 * the scores (figures found, right claimant, right qualifier, precision, claims of control), then
 * every miss, wrong field and false candidate, report by report. Writes nothing.
 * A DIR with a manifest.json instead (../shared/reports/ru-defence-ministry) is scored on the
 * Ministry's totals of its English reports: found as figures, and attributed to the Ministry.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DATA_DIR } from "../lib/dataset/read";
import { extractReport } from "../lib/extract/extract";
import { Manifest, scoreTotals } from "../lib/extract/manifest";
import { formatDetails, formatScores, scores } from "../lib/extract/score";
import { scoreDir, type Selection } from "../lib/extract/scoreDir";
import { ClaimantsFile } from "../lib/model/claimants";

const USAGE = "usage: npm run extract:eval -- DIR [--set all|held-back|developed-on] [--quiet] [--data DIR]";
const SETS = ["all", "held-back", "developed-on"] as const;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { set: { type: "string", default: "all" }, quiet: { type: "boolean", default: false }, data: { type: "string" } },
});
const [dir] = positionals;
const set = SETS.find((s) => s === values.set);
if (!dir || positionals.length > 1 || !set) {
  console.error(USAGE);
  process.exit(2);
}

try {
  const claimants = ClaimantsFile.parse(JSON.parse(readFileSync(join(values.data ? resolve(values.data) : DATA_DIR, "claimants.json"), "utf8")));
  const manifestPath = join(resolve(dir), "manifest.json");
  if (existsSync(manifestPath)) {
    const manifest = Manifest.parse(JSON.parse(readFileSync(manifestPath, "utf8")));
    const results = manifest.reports
      .filter((r) => r.language === "en")
      .map((r) => {
        const text = readFileSync(join(resolve(dir), r.file), "utf8");
        return scoreTotals(r, extractReport({ text, file: r.file, claimants }).claims);
      });
    for (const r of results) if (!values.quiet) console.log(`${r.file}: ${r.found}/${r.totals} found, ${r.attributed} to the Ministry${r.misses.length ? `; ${r.misses.join("; ")}` : ""}`);
    const sum = (pick: (r: (typeof results)[number]) => number) => results.reduce((t, r) => t + pick(r), 0);
    console.log(`\n${results.length} English reports: ${sum((r) => r.found)} of ${sum((r) => r.totals)} totals found, ${sum((r) => r.attributed)} attributed to the Ministry`);
    process.exit(0);
  }
  const reports = scoreDir(resolve(dir), claimants, set satisfies Selection);
  if (reports.length === 0) throw new Error(`${dir}: no report with an answer key (NN-slug.txt beside NN-slug.expected.json)`);
  if (!values.quiet) {
    for (const report of reports) {
      const lines = formatDetails(report);
      const s = scores([report]);
      console.log(`${report.file}: figures ${s.figuresFound.correct}/${s.figuresFound.total}, claimant ${s.rightClaimant.correct}, qualifier ${s.rightQualifier.correct}, precision ${s.precision.correct}/${s.precision.total}, control ${s.control.correct}/${s.control.total}`);
      for (const line of lines) console.log(line);
    }
    console.log("");
  }
  console.log(`${reports.length} reports (${set}) in ${dir}\n`);
  console.log(formatScores(scores(reports)));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
