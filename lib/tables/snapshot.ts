import { parse as parseCsv } from "csv-parse/sync";
import { IsoDate } from "../model/dates";
import type { LongLayout, TableSource, WideLayout } from "../model/tables";
import { type DataError, describeValue } from "../dataset/errors";
import { csvRecordKey, parseCsvTable } from "./csv";

/** A published file read into the kept shape: columns and rows, with what was left out and why. */
export interface ParsedTable {
  columns: string[];
  rows: (number | string | null)[][];
  leftOut: { line: number; reason: string }[];
}

export interface ParseResult {
  table: ParsedTable | undefined;
  errors: DataError[];
}

const isDate = (value: unknown): value is string => typeof value === "string" && IsoDate.safeParse(value).success;
const isCount = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0;

/** The day after an ISO date, by calendar arithmetic in UTC (dates have no time zone here). */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The record key a cell locator names: the date for a daily tally, date/country/type for Oryx. */
export function recordKey(layout: TableSource["layout"], columns: readonly string[], row: readonly (number | string | null)[]): string {
  if (layout.kind === "csv") return csvRecordKey(layout, columns, row);
  const at = (field: string) => String(row[columns.indexOf(field)]);
  return layout.kind === "wide" ? at(layout.dateField) : `${at(layout.dateField)}/${at(layout.subjectField)}/${at(layout.typeField)}`;
}

/** Reads a published file as the source's layout says; every error names the record (or line) and field. */
export function parseSnapshot(source: TableSource, text: string, file: string): ParseResult {
  if (source.layout.kind === "csv") return parseCsvTable(source.layout, text, file);
  return source.layout.kind === "wide" ? parseWide(source.layout, source.dates, text, file) : parseLong(source.layout, text, file);
}

