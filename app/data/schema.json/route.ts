import { claimsJsonSchema } from "@/lib/export/claims";
import { encodedOnce, encodedResponse } from "@/lib/http/encoded";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return encodedResponse(request, encodedOnce("data:schema.json", () => JSON.stringify(claimsJsonSchema())), { headers: { "Content-Type": "application/schema+json" } });
}
