import { routeLocale } from "@/lib/i18n/params";
import { chartsFolder, servedFile } from "@/lib/render/served-files";

// Each comparison's image (SVG, PNG at three widths) and CSV, as the prebuild made them, in the
// edition of the path (/uk/charts/… from the Ukrainian files). Dynamic only to choose the encoding and
// answer revalidation (lib/http/encoded.ts).
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const locale = await routeLocale(params);
  if (!locale) return new Response("Not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return servedFile(request, chartsFolder(locale), (await params).file);
}
