import { type ClaimFilterForm, type FilterOption, filtersToForm } from "@/lib/claims-table/filters";
import type { ClaimRow } from "@/lib/claims-table/rows";

import { ClaimFiltersForm } from "./ClaimFiltersForm";
import { ClaimsTable } from "./ClaimsTable";

export interface ClaimsBrowserProps {
  rows: readonly ClaimRow[];
  claimants: readonly FilterOption[];
  topics: readonly FilterOption[];
  dateMin?: string;
  dateMax?: string;
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
  ...options
}: ClaimsBrowserProps & {
  shown?: readonly ClaimRow[];
  values?: ClaimFilterForm;
  onChange?: (values: ClaimFilterForm) => void;
  onClear?: () => void;
}) {
  const all = shown.length === rows.length;
  return (
    <>
      <ClaimFiltersForm values={values} onChange={onChange} onClear={onClear} {...options} />
      <p className="cc-count" role="status">
        {all ? `Showing all ${rows.length} claims.` : `Showing ${shown.length} of ${rows.length} claims.`}
        {onChange ? null : <noscript> Without JavaScript the filters cannot run here: the whole table is shown.</noscript>}
      </p>
      <ClaimsTable rows={shown} caption={all ? "Every claim, in the order stated" : "Claims matching the filters, in the order stated"} />
    </>
  );
}
