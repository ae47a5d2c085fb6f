import { loadDataset } from "@/lib/dataset/load";
import { claimsExport } from "@/lib/export/claims";
import { encodedOnce, encodedResponse } from "@/lib/http/encoded";
import { builtAt } from "@/lib/site/build-paths";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const body = encodedOnce("data:claims.json", () => JSON.stringify(claimsExport(loadDataset(), builtAt())));
  return encodedResponse(request, body, { headers: { "Content-Type": "application/json" } });
}
