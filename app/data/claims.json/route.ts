import { loadDataset } from "@/lib/dataset/load";
import { claimsExport } from "@/lib/export/claims";

export const dynamic = "force-static";

export function GET() {
  return Response.json(claimsExport(loadDataset(), new Date()));
}
