import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** A fingerprint of every file under a folder: any write changes it (tests that a failed import leaves data/ untouched). */
export function fingerprint(dir: string): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    try {
      hash.update(name).update(readFileSync(join(dir, name)));
    } catch {
      hash.update(`${name}/`);
    }
  }
  return hash.digest("hex");
}
