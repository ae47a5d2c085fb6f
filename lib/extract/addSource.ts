/**
 * Adding a reviewed extraction to the dataset: the source file, and the claimants it proposes.
 * Nothing is written unless the whole dataset, with the new file in a temporary copy, validates and
 * no id is already taken.
 */
import { cpSync, existsSync, linkSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import type { Claimant } from "../model/claimants";
import { type DataError, formatError, zodIssuesToErrors } from "../dataset/errors";
import { checkDataDir } from "../dataset/load";
import { readDataDir, sourceDirList } from "../dataset/read";
import { sha256 } from "../dataset/validate";
import { ExtractionFile } from "./output";
import type { ExtractionFile as Extraction } from "./output";

export interface AddSourceInput {
  /** The report's text; it must already stand in the sources folder, where the build reads it. */
  reportPath: string;
  /** The output of `npm run extract`, after a person reviewed it and deleted every review note. */
  reviewedPath: string;
  dataDir: string;
  /** The folder(s) of source texts; the report must stand in one of them. */
  sourcesDir: string | readonly string[] | undefined;
}

export type AddSourceResult =
  | { ok: true; sourceId: string; written: string[]; claims: number; newClaimants: number }
  | { ok: false; errors: string[] };

function readJson(path: string): { json: unknown } | { error: string } {
  try {
    return { json: JSON.parse(readFileSync(path, "utf8")) };
  } catch (error) {
    return { error: `${path}: expected a JSON file; ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Ids, files and digests the data folder already holds, read leniently: a broken file is validation's to report. */
function existing(dataDir: string) {
  const { raw } = readDataDir(dataDir);
  const record = (value: unknown): Record<string, unknown> => (value && typeof value === "object" ? Object.fromEntries(Object.entries(value)) : {});
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  const sources = raw.sources.map((file) => record(record(file.json).source));
  const claims = raw.sources.flatMap((file) => {
    const list = record(file.json).claims;
    return Array.isArray(list) ? list.map((c) => text(record(c).id)) : [];
  });
  const claimants = Array.isArray(raw.claimants.json) ? raw.claimants.json.map((c) => text(record(c).id)) : [];
  return {
    sourceIds: new Set(sources.map((s) => text(s.id))),
    sources,
    claimIds: new Set(claims),
    claimantIds: new Set(claimants),
  };
}

/** claimants.json keeps one claimant a line; new ones are appended the same way. */
function appendClaimants(fileText: string, added: readonly Claimant[]): string {
  const oneLine = (c: Claimant) => `{ ${Object.entries(c).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(", ")} }`;
  const lastItem = fileText.lastIndexOf("}");
  const close = fileText.lastIndexOf("]");
  if (lastItem < 0 || close < lastItem) return `${JSON.stringify(added, null, 2)}\n`;
  return `${fileText.slice(0, lastItem + 1)},\n${added.map((c) => `  ${oneLine(c)}`).join(",\n")}${fileText.slice(lastItem + 1)}`;
}

export function addSource({ reportPath, reviewedPath, dataDir, sourcesDir }: AddSourceInput): AddSourceResult {
  const read = readJson(reviewedPath);
  if ("error" in read) return { ok: false, errors: [read.error] };
  const parsed = ExtractionFile.safeParse(read.json);
  if (!parsed.success) return { ok: false, errors: zodIssuesToErrors(reviewedPath, read.json, parsed.error.issues).map(formatError) };
  const result = addExtraction({ extraction: parsed.data, label: reviewedPath, reportPath, dataDir, sourcesDir });
  return result.ok ? result : { ok: false, errors: result.errors.map((e) => e.message) };
}

/** One thing that stops a reviewed extraction from being added; `record` and `field` when it is a claim's (or a claimant's) field. */
export interface AddError {
  record?: string;
  field?: string;
  message: string;
}

export type AddExtractionResult =
  | { ok: true; sourceId: string; written: string[]; claims: number; newClaimants: number }
  | { ok: false; errors: AddError[] };

export interface AddExtractionInput {
  extraction: Extraction;
  /** What to call the extraction in messages (the reviewed file's path, or "the review page"). */
  label: string;
  reportPath: string;
  dataDir: string;
  sourcesDir: string | readonly string[] | undefined;
  /** false: run every check and write nothing (the review page's "check"). */
  write?: boolean;
}

/** Writes a file by renaming a complete temporary copy over it, so a reader never sees half of it; `exclusive` never replaces one. */
function writeAtomically(path: string, content: string, exclusive: boolean): void {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, content, { flag: "wx" });
  try {
    if (exclusive) {
      // link() fails when the name is taken: no check-then-write race.
      linkSync(temporary, path);
      unlinkSync(temporary);
    } else renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * The checks of add-source on an extraction already in memory, then (unless `write` is false) the
 * writes: claimants.json first, the source file last, each by an atomic rename. Nothing is written
 * unless every check passes.
 */
export function addExtraction({ extraction, label, reportPath, dataDir, sourcesDir, write = true }: AddExtractionInput): AddExtractionResult {
  const { source, claims, newClaimants, review } = extraction;
  const errors: AddError[] = [];
  const fail = (message: string, record?: string, field?: string) => errors.push({ message, ...(record ? { record } : {}), ...(field ? { field } : {}) });
  if (review.length > 0) {
    fail(`${label}: ${review.length} review note${review.length === 1 ? "" : "s"} remain (${review.map((n) => `${n.record} "${n.id}"`).join(", ")}); check each record, fix it, delete its note, and run add-source again`);
  }
  if (!existsSync(reportPath)) return { ok: false, errors: [...errors, { message: `${reportPath}: no such file` }] };
  const text = readFileSync(reportPath, "utf8");
  if (basename(reportPath) !== source.file) fail(`${label}: source.file is "${source.file}", but the report given is "${basename(reportPath)}"`, source.id, "file");
  if (sha256(text) !== source.sha256) fail(`${label}: source.sha256 is not the sha256 of ${reportPath} (${sha256(text)}): the report changed since it was extracted`, source.id, "sha256");
  const dirs = sourceDirList(sourcesDir);
  if (!dirs.some((dir) => resolve(dirname(reportPath)) === resolve(dir))) {
    fail(`${reportPath}: put the report in the sources folder (${dirs.length > 0 ? dirs.join(", ") : "none found; pass --sources"}) first: the build checks every quote against the texts there`);
  }

  const known = existing(dataDir);
  if (known.sourceIds.has(source.id) || existsSync(join(dataDir, "sources", `${source.id}.json`))) fail(`source id "${source.id}" already exists in ${dataDir}; choose another id`, source.id, "id");
  const same = known.sources.find((s) => s.sha256 === source.sha256 || s.file === source.file);
  if (same) fail(`${source.file} is already in the dataset as source "${String(same.id)}"`, source.id, "file");
  for (const claim of claims) if (known.claimIds.has(claim.id)) fail(`claim id "${claim.id}" already exists in ${dataDir}; choose another id`, claim.id, "id");
  for (const claimant of newClaimants) if (known.claimantIds.has(claimant.id)) fail(`claimant id "${claimant.id}" already exists in claimants.json; use it in the claims and drop it from newClaimants, or choose another id`, claimant.id, "id");
  if (errors.length > 0) return { ok: false, errors };

  const sourceJson = `${JSON.stringify({ source, claims }, null, 2)}\n`;
  const claimantsPath = join(dataDir, "claimants.json");
  const claimantsJson = newClaimants.length > 0 ? appendClaimants(readFileSync(claimantsPath, "utf8"), newClaimants) : undefined;

  const trial = mkdtempSync(join(tmpdir(), "counterclaim-add-source-"));
  try {
    cpSync(dataDir, trial, { recursive: true });
    writeFileSync(join(trial, "sources", `${source.id}.json`), sourceJson);
    if (claimantsJson) writeFileSync(join(trial, "claimants.json"), claimantsJson);
    const report = checkDataDir({ dataDir: trial, sourcesDir });
    if (report.errors.length > 0) return { ok: false, errors: report.errors.map((e) => fromDataError(e, trial, dataDir)) };
  } finally {
    rmSync(trial, { recursive: true, force: true });
  }

  const sourcePath = join(dataDir, "sources", `${source.id}.json`);
  if (!write) return { ok: true, sourceId: source.id, written: [], claims: claims.length, newClaimants: newClaimants.length };
  const written: string[] = [];
  if (claimantsJson) {
    writeAtomically(claimantsPath, claimantsJson, false);
    written.push(claimantsPath);
  }
  writeAtomically(sourcePath, sourceJson, true);
  written.unshift(sourcePath);
  return { ok: true, sourceId: source.id, written, claims: claims.length, newClaimants: newClaimants.length };
}

/** A validation error, with the field of a claim ("claims.3.value" → "value") when it is one. */
function fromDataError(error: DataError, trial: string, dataDir: string): AddError {
  const message = formatError(error).replaceAll(trial, dataDir);
  const field = error.field?.replace(/^claims\.\d+\./, "");
  return { message, ...(error.record ? { record: error.record } : {}), ...(field ? { field } : {}) };
}
