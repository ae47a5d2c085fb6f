import { loadDataset } from "@/lib/dataset/load";
import { sourceCsv } from "@/lib/export/claims";

// One CSV a source: every claim it holds (for a table, every cell), in the columns of /data/claims.csv.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return loadDataset().sources.map((s) => ({ file: `${s.id}.csv` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const csv = file.endsWith(".csv") ? sourceCsv(loadDataset(), file.slice(0, -4)) : undefined;
  if (csv === undefined) return new Response("Not found", { status: 404 });
  return new Response(csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="counterclaim-${file}"` },
  });
}
