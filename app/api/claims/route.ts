import { claimsApiResponse } from "@/lib/site/claims-api";

// A search over every claim, answered per request (lib/site/claims-api.ts).
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return claimsApiResponse(request);
}
