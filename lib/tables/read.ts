import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { TableSource } from "../model/tables";

/** data/sources/<id>.json for a table: the source record alone; its figures are in data/tables/<id>.json. */
export const TableSourceFile = z.strictObject({ source: TableSource });

export const tableSourcePath = (dataDir: string, id: string) => join(dataDir, "sources", `${id}.json`);
export const tableFilePath = (dataDir: string, id: string) => join(dataDir, "tables", `${id}.json`);

/** Where the published tables are read from (never copied in): ../shared/datasets, or COUNTERCLAIM_TABLES. */
export const DEFAULT_TABLES_DIR = join(process.cwd(), "..", "shared", "datasets");

export function defaultTablesDir(): string | undefined {
  const dir = process.env.COUNTERCLAIM_TABLES ?? DEFAULT_TABLES_DIR;
  return existsSync(dir) ? dir : undefined;
}
