import { embedDocument } from "@/lib/embed/document";
import { comparisonSlugs, embedModel } from "@/lib/site/views";

// A route handler, not a page: the embed is one small HTML document with no React runtime in it.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return comparisonSlugs().map((slug) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const model = embedModel((await params).slug);
  if (!model) return new Response("No such comparison.", { status: 404 });
  return new Response(embedDocument(model), { headers: { "Content-Type": "text/html; charset=utf-8" } });
}
