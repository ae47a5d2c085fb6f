import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ClaimsExport } from "../../lib/export/claims";
import { BUILD_PATHS } from "../../lib/site/build-paths";

/**
 * The prebuild's data exports, read from disk (generated/files/data) rather than fetched: the site
 * serves these same bytes (e2e/downloads-the-data.spec.ts compares them), and their schema is checked
 * once, by lib/export/built-exports.test.ts. Tests that only need the claims to compare a page with
 * take them from here, parsed once a worker instead of 23 MB fetched and parsed per test.
 */
export function builtExportPath(name: string): string {
  return join(BUILD_PATHS.files, "data", name);
}

export function builtExportSha256(name: string): string {
  return createHash("sha256").update(readFileSync(builtExportPath(name))).digest("hex");
}

let claimsExport: ClaimsExport | undefined;
/** claims.json as the site serves it, parsed once for the life of this worker. */
export function builtClaimsExport(): ClaimsExport {
  claimsExport ??= ClaimsExport.parse(JSON.parse(readFileSync(builtExportPath("claims.json"), "utf8")));
  return claimsExport;
}
