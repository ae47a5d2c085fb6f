import { type ClaimFilterForm, type FilterOption, filtersToForm } from "@/lib/claims-table/filters";
import type { ClaimRow } from "@/lib/claims-table/rows";

import { type MonthEntry } from "@/lib/claims-table/paging";
import { formatDate } from "@/lib/model/dates";
import { ClaimFiltersForm } from "./ClaimFiltersForm";
import { ClaimsPager, MonthIndex, type Paging } from "./ClaimsPager";
import { ClaimsTable } from "./ClaimsTable";

export interface ClaimsBrowserProps {
  rows: readonly ClaimRow[];
  claimants: readonly FilterOption[];
  topics: readonly FilterOption[];
  dateMin?: string;
  dateMax?: string;
  /** The table comes in pages; this is one of them. */
  paging?: Paging;
  months?: readonly MonthEntry[];
}

/**
 * The filters, the count and the table. Rendered as is (every row, no handlers) into the static
 * page, and by ClaimsExplorer with the rows its filters keep.
 */
export function ClaimsBrowser({
  rows,
  shown = rows,
  values = filtersToForm({}),
  onChange,
  onClear,
  paging,
  months,
  ...options
}: ClaimsBrowserProps & {
  shown?: readonly ClaimRow[];
  values?: ClaimFilterForm;
  onChange?: (values: ClaimFilterForm) => void;
  onClear?: () => void;
}) {
  const all = shown.length === rows.length;
  const n = (x: number) => x.toLocaleString("en-GB");
  const paged = paging && paging.total > 1 ? paging : undefined;
  const where = paged ? " on this page" : "";
  return (
    <>
      {paged ? (
        <div className="cc-paging">
          <p className="cc-small">
            Page {paged.number} of {paged.total}: claims stated {formatDate(paged.from)} to {formatDate(paged.to)}, of {n(paged.totalClaims)} in all.
          </p>
          <ClaimsPager paging={paged} label="Pages of the claims table" />
          {months ? <MonthIndex months={months} /> : null}
        </div>
      ) : null}
      <ClaimFiltersForm values={values} onChange={onChange} onClear={onClear} {...options} />
      <p className="cc-count" role="status">
        {all ? `Showing all ${n(rows.length)} claims${where}.` : `Showing ${n(shown.length)} of ${n(rows.length)} claims${where}.`}
        {onChange ? null : <noscript> Without JavaScript the filters cannot run here: the whole page is shown.</noscript>}
      </p>
      <ClaimsTable rows={shown} caption={all ? (paged ? `Claims in the order stated, page ${paged.number} of ${paged.total}` : "Every claim, in the order stated") : "Claims matching the filters, in the order stated"} />
      {paged ? <ClaimsPager paging={paged} label="Pages of the claims table, again" /> : null}
    </>
  );
}
