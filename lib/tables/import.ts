import type { z } from "zod";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { type DataError, describeValue, zodIssuesToErrors } from "../dataset/errors";
import { sha256 } from "./digest";
import { type Revision, type TableFile, type TableSource } from "../model/tables";
import { TableSourceFile, tableFilePath, tableSourcePath } from "./read";
import { parseCorrections, parseSnapshot, recordKey } from "./snapshot";
import { TableFile as TableFileSchema } from "../model/tables";

/** What an import would change in the kept table, for the person running it to read. */
export interface ImportChanges {
  /** Records (days, or day/country/type for Oryx) that the kept table did not have. */
  added: string[];
  /** Records the kept table had and the new snapshot does not. */
  removed: string[];
  /** Past cells whose value changed: kept, so pages can show "revised from X to Y". */
  revised: Revision[];
  correctionsChanged: boolean;
}

export interface ImportPlan {
  errors: DataError[];
  changes?: ImportChanges;
  table?: TableFile;
  source?: TableSource;
  leftOut?: TableFile["leftOut"];
}

type Cell = TableFile["rows"][number][number];

function rowsByKey(source: TableSource, columns: readonly string[], rows: readonly (readonly Cell[])[]): Map<string, Map<string, Cell>> {
  return new Map(rows.map((row) => [recordKey(source.layout, columns, row), new Map(columns.map((c, i) => [c, row[i] ?? null]))]));
}

/** Compares the kept table with a new one, cell by cell. */
export function diffTables(source: TableSource, kept: Pick<TableFile, "columns" | "rows"> | undefined, next: Pick<TableFile, "columns" | "rows">, importedOn: string): Omit<ImportChanges, "correctionsChanged"> {
  const before = kept ? rowsByKey(source, kept.columns, kept.rows) : new Map<string, Map<string, Cell>>();
  const after = rowsByKey(source, next.columns, next.rows);
  const added: string[] = [];
  const revised: Revision[] = [];
  for (const [record, cells] of after) {
    const old = before.get(record);
    if (!old) {
      added.push(record);
      continue;
    }
    for (const [field, value] of cells) {
      const was = old.get(field) ?? null;
      if (was !== null && was !== value) revised.push({ record, field, from: was, to: value, importedOn });
    }
  }
  const removed = [...before.keys()].filter((record) => !after.has(record));
  return { added, removed, revised };
}

/**
 * Reads a snapshot for a table source and works out what importing it would do. Pure but for the
 * text handed in; nothing is written. Any error leaves `table` undefined.
 */
export function planImport(args: {
  source: TableSource;
  sourcePath: string;
  kept: TableFile | undefined;
  snapshot: string;
  snapshotFile: string;
  corrections?: { text: string; file: string };
  importedOn: string;
}): ImportPlan {
  const { source, kept, importedOn } = args;
  const errors: DataError[] = [];
  if (kept && kept.sha256 !== source.sha256) {
    errors.push({
      file: args.sourcePath,
      record: source.id,
      field: "sha256",
      expected: `the sha256 of the snapshot the kept table was imported from (${kept.sha256}, in data/tables/${source.id}.json)`,
      found: source.sha256,
    });
  }
  const parsed = parseSnapshot(source, args.snapshot, args.snapshotFile);
  errors.push(...parsed.errors);
  let corrections: TableFile["corrections"] = kept?.corrections;
  if (args.corrections) {
    const c = parseCorrections(args.corrections.text, args.corrections.file, "dateField" in source.layout ? source.layout.dateField : "date");
    errors.push(...c.errors);
    if (c.table) corrections = { sha256: sha256(args.corrections.text), columns: c.table.columns, rows: c.table.rows };
  }
  if (errors.length > 0 || !parsed.table) return { errors };
  const diff = diffTables(source, kept, parsed.table, importedOn);
  const digest = sha256(args.snapshot);
  const dates = parsed.table.rows.map((row) => String(row[0])).sort();
  const table: TableFile = {
    source: source.id,
    sha256: digest,
    importedOn,
    columns: parsed.table.columns,
    rows: parsed.table.rows,
    revisions: [...(kept?.revisions ?? []), ...diff.revised],
    ...(corrections ? { corrections } : {}),
    leftOut: parsed.table.leftOut,
  };
  const updated: TableSource = {
    ...source,
    sha256: digest,
    // A weekly count is dated by the week of death; the list itself is as of the snapshot's date, kept as given.
    datePublished: source.layout.kind === "csv" && source.layout.date.format === "iso-week" ? source.datePublished : (dates[dates.length - 1] ?? source.datePublished),
    ...(source.corrections && corrections ? { corrections: { ...source.corrections, sha256: corrections.sha256 } } : {}),
  };
  return {
    errors,
    table,
    source: updated,
    leftOut: parsed.table.leftOut,
    changes: { ...diff, correctionsChanged: (kept?.corrections?.sha256 ?? "") !== (corrections?.sha256 ?? "") },
  };
}

