import { claimsJsonSchema } from "@/lib/export/claims";

export const dynamic = "force-static";

export function GET() {
  return Response.json(claimsJsonSchema(), { headers: { "Content-Type": "application/schema+json" } });
}
