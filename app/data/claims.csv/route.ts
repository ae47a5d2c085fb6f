import { servedFile } from "@/lib/render/served-files";

// Written by the prebuild with its compressed copies (scripts/render-data.ts).
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return servedFile(request, "data", "claims.csv", undefined, { "Content-Disposition": 'attachment; filename="counterclaim-claims.csv"' });
}
