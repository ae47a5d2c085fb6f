import { type NextRequest, NextResponse } from "next/server";
import { isEncodedPath } from "@/lib/http/delivery";
import { encodedOnce, encodedResponse } from "@/lib/http/encoded";
import { localePath, splitLocale } from "@/lib/i18n/locales";
import { CHART_ENDPOINTS, badChartResponse, builtCatalogue, chartRedirectResponse, gateChartRequestOnce } from "@/lib/site/chart-requests";
import { CLAIMS_PATHS, badRequestPage, claimsCatalogue, gateClaimsRequest } from "@/lib/site/claims-requests";
import { noPageResponse } from "@/lib/site/no-page";
import { isDecodablePath, requestOrigin, sitePaths } from "@/lib/site/site";

/**
 * Checks requests before any page or route runs. It never rewrites: next.config.js's rewrites serve the
 * English edition at the site's paths and send /claims with a query to the search (see there why).
 * Runs for the chart endpoints, the claims search, /on, and paths with a "%" or a capital letter, in
 * every edition (see config); none of the site's own paths has either.
 *
 * - A chart's query is checked before its page or route runs: a bad one answers 400, naming the
 *   parameter; one out of the canonical order is redirected to the chart's one URL, in its edition.
 * - Next answers 500 when a dynamic segment is not valid percent-encoding (vercel/next.js#92527, open
 *   in 16.4): such a path names nothing here, so it is answered 404 here (lib/site/no-page.ts), or for
 *   /oembed/<file> with oEmbed's JSON error.
 * - Next matches header rules without regard to case, so next.config.js sends Content-Encoding for,
 *   say, /Embed.js too (lib/http/delivery.ts), where no route answers and Next's 404 page would go
 *   out uncompressed under that header. Such a path gets a 404 in the encoding the header says.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const { locale, path } = splitLocale(pathname);
  if (!isDecodablePath(pathname)) return noPageResponse(locale, path);
  if (/[A-Z]/.test(pathname) && isEncodedPath(pathname)) {
    return encodedResponse(request, encodedOnce("proxy:404", () => "Not found."), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  if (Object.hasOwn(CHART_ENDPOINTS, path)) {
    // A chart's query is checked here, where a page can still answer 400 (a page itself cannot).
    const gate = gateChartRequestOnce(path, request.nextUrl.searchParams, builtCatalogue());
    if (gate.kind === "bad") return badChartResponse(request, gate.message, path === sitePaths.chart.page);
    if (gate.kind === "redirect") return chartRedirectResponse(request, new URL(localePath(locale, gate.location), requestOrigin(request)).href, gate.status);
    return NextResponse.next();
  }
  if (path === CLAIMS_PATHS.list || path === CLAIMS_PATHS.found || path === CLAIMS_PATHS.day || path.startsWith(`${CLAIMS_PATHS.day}/`)) {
    // A search that passes is sent on to /claims/found by next.config.js's rewrites, by the same parameters.
    const gate = gateClaimsRequest(path, request.nextUrl.searchParams, claimsCatalogue(), locale);
    if (gate.kind === "bad") return badRequestPage(gate.message, gate.title, localePath(locale, gate.back), locale);
    if (gate.kind === "redirect") return NextResponse.redirect(new URL(localePath(locale, gate.location), requestOrigin(request)), 303);
  }
  return NextResponse.next();
}

// In each edition (a matcher must be written out: Next reads it without running this file).
export const config = {
  matcher: [
    "/:path(.*%.*)",
    "/:path(.*[A-Z].*)",
    "/chart",
    "/chart/:file",
    "/embed/chart",
    "/claims",
    "/claims/found",
    "/on",
    "/on/:day",
    "/:locale(uk|ru)/chart",
    "/:locale(uk|ru)/chart/:file",
    "/:locale(uk|ru)/embed/chart",
    "/:locale(uk|ru)/claims",
    "/:locale(uk|ru)/claims/found",
    "/:locale(uk|ru)/on",
    "/:locale(uk|ru)/on/:day",
  ],
};
