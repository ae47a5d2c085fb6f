import { type ClaimsForm, type FilterOption, queryToForm } from "@/lib/claims-table/filters";
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
  paging?: Paging;
  months?: readonly MonthEntry[];
  /** The search's fields; none filled on the table's own pages. */
  values?: ClaimsForm;
  /** What the count says ("37 claims match."). */
  status?: string;
  caption?: string;
  /** The address of a page of these rows: given for a search's results, whose count is of the matches. */
  pageHref?: (n: number) => string;
}

const n = (x: number) => x.toLocaleString("en-GB");

/** The search form, the count, the pager and the table: for the table's static pages and for a search's results alike. Stateless. */
export function ClaimsBrowser({ rows, paging, months, values = queryToForm({}), status, caption, pageHref, ...options }: ClaimsBrowserProps) {
  const paged = paging && paging.total > 1 ? paging : undefined;
  return (
    <>
      <ClaimFiltersForm values={values} {...options} />
      <p className="cc-count" role="status">
        {status ?? `Showing all ${n(rows.length)} claims.`}
      </p>
      {paged ? (
        <div className="cc-paging">
          <p className="cc-small">
            Page {paged.number} of {paged.total}: claims stated {formatDate(paged.from)} to {formatDate(paged.to)}, of {n(paged.totalClaims)} {pageHref ? "found" : "in all"}.
          </p>
          <ClaimsPager paging={paged} label="Pages of the claims table" href={pageHref} />
          {months ? <MonthIndex months={months} /> : null}
        </div>
      ) : null}
      <ClaimsTable rows={rows} caption={caption ?? (paged ? `Claims in the order stated, page ${paged.number} of ${paged.total}` : "Every claim, in the order stated")} />
      {paged ? <ClaimsPager paging={paged} label="Pages of the claims table, again" href={pageHref} /> : null}
    </>
  );
}
