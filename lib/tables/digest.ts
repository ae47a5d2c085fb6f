import { createHash } from "node:crypto";

/** The sha256 of a file's text, as recorded for every snapshot a table was imported from. */
export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
