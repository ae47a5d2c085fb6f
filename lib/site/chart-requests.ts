import { existsSync, readFileSync } from "node:fs";
import { canonicalQuery, ChartCatalogue, type ChartQueryResult, foldFormQuery, isCanonicalOrder, parseChartQuery } from "../chart/query";
import { EMBED_THEMES } from "../embed/theme";
import { escapeHtml } from "../render/html";
import { BoundedMemo } from "../http/bounded-memo";
import { encodedOnce, encodedResponse } from "../http/encoded";
import { BUILD_PATHS } from "./build-paths";
import { sitePaths } from "./site";

const CHART_PATHS = sitePaths.chart;

/** The extra parameters each chart endpoint takes, beside the chart's own. */
export const CHART_ENDPOINTS: Record<string, readonly string[]> = {
  [CHART_PATHS.page]: [],
  [CHART_PATHS.embed]: ["theme"],
  [CHART_PATHS.png]: [],
  [CHART_PATHS.svg]: [],
  [CHART_PATHS.csv]: [],
};

let cached: ChartCatalogue | undefined;
/** The build's catalogue of what a chart may draw; empty before a build. */
export function builtCatalogue(): ChartCatalogue {
  if (cached) return cached;
  const path = BUILD_PATHS.chartCatalogue;
  cached = existsSync(/* turbopackIgnore: true */ path) ? ChartCatalogue.parse(JSON.parse(readFileSync(/* turbopackIgnore: true */ path, "utf8"))) : { topics: [] };
  return cached;
}

/** What a chart endpoint answers before its route runs: go on, go to the canonical URL, or 400. */
export type ChartGate = { kind: "next" } | { kind: "redirect"; location: string; status: 303 | 308 } | { kind: "bad"; message: string };

/**
 * Checks a request to a chart endpoint: the picker's form folded into the chart's parameters, the
 * parameters in canonical order (a redirect otherwise, so the same chart is one URL), every value
 * valid against the catalogue. The picker alone (/chart with no parameter) goes on.
 */
export function gateChartRequest(pathname: string, params: URLSearchParams, catalogue: ChartCatalogue): ChartGate {
  const extra = CHART_ENDPOINTS[pathname];
  if (!extra) return { kind: "next" };
  const isPage = pathname === CHART_PATHS.page;
  const folded = isPage ? foldFormQuery(params, catalogue) : undefined;
  const asked = folded ?? params;
  if (isPage && [...asked.keys()].length === 0) return folded ? { kind: "redirect", location: pathname, status: 303 } : { kind: "next" };
  const result: ChartQueryResult = parseChartQuery(asked, catalogue, extra);
  if (!result.ok) return { kind: "bad", message: result.message };
  const theme = asked.get("theme");
  if (theme !== null && !(EMBED_THEMES as readonly string[]).includes(theme)) return { kind: "bad", message: `theme: one of ${EMBED_THEMES.join(", ")}.` };
  // The page redirects here; the embed and downloads in their route (lib/site/chart-routes.ts), since
  // Next rewrites the body of a redirect that the proxy answers, under the Content-Encoding its header rule adds.
  if (isPage && (folded || !isCanonicalOrder(asked, extra))) {
    const location = pathname + canonicalQuery({ ...result.query.given, ...(theme !== null ? { theme } : {}) }, extra);
    return { kind: "redirect", location, status: isPage ? 303 : 308 };
  }
  return { kind: "next" };
}

/** The gate of each query asked, so an embed asked for again and again is checked once; the catalogue is the build's, fixed for the server's life. */
const gates = new BoundedMemo<string, ChartGate>(2_000);
export function gateChartRequestOnce(pathname: string, params: URLSearchParams, catalogue: ChartCatalogue): ChartGate {
  return gates.get(`${pathname}?${params.toString()}`, () => gateChartRequest(pathname, params, catalogue));
}

/**
 * A 400 answer: the message, which names the parameter and never repeats its value, and on the
 * picker's page a way back to it. Sent in the encoding the path's header rule announces (next.config.js).
 */
export function badChartResponse(request: Request, message: string, asPage: boolean): Response {
  const headers = { "Cache-Control": "no-store", "Content-Type": asPage ? "text/html; charset=utf-8" : "text/plain; charset=utf-8" };
  const body = asPage
    ? `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Bad chart request · Counterclaim</title></head><body><main><h1>This chart cannot be drawn</h1><p>${escapeHtml(message)}</p><p><a href="${CHART_PATHS.page}">Choose a chart</a></p></main></body></html>\n`
    : `Bad request. ${message}\n`;
  return encodedResponse(request, encodedOnce(`chart-400:${asPage}:${message}`, () => body), { status: 400, headers });
}

/**
 * A redirect to the chart's canonical URL, its empty body encoded as the path's header rule says
 * (next.config.js sends Content-Encoding for /embed/chart and the downloads, redirects included).
 */
export function chartRedirectResponse(request: Request, location: string, status: 303 | 308): Response {
  return encodedResponse(request, encodedOnce("chart-redirect", () => ""), { status, headers: { Location: location, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
