import { claimsSearch } from "@/lib/claims-search/query";
import { queryToForm } from "@/lib/claims-table/filters";
import type { ClaimsSearchView } from "@/lib/site/claims-search-views";
import { ClaimsBrowser } from "./ClaimsBrowser";

const n = (x: number) => x.toLocaleString("en-GB");

/** "37 claims match." / "1 claim matches." / "No claim matches." */
export function matchCount(total: number): string {
  if (total === 0) return "No claim matches.";
  return total === 1 ? "1 claim matches." : `${n(total)} claims match.`;
}

/** A search over every claim: the form as sent, how many match, and one page of them. Stateless. */
export function ClaimsResults({ view }: { view: ClaimsSearchView }) {
  const { query, rows, total, page, pages } = view;
  const first = rows[0]?.statedDate ?? "";
  const last = rows[rows.length - 1]?.statedDate ?? "";
  return (
    <>
      <h1>Claims found</h1>
      <p className="cc-dek">
        Every claim of the record that matches the search, in the order stated. Change the search below, or <a href="/claims">go back to every claim</a>.
      </p>
      <ClaimsBrowser
        rows={rows}
        claimants={view.claimants}
        topics={view.topics}
        dateMin={view.dateMin}
        dateMax={view.dateMax}
        values={queryToForm(query)}
        status={`${matchCount(total)}${pages > 1 ? ` Page ${page} of ${pages}.` : ""}`}
        caption={pages > 1 ? `Claims matching the search, page ${page} of ${pages}` : "Claims matching the search, in the order stated"}
        paging={{ number: page, total: pages, totalClaims: total, from: first, to: last }}
        pageHref={(p) => `/claims${claimsSearch(query, p)}`}
      />
    </>
  );
}
