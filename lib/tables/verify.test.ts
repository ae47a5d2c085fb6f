import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatError } from "../dataset/errors";
import { checkDataDir } from "../dataset/load";
import { DATA_DIR } from "../dataset/read";
import { DEFAULT_TABLES_DIR } from "./read";

describe("validation re-reads every kept cell against the published tables", () => {
  it("verifies every cell when ../shared/datasets is at hand", () => {
    const report = checkDataDir({ tablesDir: DEFAULT_TABLES_DIR });
    expect(report.errors.map(formatError)).toEqual([]);
    expect(report.cells.unverified).toBe(0);
    expect(report.cells.verified).toBeGreaterThan(150_000);
  }, 30_000);

  it("counts them unverified, and fails nothing, when the tables are absent", () => {
    const report = checkDataDir({ tablesDir: undefined });
    expect(report.errors).toEqual([]);
    expect(report.cells.verified).toBe(0);
    expect(report.cells.missingSnapshots).toHaveLength(9);
  }, 30_000);

  it("names the record and field of a kept cell that differs from the published one", () => {
    const dir = mkdtempSync(join(tmpdir(), "counterclaim-verify-"));
    cpSync(DATA_DIR, dir, { recursive: true });
    const path = join(dir, "tables", "general-staff-equipment.json");
    const text = readFileSync(path, "utf8");
    const row = text.split("\n").find((line) => line.includes('"2022-03-02"')) ?? "";
    writeFileSync(path, text.replace(row, row.replace(",211,", ",212,")));
    const report = checkDataDir({ dataDir: dir, tablesDir: DEFAULT_TABLES_DIR });
    expect(report.errors.map(formatError)).toEqual([
      `${path}, record "2022-03-02", field "tank": expected the cell as published in ua-general-staff/russia_losses_equipment.json; found 212 kept, 211 published`,
    ]);
    expect(report.dataset).toBeNull();
  }, 30_000);
});