function parseJsonRecords(text: string, file: string, errors: DataError[]): Record<string, unknown>[] | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    errors.push({ file, expected: "valid JSON", found: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
  if (!Array.isArray(json)) {
    errors.push({ file, expected: "a JSON list of records", found: describeValue(json) });
    return undefined;
  }
  const records: Record<string, unknown>[] = [];
  json.forEach((item: unknown, i) => {
    if (item && typeof item === "object" && !Array.isArray(item)) records.push(item as Record<string, unknown>);
    else errors.push({ file, record: `[${i}]`, expected: "a record (a JSON object)", found: describeValue(item) });
  });
  return records;
}

/** Checks dates are valid, unique and (for a daily table) without gaps; returns the records sorted by date. */
function checkDates<T>(items: { date: unknown; label: string; item: T }[], daily: boolean, file: string, field: string, errors: DataError[]): { date: string; item: T }[] {
  const seen = new Set<string>();
  const dated: { date: string; item: T }[] = [];
  for (const { date, label, item } of items) {
    if (!isDate(date)) {
      errors.push({ file, record: label, field, expected: "a date written YYYY-MM-DD", found: describeValue(date) });
      continue;
    }
    if (seen.has(date)) {
      errors.push({ file, record: date, field, expected: "each date once", found: `a second record for ${date}` });
      continue;
    }
    seen.add(date);
    dated.push({ date, item });
  }
  dated.sort((a, b) => a.date.localeCompare(b.date));
  if (daily) {
    for (let i = 1; i < dated.length; i += 1) {
      const previous = dated[i - 1]?.date ?? "";
      const here = dated[i]?.date ?? "";
      if (nextDay(previous) !== here) {
        errors.push({ file, record: here, field, expected: `a record for every day (the one before is ${previous})`, found: `no record for ${nextDay(previous)}` });
      }
    }
  }
  return dated;
}

function parseWide(layout: WideLayout, dates: TableSource["dates"], text: string, file: string): ParseResult {
  const errors: DataError[] = [];
  const records = parseJsonRecords(text, file, errors);
  if (!records) return { table: undefined, errors };
  const qualifierFields = [...new Set(layout.fields.flatMap((f) => (f.qualifier === "exact" ? [] : [f.qualifier.field])))];
  const columns = [layout.dateField, ...layout.fields.map((f) => f.field), ...qualifierFields];
  const known = new Set([...columns, ...layout.notClaims.map((f) => f.field)]);
  const dated = checkDates(
    records.map((r, i) => ({ date: r[layout.dateField], label: typeof r[layout.dateField] === "string" ? String(r[layout.dateField]) : `[${i}]`, item: r })),
    dates === "daily",
    file,
    layout.dateField,
    errors,
  );
  const rows = dated.map(({ date, item }) => {
    for (const key of Object.keys(item)) {
      if (!known.has(key)) errors.push({ file, record: date, field: key, expected: "a field the source's mapping names (data/table-sources)", found: `unknown field ${JSON.stringify(key)}` });
    }
    const row: (number | string | null)[] = [date];
    for (const { field } of layout.fields) {
      const value = item[field];
      if (value === undefined || value === null) row.push(null);
      else if (isCount(value)) row.push(value);
      else {
        row.push(null);
        errors.push({ file, record: date, field, expected: "a non-negative whole number", found: describeValue(value) });
      }
    }
    for (const field of qualifierFields) {
      const value = item[field];
      const words = layout.fields.flatMap((f) => (f.qualifier !== "exact" && f.qualifier.field === field ? Object.keys(f.qualifier.words) : []));
      if (value === undefined || value === null) row.push(null);
      else if (typeof value === "string" && words.includes(value)) row.push(value);
      else {
        row.push(null);
        errors.push({ file, record: date, field, expected: `one of ${words.map((w) => JSON.stringify(w)).join(", ")}`, found: describeValue(value) });
      }
    }
    return row;
  });
  return { table: errors.length === 0 ? { columns, rows, leftOut: [] } : undefined, errors };
}

/** A type name that is a scraping accident: a count or a sentence inside the name, or a fragment cut from one. */
function garbledType(name: string): string | undefined {
  if (/\d/.test(name) || /of which/i.test(name) || /[()]/.test(name)) return "the type name holds counts (a scraping accident)";
  if (/^[a-z]/.test(name)) return "the type name is a fragment of another";
  return undefined;
}

function parseLong(layout: LongLayout, text: string, file: string): ParseResult {
  const errors: DataError[] = [];
  let records: Record<string, string>[];
  try {
    records = parseCsv(text, { columns: true, skip_empty_lines: true });
  } catch (error) {
    errors.push({ file, expected: "valid CSV", found: error instanceof Error ? error.message : String(error) });
    return { table: undefined, errors };
  }
  const numberFields = [...layout.breakdownFields, layout.valueField];
  const columns = [layout.dateField, layout.subjectField, layout.typeField, ...numberFields];
  const header = records[0] ? Object.keys(records[0]) : [];
  const known = new Set([...columns, ...layout.notClaims.map((f) => f.field)]);
  for (const key of header) if (!known.has(key)) errors.push({ file, record: "header", field: key, expected: "a column the source's mapping names (data/table-sources)", found: `unknown column ${JSON.stringify(key)}` });
  for (const key of columns) if (header.length > 0 && !header.includes(key)) errors.push({ file, record: "header", field: key, expected: "this column", found: "no such column" });
  const types = new Map(layout.types.map((t) => [t.name, t.metric]));
  const leftOut: ParsedTable["leftOut"] = [];
  const byKey = new Map<string, { line: number; row: (number | string)[] }>();
  const twice = new Set<string>();
  const metricSeen = new Map<string, string>();
  records.forEach((record, index) => {
    const line = index + 2;
    const at = `line ${line}`;
    const date = record[layout.dateField];
    const subject = record[layout.subjectField] ?? "";
    const type = record[layout.typeField] ?? "";
    if (!isDate(date)) {
      errors.push({ file, record: at, field: layout.dateField, expected: "a date written YYYY-MM-DD", found: describeValue(date) });
      return;
    }
    if (!(subject in layout.subjects)) {
      errors.push({ file, record: at, field: layout.subjectField, expected: `one of ${Object.keys(layout.subjects).map((s) => JSON.stringify(s)).join(", ")}`, found: describeValue(subject) });
      return;
    }
    const metric = types.get(type);
    if (metric === undefined) {
      const garbled = garbledType(type);
      if (garbled) leftOut.push({ line, reason: `${garbled}: ${JSON.stringify(type.length > 60 ? `${type.slice(0, 57)}...` : type)}` });
      else errors.push({ file, record: at, field: layout.typeField, expected: "a type listed in the source's mapping (add it, with its metric, to data/table-sources)", found: describeValue(type) });
      return;
    }
    const row: (number | string)[] = [date, subject, type];
    for (const field of numberFields) {
      const value = record[field] ?? "";
      if (/^\d+$/.test(value)) row.push(Number(value));
      else {
        errors.push({ file, record: `${date}/${subject}/${type}`, field, expected: "a non-negative whole number", found: describeValue(value) });
        return;
      }
    }
    const key = `${date}/${subject}/${type}`;
    const first = byKey.get(key);
    if (first) {
      // Two rows for one day, country and type: which one Oryx meant cannot be known, so neither is kept.
      if (JSON.stringify(first.row) !== JSON.stringify(row)) {
        twice.add(key);
        leftOut.push({ line, reason: `a second row for ${key} with other figures (line ${first.line}): both left out` });
      }
      return;
    }
    const metricKey = `${date}/${subject}/${metric}`;
    const other = metricSeen.get(metricKey);
    if (other !== undefined) {
      errors.push({ file, record: key, field: layout.typeField, expected: `one type a day for metric ${metric}`, found: `${JSON.stringify(type)} and ${JSON.stringify(other)} on the same day` });
      return;
    }
    metricSeen.set(metricKey, type);
    byKey.set(key, { line, row });
  });
  for (const key of twice) {
    const first = byKey.get(key);
    if (first) leftOut.push({ line: first.line, reason: `the first row for ${key}; another row gives other figures: both left out` });
    byKey.delete(key);
  }
  leftOut.sort((a, b) => a.line - b.line);
  const rows = [...byKey.values()].map((v) => v.row);
  rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return { table: errors.length === 0 ? { columns, rows, leftOut } : undefined, errors };
}

/** Reads a corrections file: records by date, signed whole numbers. */
export function parseCorrections(text: string, file: string, dateField: string): ParseResult {
  const errors: DataError[] = [];
  const records = parseJsonRecords(text, file, errors);
  if (!records) return { table: undefined, errors };
  const dated = checkDates(
    records.map((r, i) => ({ date: r[dateField], label: typeof r[dateField] === "string" ? String(r[dateField]) : `[${i}]`, item: r })),
    false,
    file,
    dateField,
    errors,
  );
  const fields = [...new Set(dated.flatMap(({ item }) => Object.keys(item)))].filter((f) => f !== dateField && f !== "day");
  const columns = [dateField, ...fields];
  const rows = dated.map(({ date, item }) => [
    date,
    ...fields.map((field) => {
      const value = item[field];
      if (value === undefined) return null;
      if (typeof value === "number" && Number.isInteger(value)) return value;
      errors.push({ file, record: date, field, expected: "a whole number (a signed correction)", found: describeValue(value) });
      return null;
    }),
  ]);
  return { table: errors.length === 0 ? { columns, rows, leftOut: [] } : undefined, errors };
}
