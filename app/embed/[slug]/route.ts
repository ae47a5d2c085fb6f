import type { NextRequest } from "next/server";
import { embedDocument } from "@/lib/embed/document";
import { themeFromQuery } from "@/lib/embed/theme";
import { encodedOnce, encodedResponse } from "@/lib/http/encoded";
import { comparisonSlugs, embedModel } from "@/lib/site/views";

/**
 * A route handler, not a page: the embed is one small HTML document with no React runtime in it.
 * Dynamic only to choose, per request, the prebuilt theme (?theme=) and encoding; each document is
 * made and compressed once.
 */
export const dynamic = "force-dynamic";

const HTML = { "Content-Type": "text/html; charset=utf-8" };
const TEXT = { "Content-Type": "text/plain; charset=utf-8" };

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const theme = themeFromQuery(request.nextUrl.searchParams);
  if (!comparisonSlugs().includes(slug)) return encodedResponse(request, encodedOnce("embed:404", () => "No such comparison."), { status: 404, headers: TEXT });
  const body = encodedOnce(`embed:${slug}:${theme}`, () => {
    const model = embedModel(slug);
    if (!model) throw new Error(`embed ${slug}: no model for a known comparison`);
    return embedDocument(model, theme);
  });
  return encodedResponse(request, body, { headers: HTML });
}
