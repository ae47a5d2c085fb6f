import { existsSync } from "node:fs";
import { DATA_DIR, DEFAULT_SOURCES_DIRS, folderTexts, readDataDir, sourceDirList } from "./read";
import { formatError } from "./errors";
import { defaultTablesDir } from "../tables/read";
import { type Dataset, type ValidationReport, validateDataset } from "./validate";

export interface CheckOptions {
  dataDir?: string;
  /** Folder(s) of source texts; when absent, quotes are counted as unverified rather than failing. */
  sourcesDir?: string | readonly string[];
  /** Folder of published tables (../shared/datasets); when absent, kept cells are counted as unverified. */
  tablesDir?: string;
}

/** Reads and validates a data folder, reporting JSON errors and validation errors together. */
export function checkDataDir(options: CheckOptions = {}): ValidationReport {
  const { dataDir = DATA_DIR, sourcesDir = defaultSourcesDir() } = options;
  // Given as undefined, the tables are absent on purpose: their cells are counted as unverified.
  const tablesDir = "tablesDir" in options ? options.tablesDir : defaultTablesDir();
  const { raw, errors: readErrors } = readDataDir(dataDir);
  const report = validateDataset(raw, folderTexts(sourcesDir), folderTexts(tablesDir));
  const errors = [...readErrors, ...report.errors];
  return { ...report, errors, dataset: errors.length === 0 ? report.dataset : null };
}

/**
 * The folders of source texts: COUNTERCLAIM_SOURCES (one folder, or several joined by ":"), else the
 * seeds and the report folders in ../shared; only those that exist. Undefined when none does.
 */
export function defaultSourcesDir(): string[] | undefined {
  const env = process.env.COUNTERCLAIM_SOURCES;
  const dirs = (env === undefined ? [...DEFAULT_SOURCES_DIRS] : sourceDirList(env)).filter((dir) => existsSync(dir));
  return dirs.length > 0 ? dirs : undefined;
}

/**
 * Kept on the process, not the module: next start loads each route's bundle with its own copy of
 * this module, and without this every dynamic route (/chart, /claims/found, /on/<day>, /api/claims)
 * would read and validate the data again and hold its own copy.
 */
const KEY = Symbol.for("counterclaim.dataset");
const processCache = globalThis as { [KEY]?: Dataset };

/** The dataset for pages: validated once per process; any error stops the build with every message. */
export function loadDataset(): Dataset {
  const hit = processCache[KEY];
  if (hit) return hit;
  const report = checkDataDir();
  if (!report.dataset) {
    throw new Error(`The data in data/ is not valid:\n${report.errors.map(formatError).join("\n")}`);
  }
  processCache[KEY] = report.dataset;
  return report.dataset;
}
