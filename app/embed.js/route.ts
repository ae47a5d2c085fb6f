import { HOST_SCRIPT } from "@/lib/embed/scripts";
import { encodedOnce, encodedResponse } from "@/lib/http/encoded";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return encodedResponse(request, encodedOnce("embed.js", () => HOST_SCRIPT), { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
}
