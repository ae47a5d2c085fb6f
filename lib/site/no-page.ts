import { escapeHtml } from "@/lib/render/html";
import type { Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { SITE_NAME, sitePaths } from "./site";

/**
 * The 404 for a path that is not valid percent-encoding, answered by proxy.ts itself: Next answers 500
 * for such a dynamic segment (vercel/next.js#92527), and a rewrite from the proxy can leave the server
 * (see next.config.js). An oEmbed file's path gets oEmbed's JSON error (oembed.com §2.3.4).
 */
export function noPageResponse(locale: Locale, path: string): Response {
  const headers = { "Cache-Control": "no-store" };
  if (path.startsWith(`${sitePaths.oembedEndpoint}/`)) {
    return Response.json({ error: "No embed for this URL." }, { status: 404, headers });
  }
  const t = translator(locale);
  const title = t("site.notFound.title");
  const body = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)} · ${SITE_NAME}</title><link rel="icon" href="${sitePaths.icon}" type="image/svg+xml"></head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(t("site.notFound.description"))} <a href="${localePath(locale, "/")}">${escapeHtml(SITE_NAME)}</a></p></main></body></html>\n`;
  return new Response(body, { status: 404, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
