/**
 * The data exports, written by the prebuild with their gzip and brotli copies: /data/claims.json,
 * /data/claims.csv, /data/schema.json and one CSV a source at /data/sources/<id>.csv. The route
 * handlers serve these files; nothing is serialised or compressed on a request.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../lib/dataset/validate";
import { claimsCsv, claimsExport, claimsJsonSchema, sourceCsv } from "../lib/export/claims";
import { writeServedText } from "../lib/render/served-files";
import { BUILD_PATHS, builtAt } from "../lib/site/build-paths";

export function renderDataFiles(dataset: Dataset): { files: number; bytes: number } {
  rmSync(join(BUILD_PATHS.files, "data"), { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  const write = (folder: "data" | "data/sources", name: string, text: string) => {
    writeServedText(folder, name, text);
    files += 1;
    bytes += Buffer.byteLength(text);
  };
  write("data", "claims.json", JSON.stringify(claimsExport(dataset, builtAt())));
  write("data", "claims.csv", claimsCsv(dataset));
  write("data", "schema.json", JSON.stringify(claimsJsonSchema()));
  for (const source of dataset.sources) {
    const csv = sourceCsv(dataset, source.id);
    if (csv !== undefined) write("data/sources", `${source.id}.csv`, csv);
  }
  return { files, bytes };
}
