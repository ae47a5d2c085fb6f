import { servedFile } from "@/lib/render/served-files";

// One CSV a source: every claim it holds (for a table, every cell), in the columns of /data/claims.csv,
// written by the prebuild with its compressed copies (scripts/render-data.ts).
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  return servedFile(request, "data/sources", file, undefined, { "Content-Disposition": `attachment; filename="counterclaim-${file}"` });
}
