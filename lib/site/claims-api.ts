import { API_PARAMS, apiFormat, claimsSearch, parseClaimsQuery } from "../claims-search/query";
import { claimCsvRow, CSV_COLUMNS, toCsv } from "../export/claims";
import { builtAt } from "./build-paths";
import { claimsCatalogue } from "./claims-requests";
import { claimsApiPage } from "./claims-search-views";

const text = (status: number, body: string) => new Response(`${body}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * /api/claims: the claims search for programs. JSON in the shape of /data/claims.json (its schema is
 * /data/schema.json), or CSV in the columns of /data/claims.csv; paging in the Link header (RFC 8288:
 * first, prev, next, last) with the count in X-Total-Count.
 */
export function claimsApiResponse(request: Request): Response {
  const url = new URL(request.url);
  const parsed = parseClaimsQuery(url.searchParams, claimsCatalogue(), API_PARAMS);
  if (!parsed.ok) return text(400, `Bad request. ${parsed.message}`);
  const format = apiFormat(url.searchParams.get("format"), request.headers.get("accept"));
  if (!format.ok) return text(400, `Bad request. ${format.message}`);
  const result = claimsApiPage(parsed.query, builtAt());
  if (!result) return text(404, "Not found. page: past the last page of this search.");
  const { page, total, pages, dataset } = result;
  const href = (n: number) => {
    const params = new URLSearchParams(claimsSearch(parsed.query, 1));
    params.set("page", String(n));
    if (url.searchParams.get("format")) params.set("format", format.format);
    return `/api/claims?${params}`;
  };
  const n = parsed.query.page;
  const links = [`<${href(1)}>; rel="first"`, ...(n > 1 ? [`<${href(n - 1)}>; rel="prev"`] : []), ...(n < pages ? [`<${href(n + 1)}>; rel="next"`] : []), `<${href(pages)}>; rel="last"`];
  const headers = { Link: links.join(", "), "X-Total-Count": String(total), "X-Page-Count": String(pages), "Cache-Control": "public, max-age=300", Vary: "Accept" };
  if (format.format === "csv") {
    const claimants = new Map(dataset.claimants.map((c) => [c.id, c]));
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    const csv = toCsv(CSV_COLUMNS, page.claims.map((c) => claimCsvRow(c, claimants.get(c.claimantId), sources.get(c.sourceId))));
    return new Response(csv, { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  }
  return new Response(JSON.stringify(page), { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}
