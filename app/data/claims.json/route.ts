import { servedFile } from "@/lib/render/served-files";

// Written by the prebuild with its compressed copies (scripts/render-data.ts); dynamic only to choose
// the encoding and answer revalidation (lib/http/encoded.ts).
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return servedFile(request, "data", "claims.json");
}
