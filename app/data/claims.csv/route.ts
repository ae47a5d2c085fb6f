import { loadDataset } from "@/lib/dataset/load";
import { claimsCsv } from "@/lib/export/claims";

export const dynamic = "force-static";

export function GET() {
  return new Response(claimsCsv(loadDataset()), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="counterclaim-claims.csv"' },
  });
}
