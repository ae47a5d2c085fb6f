import { loadDataset } from "@/lib/dataset/load";
import { claimsCsv } from "@/lib/export/claims";
import { encodedOnce, encodedResponse } from "@/lib/http/encoded";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return encodedResponse(request, encodedOnce("data:claims.csv", () => claimsCsv(loadDataset())), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="counterclaim-claims.csv"' },
  });
}
