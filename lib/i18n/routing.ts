import { z } from "zod";
import raw from "./routing.json";
import { LOCALES, PREFIXED_LOCALES } from "./locales";

/**
 * How the editions are routed, in one JSON file read by next.config.js (whose rewrites serve English
 * at the site's paths from app/[locale]/ as "en") and by the code here, so they agree:
 * - `prefixed`: the editions under their code; `default`: the one at the site's own paths;
 * - `rootPaths`: paths the same in every edition (the data, the API, /oembed, /embed.js…), a regex of
 *   the path without its "/";
 * - `noPage`: where a path that names nothing is sent, for the 404 page;
 * - `searchParams`: the parameters that make /claims a search.
 */
export const Routing = z.strictObject({
  prefixed: z.array(z.enum(PREFIXED_LOCALES)),
  default: z.enum(LOCALES),
  rootPaths: z.string().min(1),
  noPage: z.string().startsWith("/"),
  searchParams: z.array(z.string().min(1)),
});
export type Routing = z.infer<typeof Routing>;

export const ROUTING: Routing = Routing.parse(raw);

/** Whether a path is one of those served the same in every edition (never under /uk or /ru). */
export const ROOT_PATH = new RegExp(`^/(?:${ROUTING.rootPaths})`);
