import { type NextRequest, NextResponse } from "next/server";
import { isEncodedPath } from "@/lib/http/delivery";
import { encodedOnce, encodedResponse } from "@/lib/http/encoded";
import { type Locale, localePath, splitLocale } from "@/lib/i18n/locales";
import { CHART_ENDPOINTS, badChartResponse, builtCatalogue, chartRedirectResponse, gateChartRequestOnce } from "@/lib/site/chart-requests";
import { CLAIMS_PATHS, badRequestPage, claimsCatalogue, gateClaimsRequest } from "@/lib/site/claims-requests";
import { NO_PAGE, ROOT_PATHS, isDecodablePath, requestOrigin, sitePaths } from "@/lib/site/site";

/**
 * Runs for every path but Next's own assets (see config).
 *
 * - Editions: English pages are served at the site's paths and Ukrainian and Russian under /uk and /ru;
 *   all three are app/[locale]/, so an English path is rewritten to /en/<path> here. A path that starts
 *   with /en is not an address of the site (the English edition has none), so it gets the 404 page.
 *   The data files, the API, /oembed and /embed.js are the same in every edition (ROOT_PATHS).
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
  const { locale, path } = splitLocale(pathname);
  if (!isDecodablePath(pathname)) {
    const nowhere = path.startsWith(`${sitePaths.oembedEndpoint}/`) ? sitePaths.oembed("-") : NO_PAGE;
    return NextResponse.rewrite(inside(request, `/${locale}${nowhere}`));
  }
  if (/[A-Z]/.test(pathname) && isEncodedPath(pathname)) {
    return encodedResponse(request, encodedOnce("proxy:404", () => "Not found."), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  if (locale === "en" && ROOT_PATHS.test(pathname)) return NextResponse.next();
  if (pathname === "/en" || pathname.startsWith("/en/")) return NextResponse.rewrite(inside(request, `/en${NO_PAGE}`));
  if (Object.hasOwn(CHART_ENDPOINTS, path)) {
    // A chart's query is checked here, where a page can still answer 400 (a page itself cannot).
    const gate = gateChartRequestOnce(path, request.nextUrl.searchParams, builtCatalogue());
    if (gate.kind === "bad") return badChartResponse(request, gate.message, path === sitePaths.chart.page);
    if (gate.kind === "redirect") return chartRedirectResponse(request, new URL(localePath(locale, gate.location), requestOrigin(request)).href, gate.status);
    return edition(request, locale, path);
  }
  if (path === CLAIMS_PATHS.list || path === CLAIMS_PATHS.found || path === CLAIMS_PATHS.day || path.startsWith(`${CLAIMS_PATHS.day}/`)) {
    const gate = gateClaimsRequest(path, request.nextUrl.searchParams, claimsCatalogue(), locale);
    if (gate.kind === "bad") return badRequestPage(gate.message, gate.title, localePath(locale, gate.back), locale);
    if (gate.kind === "redirect") return NextResponse.redirect(new URL(localePath(locale, gate.location), requestOrigin(request)), 303);
    if (gate.kind === "rewrite") return NextResponse.rewrite(inside(request, `/${locale}${gate.path}`));
  }
  return edition(request, locale, path);
}

/** On to the page in its edition: English paths are app/[locale]/ with "en", inside. */
function edition(request: NextRequest, locale: Locale, path: string) {
  if (locale !== "en") return NextResponse.next();
  return NextResponse.rewrite(inside(request, path === "/" ? "/en" : `/en${path}`));
}

/**
 * The request's own URL with another path and the same query: a rewrite inside this server. (A URL built
 * from request.url names "localhost" where the request came to 127.0.0.1, and Next would proxy to it.)
 */
function inside(request: NextRequest, pathname: string): URL {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  return url;
}

// Every path but Next's own built assets: the editions are decided here.
export const config = { matcher: ["/((?!_next/static/|_next/image).*)"] };
