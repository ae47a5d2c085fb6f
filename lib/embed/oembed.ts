import { z } from "zod";
import type { EmbedModel } from "./model";
import { EMBED_WIDTH, defaultFrameHeight } from "./layout";
import { embedCode } from "./code";
import { SITE_NAME, sitePaths } from "../site/site";
import { Slug } from "../model/claimants";
import { encodedOnce, encodedResponse } from "../http/encoded";
import { cardSize } from "../render/card";
import { type Locale, localePath, splitLocale } from "../i18n/locales";

/**
 * The widths the card images are drawn at (at build time), largest first: each can stand as an oEmbed
 * thumbnail. Their height follows the card's (lib/render/card.ts): 630 at 1200 wide, or more.
 */
export const CARD_WIDTHS = [1200, 600, 300] as const;

const Dimension = z.coerce.number().int().positive();

/**
 * The consumer's request (oembed.com §2.2). A maxwidth or maxheight that is not a positive whole
 * number is ignored, as if absent; `format` is kept as given, to answer 501 for anything but json.
 */
export const OEmbedQuery = z.object({
  url: z.string().optional(),
  maxwidth: Dimension.optional().catch(undefined),
  maxheight: Dimension.optional().catch(undefined),
  format: z.string().optional(),
});
export type OEmbedQuery = z.infer<typeof OEmbedQuery>;

export function parseOEmbedQuery(params: URLSearchParams): OEmbedQuery {
  return OEmbedQuery.parse({
    url: params.get("url") ?? undefined,
    maxwidth: params.get("maxwidth") ?? undefined,
    maxheight: params.get("maxheight") ?? undefined,
    format: params.get("format") ?? undefined,
  });
}

/** The response (oembed.com §2.3.4, type "rich"): validated before it is sent. */
export const OEmbedResponse = z.strictObject({
  version: z.literal("1.0"),
  type: z.literal("rich"),
  title: z.string(),
  provider_name: z.string(),
  provider_url: z.url(),
  cache_age: z.number().int().positive(),
  html: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  thumbnail_url: z.url().optional(),
  thumbnail_width: z.number().int().positive().optional(),
  thumbnail_height: z.number().int().positive().optional(),
});
export type OEmbedResponse = z.infer<typeof OEmbedResponse>;

/**
 * The comparison slug a URL names, when it is a page of ours: /compare/<slug> (or the embed itself)
 * on one of `origins`. Anything else, including a look-alike host, is undefined.
 */
export function slugFromUrl(url: string, origins: readonly string[]): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!origins.includes(parsed.origin)) return undefined;
  const match = /^\/(?:compare|embed)\/([^/]+?)\/?$/.exec(splitLocale(parsed.pathname).path);
  const slug = match?.[1];
  return slug !== undefined && Slug.safeParse(slug).success ? slug : undefined;
}

/** The query of a custom chart a URL names (/chart?… or /embed/chart?… on one of `origins`), or undefined. */
export function chartParamsFromUrl(url: string, origins: readonly string[]): URLSearchParams | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (!origins.includes(parsed.origin) || !/^\/(?:embed\/)?chart\/?$/.test(splitLocale(parsed.pathname).path)) return undefined;
  return parsed.searchParams;
}

/** The edition a page URL is in (/uk/compare/… is Ukrainian); English for any other, or for no URL at all. */
export function localeFromUrl(url: string): Locale {
  return URL.canParse(url) ? splitLocale(new URL(url).pathname).locale : "en";
}

/**
 * The oEmbed answer for one comparison, served from `origin`. It honours maxwidth (the iframe is
 * never wider; below the narrowest design width the embed is cramped, but still within bounds) and
 * maxheight (the iframe is capped, scrolls, and the resize script keeps to the cap), and offers the
 * largest thumbnail within both.
 */
export function oembedResponse(model: EmbedModel, origin: string, query: Pick<OEmbedQuery, "maxwidth" | "maxheight">): OEmbedResponse {
  const width = Math.min(query.maxwidth ?? EMBED_WIDTH.default, EMBED_WIDTH.max);
  const natural = defaultFrameHeight(model, width);
  const height = query.maxheight ? Math.min(natural, query.maxheight) : natural;
  const thumbnail = CARD_WIDTHS.map((w) => cardSize(model, w)).find((s) => s.width <= (query.maxwidth ?? Infinity) && s.height <= (query.maxheight ?? Infinity));
  const { slug, title, locale } = model.meta;
  const png = (w?: number) => localePath(locale, sitePaths.chartPng(slug, w));
  return OEmbedResponse.parse({
    version: "1.0",
    type: "rich",
    title,
    provider_name: SITE_NAME,
    // The edition's home page: /uk for a Ukrainian chart.
    provider_url: locale === "en" ? `${origin}/` : `${origin}${localePath(locale, "/")}`,
    cache_age: 86400,
    html: embedCode({ origin, path: model.meta.paths.embed, title, width, height, maxHeight: query.maxheight, withScript: true, locale }),
    width,
    height,
    // A preset's card is drawn at every size ahead of time; a custom chart's only on demand, at a height
    // that follows its legend, so its answer offers no thumbnail (oEmbed wants the size with the URL).
    ...(model.meta.paths.png !== png()
      ? {}
      : thumbnail
        ? { thumbnail_url: origin + png(thumbnail.width === 1200 ? undefined : thumbnail.width), thumbnail_width: thumbnail.width, thumbnail_height: thumbnail.height }
        : {}),
  });
}

export type OEmbedAnswer = { status: 200; body: OEmbedResponse } | { status: 400 | 404 | 501; body: { error: string } };

/**
 * The endpoint's answer (oembed.com §2.3.4 for the errors): 501 for a format other than json, 400
 * without a url, 404 for a URL that is not one of our comparisons. The embed is served from the
 * origin of the page URL asked about, which must be one of `origins`.
 */
export function answerOEmbed(
  query: OEmbedQuery,
  origins: readonly string[],
  lookup: (slug: string, locale: Locale) => EmbedModel | undefined,
  lookupChart: (params: URLSearchParams, locale: Locale) => EmbedModel | undefined = () => undefined,
): OEmbedAnswer {
  if (query.format !== undefined && query.format !== "json") return { status: 501, body: { error: "Only format=json is available." } };
  if (!query.url) return { status: 400, body: { error: "The url parameter is required." } };
  const chart = chartParamsFromUrl(query.url, origins);
  const slug = chart ? undefined : slugFromUrl(query.url, origins);
  const locale = localeFromUrl(query.url);
  const model = chart ? lookupChart(chart, locale) : slug === undefined ? undefined : lookup(slug, locale);
  if (!model) return { status: 404, body: { error: "No embed for this URL." } };
  return { status: 200, body: oembedResponse(model, new URL(query.url).origin, query) };
}

/**
 * oEmbed JSON as HTTP, for `request`: readable from any page's script (CORS), as oEmbed consumers may
 * run in browsers; compressed once for each distinct answer.
 */
export function oembedHttpResponse(request: Request, answer: OEmbedAnswer): Response {
  const json = JSON.stringify(answer.body);
  return encodedResponse(request, encodedOnce(`oembed:${json}`, () => json), {
    status: answer.status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Access-Control-Allow-Origin": "*" },
  });
}
