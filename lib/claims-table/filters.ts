import type { ClaimsQuery } from "../claims-search/query";

/** One choice in a filter's list: the value the URL holds, and the words the reader sees. */
export interface FilterOption {
  value: string;
  label: string;
}

/** The fields of the claims search form, under their query names, as a GET form sends them. */
export const FORM_FIELDS = ["q", "claimant", "metric", "subject", "from", "to"] as const;
export type ClaimsForm = Record<(typeof FORM_FIELDS)[number], string>;

/** The form's fields for a search ("" where no filter is set). */
export function queryToForm(query: Partial<ClaimsQuery>): ClaimsForm {
  return Object.fromEntries(FORM_FIELDS.map((name) => [name, query[name] ?? ""])) as ClaimsForm;
}
