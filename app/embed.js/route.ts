import { HOST_SCRIPT } from "@/lib/embed/scripts";

export const dynamic = "force-static";

export function GET() {
  return new Response(HOST_SCRIPT, { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
}
