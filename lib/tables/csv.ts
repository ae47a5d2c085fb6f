import { parse as parseCsv } from "csv-parse/sync";
import type { CellFacts } from "../model/cells";
import type { Claim, FigureClaim, Metric } from "../model/claims";
import type { CsvFigure, CsvLayout, TableFile, TableSource } from "../model/tables";
import { type DataError, describeValue } from "../dataset/errors";
import type { ParseResult } from "./snapshot";

/**
 * CSV tables of figures, as The Economist publishes its compilations: estimates by many bodies (one
 * row each, its claimant named in a column), a government's monthly series, a weekly named count, a
 * daily model and a daily area. Read into the kept shape: `date` (ISO), the record's key fields, the
 * figure fields (numbers in the file's own unit, null where the cell is empty) and the URL field.
 */

type Cell = number | string | null;

const isWeek = (layout: CsvLayout) => layout.date.format === "iso-week";

/** The figure fields of a layout, in order, each once. */
export function figureFields(layout: CsvLayout): string[] {
  return [...new Set(layout.figures.flatMap((f) => [f.low, f.high, f.value].filter((x): x is string => x !== undefined)))];
}

/** Fields read through a map (claimant, subject, metric) that are not key fields: kept, to expand the record. */
function mapFields(layout: CsvLayout): string[] {
  const maps = [layout.claimant?.field, typeof layout.subject === "string" ? undefined : layout.subject.field, ...layout.figures.map((f) => (typeof f.metric === "string" ? undefined : f.metric.field))];
  return [...new Set(maps.filter((f): f is string => f !== undefined && !layout.keyFields.includes(f)))];
}

/** The kept table's columns: date, the week label (ISO-week tables), key and mapped fields, figures, URL. */
export function csvColumns(layout: CsvLayout): string[] {
  return ["date", ...(isWeek(layout) ? ["week"] : []), ...layout.keyFields, ...mapFields(layout), ...figureFields(layout), ...(layout.urlField ? [layout.urlField] : [])];
}

/** Columns that name the record rather than state a figure. */
export const csvKeyColumns = (layout: CsvLayout) => 1 + (isWeek(layout) ? 1 : 0) + layout.keyFields.length + mapFields(layout).length;

/** A record's key: its ISO week ("2022-W8"), or its date and key fields ("2022-05-01/UK MoD/russia/casualties"). */
export function csvRecordKey(layout: CsvLayout, columns: readonly string[], row: readonly Cell[]): string {
  const at = (field: string) => String(row[columns.indexOf(field)]);
  if (isWeek(layout)) return at("week");
  return [at("date"), ...layout.keyFields.map(at)].join("/");
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A calendar date from its parts, or undefined when there is no such day (31/02/2023). */
function calendarDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The Monday and Sunday of an ISO week (week 1 holds 4 January), or undefined for a week the year lacks. */
export function isoWeekDays(year: number, week: number): { monday: string; sunday: string } | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(week) || week < 1 || week > 53) return undefined;
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (week - 1) * 7);
  const sunday = new Date(monday);
  sunday.setUTCDate(monday.getUTCDate() + 6);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  // Week 53 exists only in years whose 28 December falls in it.
  if (week === 53 && isoWeekDays(year + 1, 1)?.monday === iso(monday)) return undefined;
  return { monday: iso(monday), sunday: iso(sunday) };
}

/** A figure cell: empty or "NA" is no figure; "140,000" is 140000; anything else not a number is an error. */
function readNumber(text: string): number | null | "bad" {
  const t = text.trim();
  if (t === "" || t === "NA") return null;
  if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(t)) return Number(t);
  if (/^\d{1,3}(,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ""));
  return "bad";
}

