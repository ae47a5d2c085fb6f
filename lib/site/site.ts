import { z } from "zod";
import { ROUTING } from "@/lib/i18n/routing";

export const SITE_NAME = "Counterclaim";

/** Where `npm start` serves the site; the origin used when COUNTERCLAIM_SITE_URL is not set. */
export const DEFAULT_SITE_URL = "http://localhost:3000";

/**
 * A site origin such as "https://counterclaim.example": http or https, no path, query or fragment.
 * The site is served from the root of its origin, so anything after the host is a mistake.
 */
export const SiteOrigin = z
  .url({ protocol: /^https?$/ })
  .refine((value) => {
    if (!URL.canParse(value)) return false;
    const url = new URL(value);
    return url.pathname === "/" && url.search === "" && url.hash === "" && url.username === "" && url.password === "";
  }, "an origin such as https://counterclaim.example, with no path, query or fragment")
  .transform((value) => new URL(value).origin);

/**
 * The public origin of the site, from COUNTERCLAIM_SITE_URL at build time. Pages use it where a URL must be
 * absolute (the embed code, the citation, the oEmbed discovery link). A bad value stops the build.
 */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
  const value = env.COUNTERCLAIM_SITE_URL?.trim() || DEFAULT_SITE_URL;
  const parsed = SiteOrigin.safeParse(value);
  if (!parsed.success) throw new Error(`COUNTERCLAIM_SITE_URL is "${value}": expected ${parsed.error.issues[0]?.message ?? "an http(s) origin"}.`);
  return parsed.data;
}

/** The site's URLs, by role, so no module spells a path twice. */
export const sitePaths = {
  comparison: (slug: string) => `/compare/${slug}`,
  embed: (slug: string) => `/embed/${slug}`,
  embedScript: "/embed.js",
  oembed: (slug: string) => `/oembed/${slug}.json`,
  oembedEndpoint: "/oembed",
  chartPng: (slug: string, width?: number) => (width ? `/charts/${slug}-${width}.png` : `/charts/${slug}.png`),
  chartSvg: (slug: string) => `/charts/${slug}.svg`,
  chartCsv: (slug: string) => `/charts/${slug}.csv`,
  /** A series chart's reduced drawing at one size, as an image of its own (the home page's). */
  chartImage: (slug: string, size: string) => `/charts/${slug}-chart-${size}.svg`,
  /** A series chart's points as its focus marker reads them (lib/chart/readout.ts's compact form), fetched once the page's script runs. */
  chartPoints: (slug: string) => `/charts/${slug}-points.json`,
  /** Every point of a series page, as a table. */
  points: (slug: string) => `/compare/${slug}/points`,
  siteCard: "/charts/site.png",
  /** A chart of any topic and days: its page, embed and downloads, each with the chart's query after it. */
  chart: { page: "/chart", embed: "/embed/chart", png: "/chart/image.png", svg: "/chart/image.svg", csv: "/chart/points.csv" },
  /** The site's icon (app/icon.svg). */
  icon: "/icon.svg",
} as const;

/**
 * Whether every segment of a request's path is valid percent-encoding of UTF-8. Next answers 500,
 * not 404, for a dynamic segment that is not (vercel/next.js#92527): proxy.ts sends such paths where
 * an unknown page goes. None of the site's paths needs a "%": slugs and ids are lowercase ASCII.
 */
export function isDecodablePath(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** Where proxy.ts sends a path that cannot be decoded: no page, so the answer is the site's 404 page. */
export const NO_PAGE = ROUTING.noPage;

/** A Host header as browsers send it: a name or IPv4 address, or a bracketed IPv6 address, and maybe a port. */
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The origin a request reached, from its Host header. Next's request.url and nextUrl both write
 * 127.0.0.1 as "localhost": a different origin to a browser, and a host the server may not listen
 * on. A malformed Host falls back to what request.url says.
 */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("host");
  return host && HOST.test(host) ? `${url.protocol}//${host}` : url.origin;
}
