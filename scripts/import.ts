/**
 * npm run import -- <source-id> <file> [--corrections FILE] [--data DIR] [--date YYYY-MM-DD]
 * Reads a snapshot of a published table (a newer download of the same upstream file), checks every
 * record, prints what changed against the kept table, and replaces data/tables/<id>.json and the
 * source record only if everything is valid (written to temporary files, then renamed). On any
 * error it names the record and field, exits non-zero and writes nothing.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { type DataError, formatError } from "../lib/dataset/errors";
import { DATA_DIR } from "../lib/dataset/read";
import { describeChanges, planImport, readKeptTable, readTableSource, tableFileText, writeAtomically } from "../lib/tables/import";
import { tableFilePath, tableSourcePath } from "../lib/tables/read";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { corrections: { type: "string" }, data: { type: "string" }, date: { type: "string" } },
});
const [id, file] = positionals;
if (!id || !file) {
  console.error("usage: npm run import -- <source-id> <file> [--corrections FILE] [--data DIR]");
  process.exit(2);
}
const dataDir = values.data ? resolve(values.data) : DATA_DIR;
const errors: DataError[] = [];
const fail = () => {
  for (const e of errors) console.error(formatError(e));
  console.error(`\nImport of ${id} stopped: ${errors.length} error${errors.length === 1 ? "" : "s"}. Nothing in ${dataDir} was changed.`);
  process.exit(1);
};

const source = readTableSource(dataDir, id, errors);
const kept = readKeptTable(dataDir, id, errors);
if (!source) fail();
if (!existsSync(file)) errors.push({ file, expected: "the snapshot file", found: "no such file" });
if (errors.length > 0 || !source) fail();
else {
  const correctionsPath = values.corrections ?? (source.corrections ? join(dirname(file), source.corrections.file.replace(/^.*\//, "")) : undefined);
  if (values.corrections && !existsSync(values.corrections)) errors.push({ file: values.corrections, expected: "the corrections file", found: "no such file" });
  const corrections = correctionsPath && existsSync(correctionsPath) ? { text: readFileSync(correctionsPath, "utf8"), file: correctionsPath } : undefined;
  if (source.corrections && !corrections && !kept?.corrections) {
    errors.push({ file: tableSourcePath(dataDir, id), record: id, field: "corrections", expected: `the corrections file beside the snapshot, or --corrections FILE`, found: `no ${correctionsPath}` });
  }
  if (errors.length > 0) fail();
  const plan = planImport({
    source,
    sourcePath: tableSourcePath(dataDir, id),
    kept,
    snapshot: readFileSync(file, "utf8"),
    snapshotFile: file,
    corrections,
    importedOn: values.date ?? new Date().toISOString().slice(0, 10),
  });
  errors.push(...plan.errors);
  if (errors.length > 0 || !plan.table || !plan.source || !plan.changes) fail();
  else {
    console.log(`${id}: ${plan.table.rows.length} records from ${file} (sha256 ${plan.table.sha256}).`);
    for (const line of describeChanges(plan.changes, plan.leftOut ?? [])) console.log(line);
    writeAtomically([
      { path: tableFilePath(dataDir, id), text: tableFileText(plan.table) },
      { path: tableSourcePath(dataDir, id), text: `${JSON.stringify({ source: plan.source }, null, 2)}\n` },
    ]);
    console.log(`Wrote ${tableFilePath(dataDir, id)} and ${tableSourcePath(dataDir, id)}.`);
  }
}
