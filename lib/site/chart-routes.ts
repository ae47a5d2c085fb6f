import type { ChartQuery } from "../chart/query";
import { embedDocument } from "../embed/document";
import { themeFromQuery } from "../embed/theme";
import { seriesChartCsv } from "../export/series-csv";
import { BoundedMemo } from "../http/bounded-memo";
import { type EncodedBody, encodedOnce, encodedResponse } from "../http/encoded";
import { chartCard } from "../render/card";
import { svgToPng } from "../render/png";
import { loadDataset } from "../dataset/load";
import { badChartResponse, chartRedirectResponse } from "./chart-requests";
import { customEmbedModel, customView, parseCustomQuery } from "./custom-views";
import { canonicalQuery, isCanonicalOrder } from "../chart/query";
import type { Locale } from "../i18n/locales";

/**
 * The route handlers of a custom chart: its embed, card (SVG, PNG) and CSV, each drawn on demand
 * from the query (checked by proxy.ts before; checked again here, as a route may be reached without
 * it), made and compressed once for each canonical query, and answered with an ETag.
 */
type Kind = "embed" | "svg" | "png" | "csv";

const TYPES: Record<Kind, string> = {
  embed: "text/html; charset=utf-8",
  svg: "image/svg+xml; charset=utf-8",
  png: "image/png",
  csv: "text/csv; charset=utf-8",
};

/** What a query answers: the chart's body, once made, or a 400 or a redirect, kept by the query as asked. */
type Answer = { kind: "body"; body: EncodedBody } | { kind: "bad"; message: string } | { kind: "redirect"; location: string };
const answers = new BoundedMemo<string, Answer>(1_000);

function answer(request: Request, extra: readonly string[], kind: Kind, make: (query: ChartQuery, params: URLSearchParams) => string | Uint8Array<ArrayBuffer>, locale: Locale): Response {
  const url = new URL(request.url);
  const found = answers.get(`${locale}:${kind}${url.search}`, () => answerFor(url, extra, kind, make, locale));
  if (found.kind === "bad") return badChartResponse(request, found.message, false);
  if (found.kind === "redirect") return chartRedirectResponse(request, found.location, 308);
  return encodedResponse(request, found.body, { headers: { "Content-Type": TYPES[kind] } });
}

function answerFor(url: URL, extra: readonly string[], kind: Kind, make: (query: ChartQuery, params: URLSearchParams) => string | Uint8Array<ArrayBuffer>, locale: Locale): Answer {
  const params = url.searchParams;
  const parsed = parseCustomQuery(params, extra);
  if (!parsed.ok) return { kind: "bad", message: parsed.message };
  const theme = params.get("theme") ?? undefined;
  const canonical = canonicalQuery({ ...parsed.query.given, theme }, extra);
  // One chart, one URL: any other order of the same parameters is sent there.
  if (!isCanonicalOrder(params, extra)) return { kind: "redirect", location: url.pathname + canonical };
  const key = `chart-${kind}:${locale}:${canonical}`;
  // A PNG is compressed already.
  return { kind: "body", body: encodedOnce(key, () => make(parsed.query, params), { quick: true, compress: kind !== "png" }) };
}

export function customEmbedResponse(request: Request, locale: Locale = "en"): Response {
  return answer(request, ["theme"], "embed", (query, params) => embedDocument(customEmbedModel(query, locale), themeFromQuery(params)), locale);
}

export function customCardSvgResponse(request: Request, locale: Locale = "en"): Response {
  return answer(request, [], "svg", (query) => chartCard(customEmbedModel(query, locale)), locale);
}

export function customCardPngResponse(request: Request, locale: Locale = "en"): Response {
  return answer(request, [], "png", (query) => new Uint8Array(svgToPng(chartCard(customEmbedModel(query, locale)), 1200)), locale);
}

export function customCsvResponse(request: Request, locale: Locale = "en"): Response {
  return answer(request, [], "csv", (query) => seriesChartCsv(customView(query, locale).chart, new Map(loadDataset().sources.map((s) => [s.id, s]))), locale);
}
