import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { type ClaimsCatalogue, parseClaimsQuery } from "../claims-search/query";
import { DATA_DIR } from "../dataset/read";
import { IsoDate } from "../model/dates";
import { escapeHtml } from "../render/html";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";

/** The pages the proxy checks before they run: a page cannot answer 400 itself. */
export const CLAIMS_PATHS = { list: "/claims", found: "/claims/found", day: "/on" } as const;

let cached: ClaimsCatalogue | undefined;
/** Who may be named as claimant: read from data/claimants.json once (the proxy does not load the whole dataset). */
export function claimsCatalogue(dataDir = DATA_DIR): ClaimsCatalogue {
  if (cached) return cached;
  const path = join(/* turbopackIgnore: true */ dataDir, "claimants.json");
  const ids = existsSync(/* turbopackIgnore: true */ path) ? z.array(z.object({ id: z.string() })).parse(JSON.parse(readFileSync(/* turbopackIgnore: true */ path, "utf8"))).map((c) => c.id) : [];
  cached = { claimantIds: new Set(ids) };
  return cached;
}

export type ClaimsGate = { kind: "next" } | { kind: "rewrite"; path: string } | { kind: "redirect"; location: string } | { kind: "bad"; message: string; title: string; back: string };

const readerParams = (params: URLSearchParams) => [...params.keys()].filter((name) => name !== "_rsc");

/**
 * /claims with no filter is the static first page; with any, it is the search, drawn per request at
 * /claims/found once its query has been checked. /on?day= (the date picker's form) goes to /on/<day>;
 * /on/<day> must be a day in the calendar.
 */
export function gateClaimsRequest(pathname: string, params: URLSearchParams, catalogue: ClaimsCatalogue, locale: Locale = DEFAULT_LOCALE): ClaimsGate {
  const t = translator(locale);
  if (pathname === CLAIMS_PATHS.list || pathname === CLAIMS_PATHS.found) {
    if (readerParams(params).length === 0) return { kind: "next" };
    const parsed = parseClaimsQuery(params, catalogue);
    if (!parsed.ok) return { kind: "bad", message: parsed.message, title: t("claims.requests.claimsTitle"), back: CLAIMS_PATHS.list };
    return pathname === CLAIMS_PATHS.list ? { kind: "rewrite", path: CLAIMS_PATHS.found } : { kind: "next" };
  }
  if (pathname === CLAIMS_PATHS.day) {
    const names = readerParams(params);
    if (names.length === 0) return { kind: "next" };
    const unknown = names.find((n) => n !== "day");
    if (unknown !== undefined || params.getAll("day").length > 1) return { kind: "bad", message: t("claims.requests.dayOnly"), title: t("claims.requests.dayTitle"), back: CLAIMS_PATHS.day };
    const day = IsoDate.safeParse(params.get("day"));
    if (!day.success) return { kind: "bad", message: t("claims.requests.dayFormat"), title: t("claims.requests.dayTitle"), back: CLAIMS_PATHS.day };
    return { kind: "redirect", location: `${CLAIMS_PATHS.day}/${day.data}` };
  }
  if (pathname.startsWith(`${CLAIMS_PATHS.day}/`)) {
    const day = pathname.slice(CLAIMS_PATHS.day.length + 1);
    if (!IsoDate.safeParse(day).success) return { kind: "bad", message: t("claims.requests.dayInAddress"), title: t("claims.requests.dayTitle"), back: CLAIMS_PATHS.day };
    return { kind: "next" };
  }
  return { kind: "next" };
}

/**
 * A 400 page in the request's edition: what is wrong (naming the parameter, never its value) and the way
 * back. A search's message names its parameter as the search's own checks word it (in English).
 */
export function badRequestPage(message: string, title: string, back: string, locale: Locale = DEFAULT_LOCALE): Response {
  const body = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)} · Counterclaim</title><link rel="icon" href="/icon.svg" type="image/svg+xml"></head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="${escapeHtml(back)}">${escapeHtml(translator(locale)("claims.requests.startAgain"))}</a></p></main></body></html>\n`;
  return new Response(body, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
