import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkDataDir } from "../dataset/load";
import { DATA_DIR } from "../dataset/read";
import { fingerprint } from "../testing/fingerprint";
import type { FigureClaim } from "../model/claims";
import { isoWeekDays } from "./csv";
import { DEFAULT_TABLES_DIR } from "./read";

// The Economist's files, as published, from ../shared/datasets; absent, these tests are skipped.
const FOLDER = join(DEFAULT_TABLES_DIR, "economist-war-dead");
const ESTIMATES = join(FOLDER, "soldier-deaths-casualties-estimates-2025-06-01.csv");
const AREA = join(FOLDER, "area_assessed_as_controlled_by_russia.csv");
const here = existsSync(FOLDER);

describe("ISO weeks", () => {
  it("dates a week by its Monday and Sunday, and knows which years have a 53rd", () => {
    expect(isoWeekDays(2022, 8)).toEqual({ monday: "2022-02-21", sunday: "2022-02-27" });
    expect(isoWeekDays(2025, 1)).toEqual({ monday: "2024-12-30", sunday: "2025-01-05" });
    expect(isoWeekDays(2020, 53)).toEqual({ monday: "2020-12-28", sunday: "2021-01-03" });
    expect(isoWeekDays(2022, 53)).toBeUndefined();
  });
});

describe.skipIf(!here)("The Economist's files, expanded into claims", () => {
  let claims: FigureClaim[] = [];
  let all: ReturnType<typeof checkDataDir>;
  beforeAll(() => {
    all = checkDataDir();
    claims = (all.dataset?.claims ?? []).filter((c): c is FigureClaim => c.kind === "figure");
  }, 60_000);
  const byId = (id: string) => claims.find((c) => c.id === id);

  it("validates, re-reading every kept cell against the published files", () => {
    expect(all.errors).toEqual([]);
    expect(all.cells.unverified).toBe(0);
  });

  it("the UK MoD's cumulative Russian casualties on 01/05/2022: 17,756, a claim by the UK MoD relayed by The Economist", () => {
    expect(byId("uk-mod-monthly-2022-05-01-soldiers-killed-and-wounded")).toMatchObject({
      claimantId: "uk-defence-ministry",
      subject: "Russian losses",
      metric: "soldiers-killed-and-wounded",
      value: 17756,
      statedOn: { date: "2022-05-01" },
      url: "https://x.com/DefenceHQ/status/1876584633103507960/photo/2",
      // The same figure in the compilation of estimates is the same claim: a relay, not a second claim.
      alsoIn: [{ sourceId: "economist-estimates", locator: { kind: "cell", record: "2022-05-01/UK MoD/russia/casualties", field: "estimate" } }],
    });
    expect(claims.filter((c) => c.sourceId === "economist-estimates" && c.statedOn.date === "2022-05-01")).toEqual([]);
  });

  it("the area on 2026-08-21: about 120,586 km², 19.98% of Ukraine, an assessment by The Economist from ISW's maps", () => {
    const km2 = byId("economist-area-2026-08-21-territory");
    const share = byId("economist-area-2026-08-21-share");
    expect(km2).toMatchObject({ claimantId: "economist", metric: "territory", quote: "120586118388.02673 m²" });
    const value = (c: FigureClaim | undefined) => (c && c.qualifier !== "vague" ? c.value : Number.NaN);
    expect(Math.round(value(km2))).toBe(120586);
    expect(value(share).toFixed(2)).toBe("19.98");
  });

  it("the named count's first week, 2022-W8: 427, dated by the week's Sunday, a floor by method", () => {
    expect(byId("mediazona-named-count-2022-w8-soldiers-killed")).toMatchObject({
      claimantId: "mediazona-bbc-named",
      value: 427,
      period: { from: "2022-02-21", asOf: "2022-02-27", sinceStart: false },
      locator: { kind: "cell", record: "2022-W8", field: "BmzNow" },
    });
  });

  it("a low/high pair is one claim with a range, by the body that made it, with the row's URL as its address", () => {
    const range = claims.filter((c) => c.sourceId === "economist-estimates" && c.statedOn.date === "2022-08-11" && c.claimantId === "us-officials");
    expect(range.map((c) => [c.metric, c.qualifier, c.qualifier === "vague" ? undefined : c.value, c.qualifier === "range" ? c.valueHigh : undefined, c.relay?.wording, c.url])).toEqual([
      ["soldiers-killed-and-wounded", "range", 70000, 80000, "US officials (via NYT)", "https://www.nytimes.com/2022/08/11/us/politics/russian-casualties-ukraine.html"],
      ["soldiers-killed", "exact", 20000, undefined, "US officials (via NYT)", "https://www.nytimes.com/2022/08/11/us/politics/russian-casualties-ukraine.html"],
    ]);
    // "140,000" is read as 140000; the central figure stands beside the range.
    expect(byId("economist-estimates-2024-06-21-mediazona-meduza-russia-deaths-soldiers-killed")).toMatchObject({ qualifier: "range", value: 106000, valueHigh: 140000, table: { central: { field: "estimate", value: 120000 } } });
    // A cell that is not an address is no URL; the table's words are kept in the note.
    const email = byId("economist-estimates-2024-01-01-mediazona-meduza-russia-deaths-soldiers-killed");
    expect(email?.url).toBeUndefined();
    expect(email?.note).toContain("via email");
  });

  it("keeps deaths and casualties apart, and the Russian Defence Ministry's total already quoted from a report is linked, not counted twice", () => {
    const est = claims.filter((c) => c.sourceId === "economist-estimates");
    expect(new Set(est.map((c) => c.metric))).toEqual(new Set(["soldiers-killed", "soldiers-killed-and-wounded"]));
    expect(est.some((c) => c.claimantId === "ru-defence-ministry")).toBe(false);
    expect(byId("rumod-2023-12-19-tass-ru-personnel-losses")?.alsoIn?.map((r) => r.sourceId)).toContain("economist-estimates");
    // Every row of the file is a claim or the relay of one.
    const relays = claims.flatMap((c) => (c.alsoIn ?? []).filter((r) => r.sourceId === "economist-estimates"));
    expect(est.length + relays.length).toBe(102);
  });

  it("the model: its 95% interval is the range, its estimate the central figure", () => {
    expect(byId("economist-model-deaths-2026-08-21-soldiers-killed")).toMatchObject({ claimantId: "economist", qualifier: "range", table: { central: { field: "estimate" } } });
  });
});

