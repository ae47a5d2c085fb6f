import type { CellFacts } from "../model/cells";
import type { Claim, FigureClaim, Metric } from "../model/claims";
import type { TableFile, TableSource } from "../model/tables";
import { recordKey } from "./snapshot";

type Row = TableFile["rows"][number];

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

function withFacts(claim: FigureClaim, facts: CellFacts): FigureClaim {
  const kept = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as CellFacts;
  return Object.keys(kept).length > 0 ? { ...claim, table: kept } : claim;
}

/**
 * Every cell of a kept table that states a figure, as a claim. A null cell (the field absent that
 * day) is no claim. A count lower than the previous one for the same field and subject is marked as
 * a fall; an amount in the claimant's corrections file is carried as listed. Neither is smoothed.
 */
export function tableClaims(source: TableSource, file: TableFile, corrections: Map<string, number> = new Map()): Claim[] {
  const col = new Map(file.columns.map((c, i) => [c, i]));
  const cell = (row: Row, field: string) => row[col.get(field) ?? -1] ?? null;
  const revisions = revisionsByCell(file);
  const claims: Claim[] = [];
  const previous = new Map<string, { date: string; value: number }>();
  const base = (date: string, record: string, field: string, value: number) => ({
    kind: "figure" as const,
    claimantId: source.claimantId,
    statedOn: { date, precision: "day" as const },
    quote: String(value),
    stated: String(value),
    value,
    locator: { kind: "cell" as const, record, field },
    sourceId: source.id,
  });
  const fall = (key: string, date: string, value: number) => {
    const before = previous.get(key);
    previous.set(key, { date, value });
    return before && value < before.value ? before : undefined;
  };

  const layout = source.layout;
  if (layout.kind === "wide") {
    for (const row of file.rows) {
      const date = String(cell(row, layout.dateField));
      for (const { field, metric, qualifier } of layout.fields) {
        const value = cell(row, field);
        if (typeof value !== "number") continue;
        const word = qualifier === "exact" ? undefined : cell(row, qualifier.field);
        const q = qualifier === "exact" ? "exact" : typeof word === "string" ? (qualifier.words[word] ?? "exact") : "exact";
        claims.push(
          withFacts(
            { ...base(date, date, field, value), id: cellClaimId(source, date, metric), subject: layout.subject, metric, qualifier: q },
            {
              qualifierCell: qualifier !== "exact" && typeof word === "string" ? { field: qualifier.field, quote: word } : undefined,
              fellFrom: fall(field, date, value),
              correctionListed: corrections.get(`${date}|${field}`),
              revisions: revisions.get(`${date}|${field}`),
            },
          ),
        );
      }
    }
    return claims;
  }

  const metrics = new Map(layout.types.map((t) => [t.name, t.metric]));
  for (const row of file.rows) {
    const date = String(cell(row, layout.dateField));
    const country = String(cell(row, layout.subjectField));
    const metric = metrics.get(String(cell(row, layout.typeField)));
    const value = cell(row, layout.valueField);
    const subject = layout.subjects[country];
    if (!metric || typeof value !== "number" || !subject) continue;
    const record = recordKey(layout, file.columns, row);
    const breakdown = Object.fromEntries(layout.breakdownFields.flatMap((f) => (typeof cell(row, f) === "number" ? [[f, cell(row, f)]] : [])));
    claims.push(
      withFacts(
        { ...base(date, record, layout.valueField, value), id: cellClaimId(source, date, metric, country), subject, metric, qualifier: "exact" },
        {
          breakdown,
          fellFrom: fall(`${country}|${metric}`, date, value),
          revisions: revisions.get(`${record}|${layout.valueField}`),
        },
      ),
    );
  }
  return claims;
}
