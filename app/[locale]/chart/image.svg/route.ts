import { routeLocale } from "@/lib/i18n/params";
import { customCardSvgResponse } from "@/lib/site/chart-routes";

// Drawn on demand from the query (checked by proxy.ts), once for each canonical query; see lib/site/chart-routes.ts.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return customCardSvgResponse(request, (await routeLocale(params)) ?? "en");
}
