import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const FIXTURES = join(import.meta.dirname, "fixtures");
export const FIXTURE_TEXTS = join(FIXTURES, "texts");

function copyValid(): string {
  const dir = mkdtempSync(join(tmpdir(), "counterclaim-fixture-"));
  cpSync(join(FIXTURES, "valid"), dir, { recursive: true });
  return dir;
}

function setPath(root: unknown, path: string, value: unknown): void {
  const keys = path.split(".");
  const last = keys.pop();
  let here = root;
  for (const key of keys) here = (here as Record<string, unknown>)[key];
  if (last === undefined || here === null || typeof here !== "object") throw new Error(`no such path in fixture: ${path}`);
  if (value === undefined) delete (here as Record<string, unknown>)[last];
  else (here as Record<string, unknown>)[last] = value;
}

/**
 * A copy of the valid fixture dataset with one file broken: `edits` maps dotted paths in `file`
 * ("claims.0.value") to new values (undefined deletes the field). Returns the data folder.
 */
export function brokenFixture(file: string, edits: Record<string, unknown>): string {
  const dir = copyValid();
  const path = join(dir, file);
  const json: unknown = JSON.parse(readFileSync(path, "utf8"));
  for (const [key, value] of Object.entries(edits)) setPath(json, key, value);
  writeFileSync(path, JSON.stringify(json, null, 2));
  return dir;
}

/** A copy of the valid fixture dataset without `file`. */
export function fixtureWithout(file: string): string {
  const dir = copyValid();
  rmSync(join(dir, file));
  return dir;
}

/** A copy of the valid fixture dataset with `file` replaced by `text` verbatim (e.g. broken JSON). */
export function fixtureWithFile(file: string, text: string): string {
  const dir = copyValid();
  writeFileSync(join(dir, file), text);
  return dir;
}
