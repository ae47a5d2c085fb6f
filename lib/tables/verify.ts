import { sha256 } from "./digest";
import type { DataError } from "../dataset/errors";
import type { TableFile, TableSource } from "../model/tables";
import { parseCorrections, parseSnapshot, recordKey } from "./snapshot";
import { csvKeyColumns } from "./csv";

/** Reads a published file by its name relative to the tables folder; undefined when it is not at hand. */
export type Snapshots = (file: string) => string | undefined;

export interface CellCheck {
  /** Kept cells re-read against the published snapshot and found equal. */
  verified: number;
  /** Kept cells that could not be re-read: the snapshot was not at hand (or did not match its sha256). */
  unverified: number;
  missingSnapshots: string[];
}

const countCells = (table: Pick<TableFile, "rows">, from: number) => table.rows.reduce((n, row) => n + row.slice(from).filter((c) => c !== null).length, 0);

/**
 * Re-reads every kept cell of a table against the published file it was imported from: the file's
 * sha256 must be the one recorded, and each kept record must hold exactly what the file holds.
 */
export function verifyTable(source: TableSource, table: TableFile, path: string, snapshots: Snapshots, errors: DataError[]): CellCheck {
  const keyColumns = source.layout.kind === "csv" ? csvKeyColumns(source.layout) : source.layout.kind === "wide" ? 1 : 3;
  const cells = countCells(table, keyColumns);
  const text = snapshots(source.file);
  if (text === undefined) return { verified: 0, unverified: cells, missingSnapshots: [source.file] };
  const digest = sha256(text);
  if (digest !== table.sha256) {
    errors.push({ file: path, record: source.id, field: "sha256", expected: `the sha256 of ${source.file} (${digest})`, found: table.sha256 });
    return { verified: 0, unverified: cells, missingSnapshots: [] };
  }
  const parsed = parseSnapshot(source, text, source.file);
  errors.push(...parsed.errors);
  if (!parsed.table) return { verified: 0, unverified: cells, missingSnapshots: [] };
  const published = new Map(parsed.table.rows.map((row) => [recordKey(source.layout, parsed.table?.columns ?? [], row), row]));
  let verified = 0;
  let unverified = 0;
  for (const row of table.rows) {
    const record = recordKey(source.layout, table.columns, row);
    const there = published.get(record);
    table.columns.forEach((field, i) => {
      if (i < keyColumns) return;
      const kept = row[i] ?? null;
      if (kept === null) return;
      const found = there?.[parsed.table?.columns.indexOf(field) ?? -1] ?? null;
      if (found === kept) verified += 1;
      else {
        unverified += 1;
        errors.push({ file: path, record, field, expected: `the cell as published in ${source.file}`, found: `${JSON.stringify(kept)} kept, ${there ? JSON.stringify(found) : "no such record"} published` });
      }
    });
  }
  if (source.corrections && table.corrections) {
    const ctext = snapshots(source.corrections.file);
    if (ctext !== undefined) {
      if (sha256(ctext) !== table.corrections.sha256) {
        errors.push({ file: path, record: source.id, field: "corrections.sha256", expected: `the sha256 of ${source.corrections.file} (${sha256(ctext)})`, found: table.corrections.sha256 });
      } else {
        const c = parseCorrections(ctext, source.corrections.file, "dateField" in source.layout ? source.layout.dateField : "date");
        errors.push(...c.errors);
        if (c.table && JSON.stringify(c.table.rows) !== JSON.stringify(table.corrections.rows)) {
          errors.push({ file: path, record: source.id, field: "corrections", expected: `the corrections as published in ${source.corrections.file}`, found: "other values" });
        }
      }
    }
  }
  return { verified, unverified, missingSnapshots: [] };
}
