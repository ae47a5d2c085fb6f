import type { CellFacts } from "../model/cells";
import type { Claim, FigureClaim, Metric } from "../model/claims";

/** The qualifiers a table cell can carry: a number is always stated, never a range or vague. */
type PointQualifier = "exact" | "more-than" | "at-least" | "about" | "up-to";
import type { CsvLayout, TableFile, TableSource } from "../model/tables";
import { csvClaims } from "./csv";

/** "Russia" → "russia": the part of a claim id that names whose losses. */
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** A claim id for a cell: `<source>-<date>-<metric>`, with the country for Oryx. Stable across imports. */
export function cellClaimId(source: TableSource, date: string, metric: Metric, subjectKey?: string): string {
  return [source.id, date, subjectKey ? slug(subjectKey) : undefined, metric].filter(Boolean).join("-");
}

/** Signed corrections by date and field, from a kept corrections table. */
export function correctionsByCell(file: TableFile | undefined): Map<string, number> {
  const out = new Map<string, number>();
  const kept = file?.corrections;
  if (!kept) return out;
  for (const row of kept.rows) {
    kept.columns.forEach((field, i) => {
      const value = row[i];
      if (i > 0 && typeof value === "number" && value !== 0) out.set(`${String(row[0])}|${field}`, value);
    });
  }
  return out;
}

function revisionsByCell(file: TableFile): Map<string, { from: number | string; importedOn: string }[]> {
  const out = new Map<string, { from: number | string; importedOn: string }[]>();
  for (const r of file.revisions) {
    const key = `${r.record}|${r.field}`;
    out.set(key, [...(out.get(key) ?? []), { from: r.from, importedOn: r.importedOn }]);
  }
  return out;
}

/** Only the facts that are there: most cells have none, and then the claim carries no `table`. */
function facts(entries: CellFacts): CellFacts | undefined {
  let out: CellFacts | undefined;
  for (const key of Object.keys(entries) as (keyof CellFacts)[]) {
    if (entries[key] === undefined) continue;
    out ??= {};
    Object.assign(out, { [key]: entries[key] });
  }
  return out;
}

/**
 * Every cell of a kept table that states a figure, as a claim. A null cell (the field absent that
 * day) is no claim. A count lower than the previous one for the same field and subject is marked as
 * a fall; an amount in the claimant's corrections file is carried as listed. Neither is smoothed.
 */
export function tableClaims(source: TableSource, file: TableFile, corrections: Map<string, number> = new Map()): Claim[] {
  const index = (field: string) => file.columns.indexOf(field);
  const revisions = revisionsByCell(file);
  const claims: Claim[] = [];
  const previous = new Map<string, { date: string; value: number }>();
  const fall = (key: string, date: string, value: number) => {
    const before = previous.get(key);
    previous.set(key, { date, value });
    return before && value < before.value ? before : undefined;
  };
  const claim = (id: string, date: string, record: string, field: string, value: number, subject: string, metric: Metric, qualifier: PointQualifier, table: CellFacts | undefined): FigureClaim => {
    const quote = String(value);
    const out: FigureClaim = {
      id,
      kind: "figure",
      claimantId: source.claimantId,
      statedOn: { date, precision: "day" },
      subject,
      quote,
      locator: { kind: "cell", record, field },
      metric,
      stated: quote,
      qualifier,
      value,
      sourceId: source.id,
    };
    if (table) out.table = table;
    return out;
  };

  const layout = source.layout;
  if (layout.kind === "csv") return csvClaims(source as TableSource & { layout: CsvLayout }, file);
  if (layout.kind === "wide") {
    const dateAt = index(layout.dateField);
    const fields = layout.fields.map((f) => ({ ...f, at: index(f.field), qualifierAt: f.qualifier === "exact" ? -1 : index(f.qualifier.field) }));
    for (const row of file.rows) {
      const date = String(row[dateAt]);
      for (const { field, metric, qualifier, at, qualifierAt } of fields) {
        const value = row[at];
        if (typeof value !== "number") continue;
        const word = qualifierAt >= 0 ? row[qualifierAt] : undefined;
        const q = qualifier !== "exact" && typeof word === "string" ? (qualifier.words[word] ?? "exact") : "exact";
        const table = facts({
          qualifierCell: qualifier !== "exact" && typeof word === "string" ? { field: qualifier.field, quote: word } : undefined,
          fellFrom: fall(field, date, value),
          correctionListed: corrections.get(`${date}|${field}`),
          revisions: revisions.get(`${date}|${field}`),
        });
        claims.push(claim(cellClaimId(source, date, metric), date, date, field, value, layout.subject, metric, q, table));
      }
    }
    return claims;
  }

  const metrics = new Map(layout.types.map((t) => [t.name, t.metric]));
  const [dateAt, subjectAt, typeAt, valueAt] = [layout.dateField, layout.subjectField, layout.typeField, layout.valueField].map(index);
  const breakdownAt = layout.breakdownFields.map((f) => [f, index(f)] as const);
  const countrySlugs = new Map(Object.keys(layout.subjects).map((c) => [c, slug(c)]));
  for (const row of file.rows) {
    const date = String(row[dateAt ?? -1]);
    const country = String(row[subjectAt ?? -1]);
    const type = String(row[typeAt ?? -1]);
    const metric = metrics.get(type);
    const value = row[valueAt ?? -1];
    const subject = layout.subjects[country];
    if (!metric || typeof value !== "number" || !subject) continue;
    const record = `${date}/${country}/${type}`;
    const breakdown: NonNullable<CellFacts["breakdown"]> = {};
    for (const [f, at] of breakdownAt) {
      const v = row[at];
      if (typeof v === "number") breakdown[f] = v;
    }
    const table = facts({ breakdown, fellFrom: fall(`${country}|${metric}`, date, value), revisions: revisions.get(`${record}|${layout.valueField}`) });
    claims.push(claim(`${source.id}-${date}-${countrySlugs.get(country) ?? slug(country)}-${metric}`, date, record, layout.valueField, value, subject, metric, "exact", table));
  }
  return claims;
}
