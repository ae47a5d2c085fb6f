import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");
const cli = join(process.cwd(), "scripts", "extract-eval.ts");
const DEV = join(process.cwd(), "..", "shared", "reports", "dev");
const run = (...args: string[]) => spawnSync(tsx, [cli, ...args], { encoding: "utf8" });

describe("npm run extract:eval", () => {
  it("refuses to run without a folder, saying how to call it", () => {
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("usage: npm run extract:eval -- DIR");
  });

  it.skipIf(!existsSync(DEV))("prints each held-back report's misses and the five scores", () => {
    const result = run(DEV, "--set", "held-back");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^03-inews-russian-soldier-deaths-estimates\.txt: figures \d+\/\d+/m);
    expect(result.stdout).toContain("5 reports (held-back)");
    for (const label of ["figures found", "right claimant", "right qualifier", "precision of figures", "claims of control found"]) expect(result.stdout).toContain(`| ${label}`);
  });
});
