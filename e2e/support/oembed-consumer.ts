import { extract } from "@extractus/oembed-extractor";
import { OEmbedResponse } from "../../lib/embed/oembed";
import { siteOrigin } from "../../lib/site/site";

/**
 * Asks a real oEmbed consumer (@extractus/oembed-extractor) for a page's embed: it fetches the
 * page, follows its discovery link, appends maxwidth/maxheight and parses the answer. The pages
 * were built for COUNTERCLAIM_SITE_URL, so their discovery links name that origin; the fetcher sends such
 * requests to `servedAt`, where the site runs in this test, as DNS would in production.
 */
export async function consumeOEmbed(pageUrl: string, servedAt: string, params: { maxwidth?: number; maxheight?: number } = {}) {
  const built = siteOrigin();
  const fetcher = (url: string) => fetch(url.startsWith(built) ? servedAt + url.slice(built.length) : url);
  // The library adds `method` (how it found the endpoint); the rest is the provider's answer.
  const { method, ...answer } = await extract(pageUrl, params, fetcher);
  return { method, response: OEmbedResponse.parse(answer) };
}