describe.skipIf(!here)("npm run validate re-reads each kept cell of The Economist's tables", () => {
  it("names the record and field of a kept estimate that differs from the published file", () => {
    const dir = mkdtempSync(join(tmpdir(), "counterclaim-economist-verify-"));
    cpSync(DATA_DIR, dir, { recursive: true });
    const path = join(dir, "tables", "uk-mod-monthly.json");
    writeFileSync(path, readFileSync(path, "utf8").replace('["2022-05-01","UK MoD",17756,', '["2022-05-01","UK MoD",17757,'));
    const report = checkDataDir({ dataDir: dir, tablesDir: DEFAULT_TABLES_DIR });
    expect(report.errors.map((e) => `${e.record} ${e.field} ${e.found}`)).toEqual(["2022-05-01 cumulative casualties 17757 kept, 17756 published"]);
  }, 60_000);
});

// The importer on bad copies of the real files: each rejected, naming the record, data/ untouched.
function dataCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "counterclaim-economist-"));
  cpSync(DATA_DIR, join(dir, "data"), { recursive: true });
  return join(dir, "data");
}


function snapshot(text: string, name: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "counterclaim-economist-snapshot-")), name);
  writeFileSync(path, text);
  return path;
}

describe.skipIf(!here)("npm run import rejects a bad Economist file, names the record, and changes nothing", () => {
  let dataDir = "";
  let before = "";
  beforeAll(() => {
    dataDir = dataCopy();
    before = fingerprint(dataDir);
  });
  const rejects = (id: string, text: string, name: string, message: RegExp) => {
    const result = spawnSync("npx", ["tsx", "scripts/import.ts", id, snapshot(text, name), "--data", dataDir, "--date", "2026-12-07"], { encoding: "utf8" });
    expect(result.stderr).toMatch(message);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Nothing in");
    expect(fingerprint(dataDir)).toBe(before);
  };
  const estimates = () => readFileSync(ESTIMATES, "utf8");
  const name = "soldier-deaths-casualties-estimates-2025-06-01.csv";

  it("a swapped low/high", () => {
    const text = estimates().replace("24/07/2022,15000,20000,", "24/07/2022,20000,15000,");
    rejects("economist-estimates", text, name, /record "2022-07-24\/US officials \(via The Economist\)\/russia\/deaths", field "estimate_low\/estimate_high": expected estimate_low no greater than estimate_high; found 20000 and 15000/);
  }, 30_000);

  it("a date that does not exist (31/02/2023)", () => {
    const text = estimates().replace("15/02/2023,,,43000,deaths,Pentagon leak", "31/02/2023,,,43000,deaths,Pentagon leak");
    rejects("economist-estimates", text, name, /record "line \d+ \(31\/02\/2023, Pentagon leak, russia, deaths\)", field "date": expected a date written DD\/MM\/YYYY that exists; found "31\/02\/2023"/);
  }, 30_000);

  it("a duplicate row", () => {
    const lines = estimates().split("\n");
    const text = [...lines.slice(0, 5), lines[4], ...lines.slice(5)].join("\n");
    rejects("economist-estimates", text, name, /record "2022-05-01\/UK MoD\/russia\/casualties": expected each record once; found a second row for 2022-05-01\/UK MoD\/russia\/casualties \(lines 5 and 6\), repeated exactly/);
  }, 30_000);

  it("an unknown source column", () => {
    const text = estimates()
      .split(/\r?\n/)
      .map((line, i) => (i === 0 ? `${line},analyst` : line === "" ? line : `${line},`))
      .join("\n");
    rejects("economist-estimates", text, name, /record "header", field "analyst": expected a column the source's mapping names/);
  }, 30_000);

  it("a negative area", () => {
    const text = readFileSync(AREA, "utf8").replace("2026-08-21,120586118388.02673", "2026-08-21,-120586118388.02673");
    rejects("economist-area", text, "area_assessed_as_controlled_by_russia.csv", /record "2026-08-21", field "area_assessed_as_russia_controlled": expected a non-negative number in m²; found "-120586118388.02673"/);
  }, 30_000);

  it("an area in km² where square metres are expected", () => {
    const text = readFileSync(AREA, "utf8").replace("2026-08-21,120586118388.02673", "2026-08-21,120586.11838802673");
    rejects("economist-area", text, "area_assessed_as_controlled_by_russia.csv", /record "2026-08-21", field "area_assessed_as_russia_controlled": expected a figure between 1000000000 and 603700000000 m² \(the file's unit; another unit\?\)/);
  }, 30_000);

  it("an estimate that is not a number", () => {
    const text = estimates().replace("20/07/2022,,,60000,casualties,CIA", "20/07/2022,,,60k,casualties,CIA");
    rejects("economist-estimates", text, name, /record "2022-07-20\/CIA\/russia\/casualties", field "estimate": expected a number in soldiers \(the file's unit\); found "60k"/);
  }, 30_000);
});

describe.skipIf(!here)("rows with no figure or no date are left out and reported, never claims", () => {
  it("an empty estimate row is listed as left out, and the rest imported", () => {
    const dataDir = dataCopy();
    const text = readFileSync(ESTIMATES, "utf8").replace("20/07/2022,,,60000,casualties,CIA", "20/07/2022,,,,casualties,CIA").replace("01/06/2022,,,24917,", ",,,24917,");
    const result = spawnSync("npx", ["tsx", "scripts/import.ts", "economist-estimates", snapshot(text, "x.csv"), "--data", dataDir, "--date", "2026-12-07"], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/line \d+: 2022-07-20\/CIA\/russia\/casualties: no figure stated \(every figure cell empty\): no claim/);
    expect(result.stdout).toMatch(/line 6: no date: no claim/);
    const kept = JSON.parse(readFileSync(join(dataDir, "tables", "economist-estimates.json"), "utf8")) as { rows: unknown[][]; leftOut: unknown[] };
    expect(kept.rows).toHaveLength(100);
    expect(kept.leftOut).toHaveLength(2);
  }, 30_000);
});
