import type { NextRequest } from "next/server";
import { answerOEmbed, oembedHttpResponse, parseOEmbedQuery } from "@/lib/embed/oembed";
import { customEmbedModel, parseCustomQuery } from "@/lib/site/custom-views";
import { requestOrigin, siteOrigin } from "@/lib/site/site";
import { embedModel } from "@/lib/site/views";
import type { Locale } from "@/lib/i18n/locales";

// The one dynamic endpoint: /oembed?url=…&maxwidth=…&maxheight=…&format=json (oembed.com §2.2).
export const dynamic = "force-dynamic";

/** A custom chart's embed, for a /chart?… or /embed/chart?… URL whose query is valid; else none (404). */
function customChart(params: URLSearchParams, locale: Locale) {
  const parsed = parseCustomQuery(params, ["theme"]);
  return parsed.ok ? customEmbedModel(parsed.query, locale) : undefined;
}

export function GET(request: NextRequest) {
  // Pages of the public origin, and pages of whatever origin this server was reached on.
  const origins = [siteOrigin(), requestOrigin(request)];
  return oembedHttpResponse(request, answerOEmbed(parseOEmbedQuery(request.nextUrl.searchParams), origins, embedModel, customChart));
}
