import { servedFile } from "@/lib/render/served-files";

// Written by the prebuild (scripts/render-data.ts).
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return servedFile(request, "data", "schema.json", undefined, { "Content-Type": "application/schema+json" });
}