/** Reads a CSV table as its layout says; every error names the record (or line) and field. */
export function parseCsvTable(layout: CsvLayout, text: string, file: string): ParseResult {
  const errors: DataError[] = [];
  let records: string[][];
  try {
    records = parseCsv(text, { skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch (error) {
    errors.push({ file, expected: "valid CSV", found: error instanceof Error ? error.message : String(error) });
    return { table: undefined, errors };
  }
  const [header = [], ...body] = records;
  const dateFields = layout.date.format === "iso-week" ? [layout.date.yearField, layout.date.weekField] : [layout.date.field];
  const valueMaps = [layout.claimant, typeof layout.subject === "string" ? undefined : layout.subject, ...layout.figures.map((f) => (typeof f.metric === "string" ? undefined : f.metric))].filter(
    (m): m is { field: string; values: Record<string, string> } => m !== undefined,
  );
  const needed = [...dateFields, ...layout.keyFields, ...figureFields(layout), ...valueMaps.map((m) => m.field), ...(layout.urlField ? [layout.urlField] : [])];
  const known = new Set([...needed, ...layout.leaveOut.map((l) => l.field), ...layout.notClaims.map((n) => n.field)]);
  for (const name of header) {
    if (!known.has(name)) errors.push({ file, record: "header", field: name, expected: "a column the source's mapping names (data/table-sources)", found: `unknown column ${JSON.stringify(name)}` });
  }
  for (const name of new Set(needed)) {
    if (!header.includes(name)) errors.push({ file, record: "header", field: name, expected: "a column the source's mapping reads", found: "no such column" });
  }
  if (errors.length > 0) return { table: undefined, errors };

  const columns = csvColumns(layout);
  const leftOut: TableFile["leftOut"] = [];
  const rows: { key: string; date: string; row: Cell[] }[] = [];
  const seen = new Map<string, { line: number; figures: string; text: string }>();
  body.forEach((cells, i) => {
    const line = i + 2;
    const get = (field: string) => cells[header.indexOf(field)] ?? "";
    const skip = layout.leaveOut.find((l) => get(l.field) === l.equals);
    if (skip) {
      leftOut.push({ line, reason: skip.why });
      return;
    }
    const label = `line ${line}`;
    let date: string | undefined;
    let week: string | undefined;
    if (layout.date.format === "iso-week") {
      const [y, w] = [get(layout.date.yearField), get(layout.date.weekField)];
      const days = /^\d{4}$/.test(y) && /^\d{1,2}$/.test(w) ? isoWeekDays(Number(y), Number(w)) : undefined;
      if (!days) {
        errors.push({ file, record: label, field: layout.date.weekField, expected: "an ISO year and week (e.g. 2022 and 8)", found: describeValue(`${y} ${w}`) });
        return;
      }
      date = days.sunday;
      week = `${y}-W${Number(w)}`;
    } else {
      const raw = get(layout.date.field).trim();
      if (raw === "") {
        leftOut.push({ line, reason: "no date: no claim" });
        return;
      }
      const m = layout.date.format === "dd/mm/yyyy" ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(raw) : /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
      const parts = m ? (layout.date.format === "dd/mm/yyyy" ? [m[3], m[2], m[1]] : [m[1], m[2], m[3]]).map(Number) : undefined;
      date = parts ? calendarDate(parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0) : undefined;
      if (!date) {
        errors.push({ file, record: `${label} (${[raw, ...layout.keyFields.map(get)].join(", ")})`, field: layout.date.field, expected: `a date written ${layout.date.format.toUpperCase()} that exists`, found: describeValue(raw) });
        return;
      }
    }
    const key = week ?? [date, ...layout.keyFields.map(get)].join("/");
    for (const map of valueMaps) {
      const v = get(map.field);
      if (!(v in map.values)) errors.push({ file, record: key, field: map.field, expected: `one of the names the source's mapping lists for ${map.field} (add it, with what it means, to data/table-sources)`, found: describeValue(v) });
    }
    const figures = new Map<string, number | null>();
    let bad = false;
    for (const f of layout.figures) {
      for (const field of [f.low, f.high, f.value]) {
        if (field === undefined || figures.has(field)) continue;
        const n = readNumber(get(field));
        if (n === "bad") {
          errors.push({ file, record: key, field, expected: `a number in ${f.unit} (the file's unit)`, found: describeValue(get(field)) });
          bad = true;
          continue;
        }
        if (n !== null && n < 0) {
          errors.push({ file, record: key, field, expected: `a non-negative number in ${f.unit}`, found: describeValue(get(field)) });
          bad = true;
          continue;
        }
        if (n !== null && ((f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max))) {
          errors.push({ file, record: key, field, expected: `a figure between ${f.min ?? "-∞"} and ${f.max ?? "∞"} ${f.unit} (the file's unit; another unit?)`, found: describeValue(get(field)) });
          bad = true;
          continue;
        }
        figures.set(field, n);
      }
      const read = (field: string | undefined) => (field ? (figures.get(field) ?? null) : null);
      const [low, high, value] = [read(f.low), read(f.high), read(f.value)];
      if (low !== null && high !== null && low > high) {
        errors.push({ file, record: key, field: `${f.low}/${f.high}`, expected: `${f.low} no greater than ${f.high}`, found: `${low} and ${high}` });
        bad = true;
      } else if (low !== null && high !== null && value !== null && (value < low || value > high)) {
        errors.push({ file, record: key, field: f.value ?? "", expected: `a central figure between ${f.low} and ${f.high} (${low}–${high})`, found: String(value) });
        bad = true;
      } else if (value !== null && (low === null) !== (high === null)) {
        errors.push({ file, record: key, field: `${f.low}/${f.high}`, expected: "both bounds beside a central figure, or neither", found: `only ${low !== null ? f.low : f.high}` });
        bad = true;
      }
    }
    if (bad) return;
    const figureText = JSON.stringify(figureFields(layout).map((f) => figures.get(f) ?? null));
    const first = seen.get(key);
    if (first !== undefined) {
      // The same figures under one key, the other cells (a computed change) differing: the second is left out and reported.
      // A row repeated exactly, or a key with other figures, is a broken file: which row was meant cannot be known.
      if (first.figures === figureText && first.text !== cells.join("\u0000")) {
        leftOut.push({ line, reason: `a second row for ${key} with the same figures (line ${first.line}); only other columns differ: left out` });
        return;
      }
      errors.push({ file, record: key, expected: "each record once", found: `a second row for ${key} (lines ${first.line} and ${line})${first.text === cells.join("\u0000") ? ", repeated exactly" : " with other figures"}` });
      return;
    }
    seen.set(key, { line, figures: figureText, text: cells.join("\u0000") });
    if ([...figures.values()].every((v) => v === null)) {
      leftOut.push({ line, reason: `${key}: no figure stated (every figure cell empty): no claim` });
      return;
    }
    const url = layout.urlField ? get(layout.urlField).trim() : "";
    const row: Cell[] = [date, ...(week ? [week] : []), ...layout.keyFields.map(get), ...mapFields(layout).map(get), ...figureFields(layout).map((f) => figures.get(f) ?? null), ...(layout.urlField ? [url === "" ? null : url] : [])];
    rows.push({ key, date, row });
  });
  rows.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
  return { table: errors.length === 0 ? { columns, rows: rows.map((r) => r.row), leftOut } : undefined, errors };
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** The address a URL cell gives: the cell when it is a URL, or the URL it starts with; undefined when it holds none. */
export function cellUrl(cell: string): string | undefined {
  const first = cell.split(/\s/)[0] ?? "";
  if (!/^https?:\/\//.test(first)) return undefined;
  try {
    return URL.canParse(first) ? first : undefined;
  } catch {
    return undefined;
  }
}


/**
 * Every record of a CSV table as claims: one a figure. A low/high pair is one claim with a range
 * (the central figure beside it in `table.central`); a lone low is "at least", a lone high "up to",
 * as the table's columns say; a single figure is as stated. A record with no figure is no claim.
 */
export function csvClaims(source: TableSource & { layout: CsvLayout }, file: TableFile): Claim[] {
  const layout = source.layout;
  const at = (field: string) => file.columns.indexOf(field);
  const mapped = (spec: string | { field: string; values: Record<string, string> }, row: readonly Cell[], key: string): string | undefined => {
    if (typeof spec === "string") return spec;
    return spec.values[String(row[at(key)] ?? "")];
  };
  const claims: Claim[] = [];
  for (const row of file.rows) {
    const record = csvRecordKey(layout, file.columns, row);
    const date = String(row[0]);
    const name = layout.claimant ? String(row[at(layout.claimant.field)] ?? "") : undefined;
    const claimantId = layout.claimant ? layout.claimant.values[name ?? ""] : source.claimantId;
    const subject = mapped(layout.subject, row, typeof layout.subject === "string" ? "" : layout.subject.field);
    if (!claimantId || !subject) continue;
    const urlCell = layout.urlField ? row[at(layout.urlField)] : null;
    const url = typeof urlCell === "string" ? cellUrl(urlCell) : undefined;
    const notes = [
      layout.claimNote,
      typeof urlCell === "string" && url !== urlCell ? `The table's address cell: ${JSON.stringify(urlCell)}` : undefined,
    ].filter((n): n is string => n !== undefined);
    for (const figure of layout.figures) {
      const metric = mapped(figure.metric, row, typeof figure.metric === "string" ? "" : figure.metric.field) as Metric | undefined;
      if (!metric) continue;
      const claim = figureClaim(figure, row, at);
      if (!claim) continue;
      const week = layout.date.format === "iso-week" ? String(row[at("week")]) : undefined;
      const days = week ? isoWeekDays(Number(week.slice(0, 4)), Number(week.slice(6))) : undefined;
      const out: FigureClaim = {
        id: [source.id, slug(record), metric].join("-"),
        kind: "figure",
        claimantId,
        ...(layout.relayVia ? { relay: { via: layout.relayVia, wording: name ?? source.publisher } } : {}),
        // A weekly count is the list as of the table's date, for the deaths of that week.
        statedOn: days ? { date: source.datePublished, precision: "by" } : { date, precision: "day" },
        ...(days ? { period: { wording: `deaths in ISO week ${week}`, from: days.monday, asOf: days.sunday, sinceStart: false } } : {}),
        subject,
        locator: { kind: "cell", record, field: claim.field },
        metric,
        sourceId: source.id,
        ...claim.figure,
        ...(notes.length > 0 ? { note: notes.join(" ") } : {}),
        ...(url ? { url } : {}),
      } as FigureClaim;
      claims.push(out);
    }
  }
  return claims;
}

type FigurePart = { quote: string; stated: string; table?: CellFacts } & (
  | { qualifier: "exact" | "about" | "at-least" | "up-to"; value: number }
  | { qualifier: "range"; value: number; valueHigh: number }
);

function figureClaim(f: CsvFigure, row: readonly Cell[], at: (field: string) => number): { field: string; figure: FigurePart } | undefined {
  const cell = (field: string | undefined) => {
    const v = field ? row[at(field)] : null;
    return typeof v === "number" ? v : null;
  };
  const [low, high, value] = [cell(f.low), cell(f.high), cell(f.value)];
  const scaled = (n: number) => (f.scale === 1 ? n : n * f.scale);
  const unit = f.scale === 1 ? "" : ` ${f.unit}`;
  if (low !== null && high !== null && f.low && f.high) {
    const central = value !== null && f.value ? { central: { field: f.value, value: scaled(value) } } : {};
    return {
      field: f.low,
      figure: { quote: `${low}–${high}${unit}`, stated: `${low}–${high}${unit}`, qualifier: "range", value: scaled(low), valueHigh: scaled(high), ...(value !== null ? { table: central } : {}) },
    };
  }
  if (value !== null && f.value) {
    return { field: f.value, figure: { quote: `${value}${unit}`, stated: `${value}${unit}`, qualifier: f.qualifier, value: scaled(value) } };
  }
  if (low !== null && f.low) return { field: f.low, figure: { quote: `${low}${unit}`, stated: `${low}${unit}`, qualifier: "at-least", value: scaled(low) } };
  if (high !== null && f.high) return { field: f.high, figure: { quote: `${high}${unit}`, stated: `${high}${unit}`, qualifier: "up-to", value: scaled(high) } };
  return undefined;
}
