import type { Claim, FigureClaim } from "../model/claims";
import { METRIC_INFO } from "../model/claims";
import { longLabel } from "../chart/figures";
import type { TableFile, TableSource } from "../model/tables";

/** One series of a table (a field, or for Oryx a type of one country's losses) as its source page sums it up. */
export interface TableSeries {
  subject: string;
  metric: FigureClaim["metric"];
  label: string;
  /** The published field or type names behind it (more than one where Oryx renamed a type). */
  names: string[];
  first: string;
  last: string;
  claims: number;
  latest: { date: string; stated: string; value: number; breakdown?: NonNullable<FigureClaim["table"]>["breakdown"]; claimId: string };
}

export interface TableCorrection {
  claimId: string;
  date: string;
  subject: string;
  label: string;
  field: string;
  value: number;
  fellFrom?: { date: string; value: number };
  listed?: number;
}

export interface TableSummary {
  sourceId: string;
  claims: number;
  records: number;
  from: string;
  to: string;
  series: TableSeries[];
  /** Every fall and every listed correction, in date order: shown, never smoothed. */
  corrections: TableCorrection[];
  revisions: TableFile["revisions"];
  leftOut: TableFile["leftOut"];
  importedOn: string;
}

/** Sums up a table source from its claims: what it counts, over which days, its latest figures and its corrections. */
export function summariseTable(source: TableSource, table: TableFile, claims: readonly Claim[]): TableSummary {
  const series = new Map<string, TableSeries>();
  const corrections: TableCorrection[] = [];
  const typeName = (claim: FigureClaim) => (source.layout.kind === "long" ? claim.locator.kind === "cell" ? (claim.locator.record.split("/")[2] ?? "") : "" : claim.locator.kind === "cell" ? claim.locator.field : "");
  let from = "";
  let to = "";
  let count = 0;
  for (const claim of claims) {
    if (claim.sourceId !== source.id || claim.kind !== "figure" || claim.qualifier === "vague") continue;
    count += 1;
    const date = claim.statedOn.date;
    if (!from || date < from) from = date;
    if (!to || date > to) to = date;
    const key = `${claim.subject}|${claim.metric}`;
    const name = typeName(claim);
    // Written one way ("about 1,351"), as in every table of figures; the cell as published is on the claim's row.
    const stated = longLabel(claim);
    const latest = { date, stated, value: claim.value, breakdown: claim.table?.breakdown, claimId: claim.id };
    const entry = series.get(key);
    if (!entry) {
      series.set(key, { subject: claim.subject, metric: claim.metric, label: METRIC_INFO[claim.metric].label, names: [name], first: date, last: date, claims: 1, latest });
    } else {
      entry.claims += 1;
      if (!entry.names.includes(name)) entry.names.push(name);
      if (date < entry.first) entry.first = date;
      if (date >= entry.last) {
        entry.last = date;
        entry.latest = latest;
      }
    }
    if (claim.table?.fellFrom || claim.table?.correctionListed !== undefined) {
      corrections.push({
        claimId: claim.id,
        date,
        subject: claim.subject,
        label: METRIC_INFO[claim.metric].label,
        field: claim.locator.kind === "cell" ? claim.locator.field : "",
        value: claim.value,
        ...(claim.table.fellFrom ? { fellFrom: claim.table.fellFrom } : {}),
        ...(claim.table.correctionListed !== undefined ? { listed: claim.table.correctionListed } : {}),
      });
    }
  }
  corrections.sort((a, b) => a.date.localeCompare(b.date));
  const order = source.layout.kind === "wide" ? source.layout.fields.map((f) => f.metric as string) : source.layout.kind === "long" ? source.layout.types.map((t) => t.metric as string) : [];
  const ordered = [...series.values()].sort((a, b) => a.subject.localeCompare(b.subject) || order.indexOf(a.metric) - order.indexOf(b.metric));
  return { sourceId: source.id, claims: count, records: table.rows.length, from, to, series: ordered, corrections, revisions: table.revisions, leftOut: table.leftOut, importedOn: table.importedOn };
}
