import { existsSync, readdirSync, readFileSync } from "node:fs";
import { delimiter, join, relative } from "node:path";
import type { DataError } from "./errors";
import type { RawDataset, RawFile, SourceTexts } from "./validate";

/**
 * Where the repository keeps its data (COUNTERCLAIM_DATA points elsewhere, e.g. the benchmark's
 * synthetic datasets), and where the source texts live beside it (never inside it).
 */
export const DATA_DIR = process.env.COUNTERCLAIM_DATA ?? join(process.cwd(), "data");
export const DEFAULT_SOURCES_DIR = join(process.cwd(), "..", "shared", "seeds");
/** The Russian Defence Ministry's reports (issue 10), beside the seeds. */
export const RU_DEFENCE_MINISTRY_REPORTS_DIR = join(process.cwd(), "..", "shared", "reports", "ru-defence-ministry");
/** Every folder source texts are looked up in, in order; a source's `file` is a name in one of them. */
export const DEFAULT_SOURCES_DIRS: readonly string[] = [DEFAULT_SOURCES_DIR, RU_DEFENCE_MINISTRY_REPORTS_DIR];

/** Folders of source texts as one setting: a list, or one string of folders joined by the path delimiter (":" here). */
export function sourceDirList(dirs: string | readonly string[] | undefined): string[] {
  if (dirs === undefined) return [];
  return (typeof dirs === "string" ? dirs.split(delimiter) : [...dirs]).filter((dir) => dir.length > 0);
}

/** The path of a source's text: the first folder that holds `file`, or undefined. */
export function sourceTextPath(dirs: string | readonly string[] | undefined, file: string): string | undefined {
  for (const dir of sourceDirList(dirs)) {
    const path = join(dir, file);
    if (existsSync(path)) return path;
  }
  return undefined;
}

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
 * Reads the data folder: dataset.json, claimants.json, sources/*.json, comparisons/*.json, topics/*.json,
 * table-sources/*.json, tables/*.json, who-is-who.json and terms.json (these two when present). Files that
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
    topics: jsonFiles(join(dataDir, "topics")).map(read),
    tableSources: jsonFiles(join(dataDir, "table-sources")).map(read),
    tables: jsonFiles(join(dataDir, "tables")).map(read),
    ...(existsSync(join(dataDir, "who-is-who.json")) ? { whoIsWho: read(join(dataDir, "who-is-who.json")) } : {}),
    ...(existsSync(join(dataDir, "terms.json")) ? { terms: read(join(dataDir, "terms.json")) } : {}),
  };
  return { raw, errors: errors };
}

/** Source texts from one folder or several (the first that holds a file wins), read lazily and at most once each. */
export function folderTexts(dirs: string | readonly string[] | undefined): SourceTexts {
  const cache = new Map<string, string | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      const path = sourceTextPath(dirs, file);
      cache.set(file, path ? readFileSync(path, "utf8") : undefined);
    }
    return cache.get(file);
  };
}
