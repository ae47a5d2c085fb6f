import type { Claim, FigureClaim, Qualifier } from "../model/claims";
import { QUALIFIER_LABELS } from "../model/claims";
import { formatDate } from "../model/dates";
import { formatNumber } from "../chart/figures";
import type { Source } from "../model/sources";
import type { TableSource } from "../model/tables";

/**
 * A figure in a report set beside the same day's figure in the table its claimant publishes (or
 * relays): the Defence Ministry's "more than 5,840" beside the General Staff's "about 5840". It says
 * how the two differ, and passes no verdict beyond that.
 */
export interface RelayCheck {
  claimId: string;
  tableClaimId: string;
  tableSourceId: string;
  tableTitle: string;
  /** The record and field of the table's cell. */
  record: string;
  field: string;
  date: string;
  tableValue: number;
  tableQualifier: Qualifier;
  /** The table's figure, its qualifier in the table's words, the number written as we write every number: "about 5,840", "211". */
  tableStated: string;
  /** "same": equal; "rounded": the report's is the table's to a round number; "different": neither. */
  figure: "same" | "rounded" | "different";
  /** The qualifier before and after, when the report's differs from the table's. */
  qualifierChanged?: { from: Qualifier; to: Qualifier };
}

/** Whether `stated` is `exact` rounded to tens, hundreds, thousands…: 860 for 862, 200 for 211. */
export function isRounding(stated: number, exact: number): boolean {
  for (let unit = 10; unit <= Math.max(stated, exact) * 10; unit *= 10) {
    if (stated % unit === 0 && Math.abs(exact - stated) < unit) return true;
  }
  return false;
}

/** Every report figure whose claimant publishes or relays a table, checked against that table's cell for the same day. */
export function relayChecks(sources: readonly Source[], claims: readonly Claim[]): Map<string, RelayCheck> {
  const tables = sources.filter((s): s is TableSource => s.kind === "table");
  const cells = new Map<string, FigureClaim>();
  for (const claim of claims) {
    if (claim.kind === "figure" && claim.locator.kind === "cell") cells.set(`${claim.sourceId}|${claim.locator.record}|${claim.locator.field}`, claim);
  }
  // claimant → metric → [table, field]; the table's own claimant maps each field's metric to itself.
  const routes = new Map<string, Map<string, { table: TableSource; field: string }[]>>();
  const route = (claimantId: string, metric: string, table: TableSource, field: string) => {
    const byMetric = routes.get(claimantId) ?? new Map<string, { table: TableSource; field: string }[]>();
    byMetric.set(metric, [...(byMetric.get(metric) ?? []), { table, field }]);
    routes.set(claimantId, byMetric);
  };
  for (const table of tables) {
    if (table.layout.kind !== "wide") continue;
    for (const f of table.layout.fields) route(table.claimantId, f.metric, table, f.field);
    for (const relay of table.relayedBy ?? []) for (const [metric, field] of Object.entries(relay.metrics)) if (field) route(relay.claimantId, metric, table, field);
  }
  const out = new Map<string, RelayCheck>();
  for (const claim of claims) {
    if (claim.kind !== "figure" || claim.locator.kind !== "text" || claim.qualifier === "vague" || claim.qualifier === "range") continue;
    for (const { table, field } of routes.get(claim.claimantId)?.get(claim.metric) ?? []) {
      const cell = cells.get(`${table.id}|${claim.statedOn.date}|${field}`);
      if (!cell || cell.qualifier === "vague" || cell.qualifier === "range") continue;
      const figure = claim.value === cell.value ? "same" : isRounding(claim.value, cell.value) ? "rounded" : "different";
      out.set(claim.id, {
        claimId: claim.id,
        tableClaimId: cell.id,
        tableSourceId: table.id,
        tableTitle: table.title,
        record: claim.statedOn.date,
        field,
        date: claim.statedOn.date,
        tableValue: cell.value,
        tableQualifier: cell.qualifier,
        // A table cell is a number, not words: it is written as every figure on the site is (the quote stays in the cell's own record).
        tableStated: cell.table?.qualifierCell ? `${cell.table.qualifierCell.quote} ${formatNumber(cell.value)}` : formatNumber(cell.value),
        figure,
        ...(claim.qualifier !== cell.qualifier ? { qualifierChanged: { from: cell.qualifier, to: claim.qualifier } } : {}),
      });
      break;
    }
  }
  return out;
}

const qualifierWords = (q: Qualifier) => (q === "exact" ? "no qualifier" : `"${QUALIFIER_LABELS[q]}"`);

/** 'In the General Staff's table for 2 Mar 2022 ("tank"): 211. Rounded; no qualifier became "more than".' */
export function relayCheckSentence(check: RelayCheck, publisher: string): string {
  const figure = check.figure === "same" ? "Same figure" : check.figure === "rounded" ? "Rounded" : "A different figure";
  const qualifier = check.qualifierChanged ? `; ${qualifierWords(check.qualifierChanged.from)} became ${qualifierWords(check.qualifierChanged.to)}` : "; same qualifier";
  return `${publisher}'s table for ${formatDate(check.date)} ("${check.field}"): ${check.tableStated}. ${figure}${qualifier}.`;
}
