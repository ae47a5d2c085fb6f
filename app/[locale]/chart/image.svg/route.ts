import { customCardSvgResponse } from "@/lib/site/chart-routes";

// Drawn on demand from the query (checked by proxy.ts), once for each canonical query; see lib/site/chart-routes.ts.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return customCardSvgResponse(request);
}
