import { z } from "zod";
import { splitLocale } from "@/lib/i18n/locales";
import raw from "./security-headers.json";

const Header = z.strictObject({ key: z.string().min(1), value: z.string().min(1) });
export type Header = z.infer<typeof Header>;

/**
 * The response headers every host must send, in one JSON file read by next.config.js (for
 * `next start`) and by the static export (for its nginx and _headers files), so the two agree.
 * Every response: `all`. Every response outside `framablePrefix` (the embeds): `noFraming` too.
 */
export const HeaderPolicy = z.strictObject({
  all: z.array(Header).min(1),
  noFraming: z.array(Header).min(1),
  framablePrefix: z.string().startsWith("/").endsWith("/"),
});
export type HeaderPolicy = z.infer<typeof HeaderPolicy>;

export const SECURITY_HEADERS: HeaderPolicy = HeaderPolicy.parse(raw);

/** The headers for one path: embeds (in every edition: /embed/…, /uk/embed/…) may be framed by any site, nothing else by any. */
export function securityHeadersFor(path: string, policy: HeaderPolicy = SECURITY_HEADERS): Header[] {
  return splitLocale(path).path.startsWith(policy.framablePrefix) ? policy.all : [...policy.all, ...policy.noFraming];
}