/** Writes each file to a temporary name beside it, then renames them all: a reader never sees half a file. */
export function writeAtomically(files: readonly { path: string; text: string }[]): void {
  const temps = files.map(({ path, text }) => {
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, text);
    return { temp, path };
  });
  for (const { temp, path } of temps) renameSync(temp, path);
}

/** A JSON file read and checked against its schema; every problem goes to `errors`, naming the file. */
function readCheckedJson<T>(path: string, schema: z.ZodType<T>, errors: DataError[]): T | undefined {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    errors.push({ file: path, expected: "valid JSON", found: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  errors.push(...zodIssuesToErrors(path, json, result.error.issues));
  return undefined;
}

/** The kept table of a source, read and checked; undefined when there is none yet. */
export function readKeptTable(dataDir: string, id: string, errors: DataError[]): TableFile | undefined {
  const path = tableFilePath(dataDir, id);
  if (!existsSync(path)) return undefined;
  return readCheckedJson(path, TableFileSchema, errors);
}

/** The source record of a table source, read and checked. */
export function readTableSource(dataDir: string, id: string, errors: DataError[]): TableSource | undefined {
  const path = tableSourcePath(dataDir, id);
  if (!existsSync(path)) {
    errors.push({ file: path, record: id, expected: "the source record of a table (data/table-sources/<id>.json)", found: "no such file" });
    return undefined;
  }
  return readCheckedJson(path, TableSourceFile, errors)?.source;
}

/** The kept table as written: one row a line, so a diff of an import shows the days that changed. */
export function tableFileText(table: TableFile): string {
  const { rows, revisions, leftOut, corrections, ...head } = table;
  const lines = (items: readonly unknown[]) => (items.length === 0 ? "[]" : `[\n${items.map((r) => `    ${JSON.stringify(r)}`).join(",\n")}\n  ]`);
  const parts = [
    ...Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`),
    `  "rows": ${lines(rows)}`,
    `  "revisions": ${lines(revisions)}`,
    ...(corrections ? [`  "corrections": ${JSON.stringify(corrections)}`] : []),
    `  "leftOut": ${lines(leftOut)}`,
  ];
  return `{\n${parts.join(",\n")}\n}\n`;
}

/** Human-readable lines for what changed. */
export function describeChanges(changes: ImportChanges, leftOut: TableFile["leftOut"]): string[] {
  const out: string[] = [];
  const list = (items: readonly string[]) => (items.length > 12 ? `${items.slice(0, 5).join(", ")} … ${items.slice(-5).join(", ")}` : items.join(", "));
  out.push(`New records: ${changes.added.length}${changes.added.length ? ` (${list(changes.added)})` : ""}`);
  out.push(`Revised past values: ${changes.revised.length}`);
  for (const r of changes.revised) out.push(`  record ${r.record}, field ${r.field}: ${describeValue(r.from)} → ${describeValue(r.to)}`);
  out.push(`Removed records: ${changes.removed.length}${changes.removed.length ? ` (${list(changes.removed)})` : ""}`);
  if (changes.correctionsChanged) out.push("The corrections file changed.");
  if (leftOut.length > 0) {
    out.push(`Rows left out as garbled or ambiguous: ${leftOut.length}`);
    for (const l of leftOut) out.push(`  line ${l.line}: ${l.reason}`);
  }
  return out;
}

