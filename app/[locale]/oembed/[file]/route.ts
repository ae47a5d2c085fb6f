import type { NextRequest } from "next/server";
import { answerOEmbed, oembedHttpResponse, parseOEmbedQuery } from "@/lib/embed/oembed";
import { requestOrigin, sitePaths } from "@/lib/site/site";
import { embedModel } from "@/lib/site/views";
import { routeLocale } from "@/lib/i18n/params";
import { localePath } from "@/lib/i18n/locales";

/**
 * /oembed/<slug>.json, where the pages' discovery links point: the same answer as /oembed?url=…,
 * for the page this file is named after, on the origin the request reached. A static export
 * writes one such file per comparison, so the discovery link works on any static host too.
 */
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const slug = /^(.+)\.json$/.exec((await params).file)?.[1];
  const locale = (await routeLocale(params)) ?? "en";
  const origin = requestOrigin(request);
  const query = parseOEmbedQuery(request.nextUrl.searchParams);
  // A file name that is not <slug>.json names no page: the answer is 404, as for any unknown URL.
  const url = origin + localePath(locale, sitePaths.comparison(slug ?? ""));
  return oembedHttpResponse(request, answerOEmbed({ ...query, url }, [origin], embedModel));
}
