import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { TableSourceWithText } from "../model/tables";

/**
 * data/table-sources/<id>.json: a table's source record (where it comes from, how its fields map to
 * claims); its figures are in data/tables/<id>.json. Kept apart from data/sources, whose files each
 * hold a report and the claims quoted from it.
 */
export const TableSourceFile = z.strictObject({ source: TableSourceWithText });

export const tableSourcePath = (dataDir: string, id: string) => join(dataDir, "table-sources", `${id}.json`);
export const tableFilePath = (dataDir: string, id: string) => join(dataDir, "tables", `${id}.json`);

/** Where the published tables are read from (never copied in): ../shared/datasets, or COUNTERCLAIM_TABLES. */
export const DEFAULT_TABLES_DIR = join(process.cwd(), "..", "shared", "datasets");

export function defaultTablesDir(): string | undefined {
  const dir = process.env.COUNTERCLAIM_TABLES ?? DEFAULT_TABLES_DIR;
  return existsSync(dir) ? dir : undefined;
}
