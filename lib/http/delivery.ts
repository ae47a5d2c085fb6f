import { z } from "zod";
import raw from "./delivery.json";

export const ENCODINGS = ["gzip", "br"] as const;
export type Encoding = (typeof ENCODINGS)[number];

/**
 * How the site's responses travel, in one JSON file read by next.config.js (for `next start`) and by
 * the static export (for its nginx and _headers files), so the hosts agree:
 * - `cacheControl`: hashed assets (`immutablePrefix`) are immutable; everything else is `brief`:
 *   cached for minutes, served stale for at most an hour while it revalidates (ETag, so a 304).
 * - `encodedPaths`: the route handlers' paths (a regex of the path without its leading "/") that
 *   answer with precompressed bytes. `next start` drops a Content-Encoding header that a route
 *   handler sets, so next.config.js sends it instead, by the same `accepted` patterns the handler
 *   chooses by; the last accepted encoding in the list wins, as the last matching header rule does.
 */
export const Delivery = z.strictObject({
  cacheControl: z.strictObject({ immutable: z.string().min(1), brief: z.string().min(1) }),
  immutablePrefix: z.string().startsWith("/").endsWith("/"),
  encodedPaths: z.string().min(1),
  encodings: z.array(z.strictObject({ name: z.enum(ENCODINGS), accepted: z.string().min(1) })).min(1),
});
export type Delivery = z.infer<typeof Delivery>;

export const DELIVERY: Delivery = Delivery.parse(raw);

// Next matches header rules without regard to case (path-to-regexp's default), so this does too:
// a rule that sends Content-Encoding where the handler chose identity would garble the answer.
const ENCODED_PATH = new RegExp(`^/(?:${DELIVERY.encodedPaths})$`, "i");
const ACCEPTED = DELIVERY.encodings.map((e) => ({ name: e.name, pattern: new RegExp(`^${e.accepted}$`) }));

/** Whether a path is one the route handlers answer precompressed (the header rules cover exactly these). */
export function isEncodedPath(pathname: string): boolean {
  return ENCODED_PATH.test(pathname);
}

/**
 * The encoding to send for a request's Accept-Encoding, by the same patterns next.config.js's
 * header rules match (anchored, as Next anchors them), the last match winning. `q=0` is not read:
 * no browser sends it for gzip or br.
 */
export function chooseEncoding(pathname: string, acceptEncoding: string | null): Encoding | "identity" {
  if (!acceptEncoding || !isEncodedPath(pathname)) return "identity";
  let chosen: Encoding | "identity" = "identity";
  for (const { name, pattern } of ACCEPTED) if (pattern.test(acceptEncoding)) chosen = name;
  return chosen;
}

/** The Cache-Control a path is sent with, on every host. */
export function cacheControlFor(pathname: string, delivery: Delivery = DELIVERY): string {
  return pathname.startsWith(delivery.immutablePrefix) ? delivery.cacheControl.immutable : delivery.cacheControl.brief;
}
