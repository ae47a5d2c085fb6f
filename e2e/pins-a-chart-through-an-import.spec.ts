import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { PORTS } from "./support/ports";

// A pinned embed (asof=) must draw the same figures after `npm run import` brings a newer snapshot of
// a table: one that revises a past value in the chart's window and adds a day. The import runs for
// real into a copy of data/, and a second `next start` reads that copy.
const SHARED = join(process.cwd(), "..", "shared", "datasets");
const PINNED = "/embed/chart?topic=tanks&lines=gs-russian-tanks&from=2024-04-01&to=2024-06-30&asof=2024-06-30";
/** A preset's embed, pinned the same way (/embed/<slug>?asof=). */
const PRESET = "/embed/russian-tanks-two-ways-2024?asof=2024-06-30";
const LATEST = "/embed/chart?topic=tanks&lines=gs-russian-tanks&from=2024-04-01&to=2024-06-30";
const BASE = `http://127.0.0.1:${PORTS.imported}`;
const svgs = (html: string) => [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);

test.describe("a pinned chart after an import", () => {
  test.describe.configure({ mode: "serial", timeout: 180_000 });
  let dir: string;
  let server: ChildProcess | undefined;

  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "counterclaim-import-"));
    cpSync("data", join(dir, "data"), { recursive: true });
    const tables = join(dir, "tables");
    mkdirSync(join(tables, "ua-general-staff"), { recursive: true });
    for (const other of ["oryx", "economist-war-dead"]) symlinkSync(join(SHARED, other), join(tables, other));
    for (const file of ["russia_losses_personnel.json", "russia_losses_equipment_correction.json", "LICENSE", "SOURCE.md"]) cpSync(join(SHARED, "ua-general-staff", file), join(tables, "ua-general-staff", file));
    // The newer snapshot: 1 May 2024's tank count revised up by 7, and one more day.
    const records: Record<string, unknown>[] = JSON.parse(readFileSync(join(SHARED, "ua-general-staff", "russia_losses_equipment.json"), "utf8"));
    const revised = records.find((r) => r.date === "2024-05-01") as { tank: number };
    revised.tank += 7;
    const last = records.at(-1) as Record<string, unknown> & { day: number; tank: number };
    records.push({ ...last, date: "2026-08-09", day: last.day + 1, tank: last.tank + 3 });
    const snapshot = join(tables, "ua-general-staff", "russia_losses_equipment.json");
    writeFileSync(snapshot, JSON.stringify(records, null, 2));
    execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/import.ts", "general-staff-equipment", snapshot, "--data", join(dir, "data"), "--date", "2026-12-06"], { stdio: "pipe" });
  });

  test.afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  test("draws the same figures as before, while the latest shows the revision", async ({ request }) => {
    const presetBefore = svgs(await (await request.get(PRESET)).text());
    const before = svgs(await (await request.get(PINNED)).text());
    const latestBefore = svgs(await (await request.get(LATEST)).text());
    expect(before.length).toBeGreaterThan(0);
    server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(PORTS.imported)], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", COUNTERCLAIM_DATA: join(dir, "data"), COUNTERCLAIM_TABLES: join(dir, "tables") },
      stdio: "ignore",
    });
    let after: string[] = [];
    for (let tries = 0; tries < 150 && after.length === 0; tries++) {
      try {
        const response = await fetch(BASE + PINNED);
        if (response.ok) after = svgs(await response.text());
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    expect(after).toEqual(before);
    expect(svgs(await (await fetch(BASE + PRESET)).text())).toEqual(presetBefore);
    const latestAfter = svgs(await (await fetch(BASE + LATEST)).text());
    expect(latestAfter).not.toEqual(latestBefore);
    // The kept table says what changed: the revision, with the day of the import.
    const kept = JSON.parse(readFileSync(join(dir, "data", "tables", "general-staff-equipment.json"), "utf8"));
    expect(kept.revisions).toContainEqual(expect.objectContaining({ record: "2024-05-01", field: "tank", importedOn: "2026-12-06" }));
  });
});
