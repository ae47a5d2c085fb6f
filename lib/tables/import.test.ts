import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkDataDir } from "../dataset/load";
import { DATA_DIR } from "../dataset/read";
import { fingerprint } from "../testing/fingerprint";
import { DEFAULT_TABLES_DIR } from "./read";

// The real published file, read from ../shared/datasets; every snapshot here is made from it in a temp folder.
const SNAPSHOT = join(DEFAULT_TABLES_DIR, "ua-general-staff", "russia_losses_equipment.json");
const ID = "general-staff-equipment";
type Row = Record<string, unknown>;
const real = (): Row[] => JSON.parse(readFileSync(SNAPSHOT, "utf8")) as Row[];

function dataCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "counterclaim-import-"));
  cpSync(DATA_DIR, join(dir, "data"), { recursive: true });
  return join(dir, "data");
}

function snapshot(rows: unknown, name = "russia_losses_equipment.json"): string {
  const dir = mkdtempSync(join(tmpdir(), "counterclaim-snapshot-"));
  const path = join(dir, name);
  writeFileSync(path, typeof rows === "string" ? rows : JSON.stringify(rows));
  return path;
}

/** Runs `npm run import` as a reader would: the real script, on real files. */
function runImport(dataDir: string, file: string, date = "2026-12-01") {
  const result = spawnSync("npx", ["tsx", "scripts/import.ts", ID, file, "--data", dataDir, "--date", date], { encoding: "utf8" });
  return { status: result.status, out: result.stdout, err: result.stderr };
}


describe("npm run import accepts a newer snapshot", () => {
  let dataDir = "";
  beforeAll(() => {
    dataDir = dataCopy();
  });

  it("reports removed days, then new days and a revised past value, and keeps the value it replaced", () => {
    const rows = real();
    const shorter = runImport(dataDir, snapshot(rows.slice(0, -3)));
    expect(shorter.err).toBe("");
    expect(shorter.status).toBe(0);
    expect(shorter.out).toContain("Removed records: 3 (2026-08-06, 2026-08-07, 2026-08-08)");

    const revised = rows.map((r) => (r.date === "2022-03-02" ? { ...r, tank: 212 } : r));
    const newer = runImport(dataDir, snapshot(revised), "2026-12-02");
    expect(newer.status).toBe(0);
    expect(newer.out).toContain("New records: 3 (2026-08-06, 2026-08-07, 2026-08-08)");
    expect(newer.out).toContain("Revised past values: 1");
    expect(newer.out).toContain("record 2022-03-02, field tank: 211 → 212");
    expect(newer.out).toContain("Removed records: 0");

    const kept = JSON.parse(readFileSync(join(dataDir, "tables", `${ID}.json`), "utf8")) as { revisions: unknown[]; sha256: string };
    expect(kept.revisions).toEqual([{ record: "2022-03-02", field: "tank", from: 211, to: 212, importedOn: "2026-12-02" }]);
    const source = JSON.parse(readFileSync(join(dataDir, "table-sources", `${ID}.json`), "utf8")) as { source: { sha256: string } };
    expect(source.source.sha256).toBe(kept.sha256);

    const report = checkDataDir({ dataDir, tablesDir: undefined });
    expect(report.errors).toEqual([]);
    const tank = report.dataset?.claims.find((c) => c.id === "general-staff-equipment-2022-03-02-tanks");
    expect(tank).toMatchObject({ value: 212, quote: "212", table: { revisions: [{ from: 211, importedOn: "2026-12-02" }] } });
  }, 60_000);
});

describe("npm run import rejects a bad snapshot, names the record and field, and changes nothing", () => {
  let dataDir = "";
  let before = "";
  beforeAll(() => {
    dataDir = dataCopy();
    before = fingerprint(dataDir);
  });
  const rejects = (file: string, message: RegExp) => {
    const result = runImport(dataDir, file);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(message);
    expect(result.err).toContain("Nothing in");
    expect(fingerprint(dataDir)).toBe(before);
  };

  it("broken JSON", () => rejects(snapshot('[{"date": "2022-02-25", "tank": 80'), /russia_losses_equipment\.json: expected valid JSON; found/), 30_000);

  it("a negative value", () => {
    const rows = real().map((r) => (r.date === "2022-03-02" ? { ...r, tank: -5 } : r));
    rejects(snapshot(rows), /record "2022-03-02", field "tank": expected a non-negative whole number; found -5/);
  }, 30_000);

  it("a value that is not a number", () => {
    const rows = real().map((r) => (r.date === "2022-03-02" ? { ...r, APC: "862" } : r));
    rejects(snapshot(rows), /record "2022-03-02", field "APC": expected a non-negative whole number; found "862"/);
  }, 30_000);

  it("a duplicate date", () => {
    const rows = real();
    rejects(snapshot([...rows, rows[6]]), /record "2022-03-03", field "date": expected each date once; found a second record for 2022-03-03/);
  }, 30_000);

  it("a missing date", () => {
    const rows = real().filter((r) => r.date !== "2023-01-15");
    rejects(snapshot(rows), /record "2023-01-16", field "date": expected a record for every day \(the one before is 2023-01-14\); found no record for 2023-01-15/);
  }, 30_000);

  it("an unknown field", () => {
    const rows = real().map((r) => (r.date === "2024-01-01" ? { ...r, "laser weapons": 1 } : r));
    rejects(snapshot(rows), /record "2024-01-01", field "laser weapons": expected a field the source's mapping names/);
  }, 30_000);

  it("a wrong sha256 for the kept source", () => {
    const path = join(dataDir, "table-sources", `${ID}.json`);
    const text = readFileSync(path, "utf8");
    const wrong = text.replace(/"sha256": "8c3adf7e[0-9a-f]+"/, `"sha256": "${"0".repeat(64)}"`);
    expect(wrong).not.toBe(text);
    writeFileSync(path, wrong);
    const edited = fingerprint(dataDir);
    const result = runImport(dataDir, SNAPSHOT);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/table-sources\/general-staff-equipment\.json, record "general-staff-equipment", field "sha256": expected the sha256 of the snapshot the kept table was imported from \(8c3adf7e/);
    expect(fingerprint(dataDir)).toBe(edited);
    writeFileSync(path, text);
  }, 30_000);
});

describe("the kept tables in data/", () => {
  it("are what npm run import makes from ../shared/datasets, byte for byte", () => {
    const dataDir = dataCopy();
    const before = fingerprint(dataDir);
    const sources: [string, string][] = [
      ["general-staff-equipment", "ua-general-staff/russia_losses_equipment.json"],
      ["general-staff-personnel", "ua-general-staff/russia_losses_personnel.json"],
      ["oryx-by-type", "oryx/oryx-totals-by-type-history.csv"],
    ];
    for (const [id, file] of sources) {
      const importedOn = (JSON.parse(readFileSync(join(DATA_DIR, "tables", `${id}.json`), "utf8")) as { importedOn: string }).importedOn;
      const out = execFileSync("npx", ["tsx", "scripts/import.ts", id, join(DEFAULT_TABLES_DIR, file), "--data", dataDir, "--date", importedOn], { encoding: "utf8" });
      expect(out).toContain("Revised past values: 0");
    }
    expect(fingerprint(dataDir)).toBe(before);
  }, 60_000);
});
