import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { DataError } from "./errors";
import type { RawDataset, RawFile, SourceTexts } from "./validate";

/**
 * Where the repository keeps its data (COUNTERCLAIM_DATA points elsewhere, e.g. the benchmark's
 * synthetic datasets), and where the source texts live beside it (never inside it).
 */
export const DATA_DIR = process.env.COUNTERCLAIM_DATA ?? join(process.cwd(), "data");
export const DEFAULT_SOURCES_DIR = join(process.cwd(), "..", "shared", "seeds");

function readJson(path: string, shownAs: string, errors: DataError[]): RawFile {
  const text = readFileSync(path, "utf8");
  try {
    return { path: shownAs, json: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    errors.push({ file: shownAs, expected: "valid JSON", found: reason });
    return { path: shownAs, json: undefined };
  }
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Reads the data folder: dataset.json, claimants.json, sources/*.json, comparisons/*.json, tables/*.json. Files that
 * are not JSON are reported as errors here; everything else is the validator's job.
 */
export function readDataDir(dataDir: string): { raw: RawDataset; errors: DataError[] } {
  const errors: DataError[] = [];
  const shown = (path: string) => {
    const rel = relative(process.cwd(), path);
    return rel && !rel.startsWith("..") ? rel : path;
  };
  const read = (path: string): RawFile => {
    if (!existsSync(path)) {
      errors.push({ file: shown(path), expected: "this file to exist", found: "no such file" });
      return { path: shown(path), json: undefined };
    }
    return readJson(path, shown(path), errors);
  };
  const raw: RawDataset = {
    meta: read(join(dataDir, "dataset.json")),
    claimants: read(join(dataDir, "claimants.json")),
    sources: jsonFiles(join(dataDir, "sources")).map(read),
    comparisons: jsonFiles(join(dataDir, "comparisons")).map(read),
    tables: jsonFiles(join(dataDir, "tables")).map(read),
  };
  return { raw, errors: errors };
}

/** Source texts from a folder, read lazily and at most once each. */
export function folderTexts(dir: string | undefined): SourceTexts {
  const cache = new Map<string, string | undefined>();
  return (file) => {
    if (!dir) return undefined;
    if (!cache.has(file)) {
      const path = join(dir, file);
      cache.set(file, existsSync(path) ? readFileSync(path, "utf8") : undefined);
    }
    return cache.get(file);
  };
}
