import type { NextRequest } from "next/server";
import { embedDocument } from "@/lib/embed/document";
import { themeFromQuery } from "@/lib/embed/theme";
import { encodedOnce, encodedResponse } from "@/lib/http/encoded";
import { IsoDate } from "@/lib/model/dates";
import { routeLocale } from "@/lib/i18n/params";
import { badChartResponse } from "@/lib/site/chart-requests";
import { comparisonSlugs, embedModel, pinnedEmbedModel } from "@/lib/site/views";

/**
 * A route handler, not a page: the embed is one small HTML document with no React runtime in it.
 * Dynamic only to choose, per request, the prebuilt theme (?theme=) and encoding; each document is
 * made and compressed once. ?asof=YYYY-MM-DD pins a chart over time to what had been published by
 * that day: drawn on demand, once for each day asked.
 */
export const dynamic = "force-dynamic";

const HTML = { "Content-Type": "text/html; charset=utf-8" };
const TEXT = { "Content-Type": "text/plain; charset=utf-8" };

export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { slug } = await params;
  const locale = await routeLocale(params);
  if (!locale) return encodedResponse(request, encodedOnce("embed:404", () => "No such comparison."), { status: 404, headers: TEXT });
  const search = request.nextUrl.searchParams;
  const theme = themeFromQuery(search);
  if (!comparisonSlugs().includes(slug)) return encodedResponse(request, encodedOnce("embed:404", () => "No such comparison."), { status: 404, headers: TEXT });
  const asofParam = search.getAll("asof");
  if (asofParam.length > 0) {
    const asof = IsoDate.safeParse(asofParam[0]);
    if (asofParam.length > 1) return badChartResponse(request, "asof: given more than once; give it once.", false);
    if (!asof.success) return badChartResponse(request, "asof: a date in the calendar, written YYYY-MM-DD.", false);
    const pinned = pinnedEmbedModel(slug, asof.data, locale);
    if (!pinned) return badChartResponse(request, "asof: this chart has no figure published by that day, or is not a chart over time.", false);
    const body = encodedOnce(`embed:${locale}:${slug}:${theme}:${asof.data}`, () => embedDocument(pinned, theme), { quick: true });
    return encodedResponse(request, body, { headers: HTML });
  }
  const body = encodedOnce(`embed:${locale}:${slug}:${theme}`, () => {
    const model = embedModel(slug, locale);
    if (!model) throw new Error(`embed ${slug}: no model for a known comparison`);
    return embedDocument(model, theme);
  });
  return encodedResponse(request, body, { headers: HTML });
}
