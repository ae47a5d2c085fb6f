import { servedFile } from "@/lib/render/served-files";

// Each comparison's image (SVG, PNG at three widths) and CSV, as the prebuild made them. Dynamic only
// to choose the encoding and answer revalidation (lib/http/encoded.ts).
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return servedFile(request, "charts", (await params).file);
}
