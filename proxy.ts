import { type NextRequest, NextResponse } from "next/server";
import { isEncodedPath } from "@/lib/http/delivery";
import { encodedOnce, encodedResponse } from "@/lib/http/encoded";
import { CHART_ENDPOINTS, badChartResponse, builtCatalogue, chartRedirectResponse, gateChartRequestOnce } from "@/lib/site/chart-requests";
import { CLAIMS_PATHS, badRequestPage, claimsCatalogue, gateClaimsRequest } from "@/lib/site/claims-requests";
import { NO_PAGE, isDecodablePath, requestOrigin, sitePaths } from "@/lib/site/site";

/**
 * Runs only for the chart endpoints (/chart, its downloads, /embed/chart), the claims search (/claims
 * with a query, /on/<day>), and for paths with a "%"
 * or a capital letter in them (see config); none of the site's own paths has either.
 *
 * - A chart's query is checked before its page or route runs: a bad one answers 400, naming the
 *   parameter; one out of the canonical order is redirected to the chart's one URL.
 * - Next answers 500 when a dynamic segment is not valid percent-encoding (vercel/next.js#92527, open
 *   in 16.4): such a path names nothing here, so it is sent where an unknown page goes, and the
 *   answer is the site's own 404, or for /oembed/<file> the oEmbed 404.
 * - Next matches header rules without regard to case, so next.config.js sends Content-Encoding for,
 *   say, /Embed.js too (lib/http/delivery.ts), where no route answers and Next's 404 page would go
 *   out uncompressed under that header. Such a path gets a 404 in the encoding the header says.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (Object.hasOwn(CHART_ENDPOINTS, pathname)) {
    // A chart's query is checked here, where a page can still answer 400 (a page itself cannot).
    const gate = gateChartRequestOnce(pathname, request.nextUrl.searchParams, builtCatalogue());
    if (gate.kind === "bad") return badChartResponse(request, gate.message, pathname === sitePaths.chart.page);
    if (gate.kind === "redirect") return chartRedirectResponse(request, new URL(gate.location, requestOrigin(request)).href, gate.status);
    return NextResponse.next();
  }
  if (pathname === CLAIMS_PATHS.list || pathname === CLAIMS_PATHS.found || pathname === CLAIMS_PATHS.day || pathname.startsWith(`${CLAIMS_PATHS.day}/`)) {
    const gate = gateClaimsRequest(pathname, request.nextUrl.searchParams, claimsCatalogue());
    if (gate.kind === "bad") return badRequestPage(gate.message, gate.title, gate.back);
    if (gate.kind === "redirect") return NextResponse.redirect(new URL(gate.location, requestOrigin(request)), 303);
    if (gate.kind === "rewrite") return NextResponse.rewrite(new URL(gate.path + request.nextUrl.search, request.url));
    if (isDecodablePath(pathname)) return NextResponse.next();
  }
  if (!isDecodablePath(pathname)) {
    const nowhere = pathname.startsWith(`${sitePaths.oembedEndpoint}/`) ? sitePaths.oembed("-") : NO_PAGE;
    return NextResponse.rewrite(new URL(nowhere, request.url));
  }
  if (/[A-Z]/.test(pathname) && isEncodedPath(pathname)) {
    return encodedResponse(request, encodedOnce("proxy:404", () => "Not found."), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return NextResponse.next();
}

export const config = { matcher: ["/:path(.*%.*)", "/:path(.*[A-Z].*)", "/chart", "/chart/:file", "/embed/chart", "/claims", "/claims/found", "/on", "/on/:day"] };
