/**
 * The data exports as the prebuild wrote them (scripts/render-data.ts, under generated/files/data):
 * each whole file read from disk and parsed once, here, rather than fetched and re-parsed by each
 * browser test (claims.json and claims.csv are about 23 MB each). e2e/downloads-the-data.spec.ts
 * checks that the site serves these same bytes with the right types.
 *
 * `npm test` runs the build before vitest, so there these files exist and the tests must run; in a
 * bare `vitest run` with no build they are skipped, saying so.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { BUILD_PATHS } from "../site/build-paths";
import { ClaimsExport } from "./claims";

const DATA = join(BUILD_PATHS.files, "data");
const JSON_FILE = join(DATA, "claims.json");
const CSV_FILE = join(DATA, "claims.csv");
const PERSONNEL_CSV = join(DATA, "sources", "general-staff-personnel.csv");
const FILES = [JSON_FILE, CSV_FILE, PERSONNEL_CSV];
const built = FILES.every((file) => existsSync(file));
const underNpmTest = process.env.npm_lifecycle_event === "test";

if (!built) {
  if (underNpmTest) throw new Error(`npm test builds before vitest, but the prebuild's exports are missing: ${FILES.filter((f) => !existsSync(f)).join(", ")}`);
  console.warn(`built-exports.test.ts: skipped, no build in ${DATA} (run npm run build first; npm test does).`);
}

/** Read and parsed once for every test below. */
const exports = built
  ? (() => {
      return {
        data: ClaimsExport.parse(JSON.parse(readFileSync(JSON_FILE, "utf8"))),
        rows: parse(readFileSync(CSV_FILE, "utf8"), { columns: true }) as Record<string, string>[],
        personnelRows: parse(readFileSync(PERSONNEL_CSV, "utf8"), { columns: true }) as Record<string, string>[],
      };
    })()
  : undefined;

describe.skipIf(!built)("the built claims.json", () => {
  const { data } = exports ?? ({} as NonNullable<typeof exports>);

  it("parses through the published schema, every claim with its quote, source and claimant", () => {
    expect(data.dataset.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(data.claims.length).toBeGreaterThan(30);
    const tanks = data.claims.find((c) => c.id === "russia-tanks-and-armoured-vehicles-2022-03-02");
    expect(tanks).toMatchObject({ qualifier: "more-than", value: 470, claimantId: "russia" });
    expect(tanks?.quote).toContain("more than 470 tanks and armoured vehicles");
    // Every claim's source and claimant is in the export: the ids of claims pointing elsewhere, none.
    const sourceIds = new Set(data.sources.map((s) => s.id));
    const claimantIds = new Set(data.claimants.map((c) => c.id));
    expect(data.claims.filter((c) => !sourceIds.has(c.sourceId)).map((c) => c.id)).toEqual([]);
    expect(data.claims.filter((c) => !claimantIds.has(c.claimantId)).map((c) => c.id)).toEqual([]);
  });

  it("holds every cell of the published tables as a claim, with its cell locator", () => {
    const cells = data.claims.filter((c) => c.locator.kind === "cell");
    expect(new Set(cells.map((c) => c.sourceId))).toEqual(
      new Set(["general-staff-equipment", "general-staff-personnel", "oryx-by-type", "economist-estimates", "uk-mod-monthly", "mediazona-named-count", "economist-model-deaths", "economist-model-casualties", "economist-area"]),
    );
    // Every estimate row: a claim with its address and range, or the relay of a claim already held.
    const estimates = data.claims.filter((c) => c.sourceId === "economist-estimates");
    const relayed = data.claims.filter((c) => c.alsoIn?.some((r) => r.sourceId === "economist-estimates"));
    expect(estimates.length + relayed.length).toBe(102);
    expect(data.claims.find((c) => c.id === "economist-estimates-2022-08-11-us-officials-via-nyt-russia-casualties-soldiers-killed-and-wounded")).toMatchObject({
      claimantId: "us-officials",
      qualifier: "range",
      value: 70000,
      valueHigh: 80000,
      url: "https://www.nytimes.com/2022/08/11/us/politics/russian-casualties-ukraine.html",
    });
    expect(cells.length).toBeGreaterThan(50_000);
    const personnel = data.claims.find((c) => c.id === "general-staff-personnel-2022-03-02-personnel-losses");
    expect(personnel).toMatchObject({ quote: "5840", qualifier: "about", value: 5840, locator: { kind: "cell", record: "2022-03-02", field: "personnel" }, table: { qualifierCell: { field: "personnel*", quote: "about" } } });
    const tanks = data.claims.find((c) => c.id === "oryx-by-type-2022-03-28-russia-oryx-tanks");
    expect(tanks).toMatchObject({ value: 318, qualifier: "exact", locator: { record: "2022-03-28/Russia/Tanks", field: "type_total" }, table: { breakdown: { destroyed: 136, damaged: 6, abandoned: 42, captured: 134 } } });
  });
});

describe.skipIf(!built)("the built claims.csv", () => {
  const { data, rows, personnelRows } = exports ?? ({} as NonNullable<typeof exports>);

  it("has one row a claim, in claims.json's order, with claimant and source columns", () => {
    expect(rows.length).toBe(data.claims.length);
    // Compared as one string, not 53,000 elements: a difference still shows where it starts.
    expect(rows.map((r) => r.id).join("\n")).toBe(data.claims.map((c) => c.id).join("\n"));
    const un = rows.find((r) => r.id === "un-civilian-deaths-before-2022-03-02");
    expect(un).toMatchObject({ claimant: "United Nations", value: "142", statedOnPrecision: "before", statedOnWording: "previously" });
    expect(un?.sourcePublisher).toBe("not identified");
  });

  it("has, for each source, its own CSV of that source's claims", () => {
    expect(new Set(personnelRows.map((r) => r.sourceId))).toEqual(new Set(["general-staff-personnel"]));
    expect(personnelRows.find((r) => r.cellRecord === "2022-03-02" && r.cellField === "personnel")).toMatchObject({ value: "5840", qualifier: "about", cellQualifier: "about", claimant: "General Staff of the Armed Forces of Ukraine" });
  });
});
