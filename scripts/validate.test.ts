import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { brokenFixture, FIXTURE_TEXTS, FIXTURES } from "../lib/dataset/testing";

const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");
const script = join(process.cwd(), "scripts", "validate.ts");

describe("npm run validate", () => {
  it("passes the valid fixture and says how many quotes it verified", () => {
    const out = execFileSync(tsx, [script, "--data", join(FIXTURES, "valid"), "--sources", FIXTURE_TEXTS], { encoding: "utf8" });
    expect(out).toContain("OK: 3 claims in 1 sources, 2 claimants, 1 comparisons");
    expect(out).toContain("Quotes verified against their source text: 3; not verified: 0.");
  });

  it("says how many quotes it could not verify when the texts are absent", () => {
    const out = execFileSync(tsx, [script, "--data", join(FIXTURES, "valid"), "--sources", join(FIXTURES, "no-such-folder")], { encoding: "utf8" });
    expect(out).toContain("not verified: 3");
    expect(out).toContain("Source texts not found");
  });

  it("fails with a non-zero exit code, names file, record and field, and writes nothing", () => {
    const dir = brokenFixture("sources/test-report.json", { "claims.0.value": "twelve" });
    const before = readdirSync(dir, { recursive: true }).sort();
    const run = spawnSync(tsx, [script, "--data", dir, "--sources", FIXTURE_TEXTS], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('test-report.json, record "north-drones", field "value": expected a number; found "twelve"');
    expect(run.stderr).toContain("1 error in");
    expect(readdirSync(dir, { recursive: true }).sort()).toEqual(before);
  });
});
