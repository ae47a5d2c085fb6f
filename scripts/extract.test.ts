import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SourceFile } from "../lib/dataset/validate";
import { ExtractionFile } from "../lib/extract/output";

const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");
const extract = join(process.cwd(), "scripts", "extract.ts");
const addSource = join(process.cwd(), "scripts", "add-source.ts");
const REPORT = join(process.cwd(), "lib", "extract", "fixtures", "border-shelling.txt");

describe("npm run extract", () => {
  it("prints candidates as JSON whose source and claims form a valid source file, and a summary on stderr", () => {
    const run = spawnSync(tsx, [extract, REPORT, "--source-id", "example-2024-02-20-border"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    const printed = ExtractionFile.parse(JSON.parse(run.stdout));
    expect(printed.source.id).toBe("example-2024-02-20-border");
    expect(SourceFile.safeParse({ source: printed.source, claims: printed.claims }).success).toBe(true);
    expect(run.stderr).toMatch(/9 candidate claims \(9 figures\) from .*border-shelling\.txt; \d+ notes to review; 3 new claimants proposed; 1 numbers left unplaced\./);
  });

  it("fails with the file and what it found when the date line is missing", () => {
    const dir = mkdtempSync(join(tmpdir(), "counterclaim-extract-"));
    const path = join(dir, "undated.txt");
    writeFileSync(path, "KYIV - 12 people were killed, officials said.");
    const run = spawnSync(tsx, [extract, path], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('undated.txt: expected a first line "date YYYY-MM-DD"');
  });
});

describe("npm run add-source", () => {
  it("asks for the reviewed file rather than write unreviewed candidates", () => {
    const run = spawnSync(tsx, [addSource, REPORT], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("add-source writes only reviewed claims");
  });

  it("adds a reviewed extraction to a copy of data/, then refuses to add it again", () => {
    const root = mkdtempSync(join(tmpdir(), "counterclaim-add-cli-"));
    const data = join(root, "data");
    const sources = join(root, "sources");
    cpSync(join(process.cwd(), "data"), data, { recursive: true });
    cpSync(REPORT, join(sources, "border-shelling.txt"));
    const report = join(sources, "border-shelling.txt");
    const extracted = spawnSync(tsx, [extract, report, "--data", data, "--source-id", "example-2024-02-20-border"], { encoding: "utf8" });
    const extraction = ExtractionFile.parse(JSON.parse(extracted.stdout));
    const reviewed = join(root, "reviewed.json");
    writeFileSync(reviewed, JSON.stringify({ ...extraction, review: [] }));

    const first = spawnSync(tsx, [addSource, report, "--reviewed", reviewed, "--data", data, "--sources", sources], { encoding: "utf8" });
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Added source "example-2024-02-20-border": 9 claims, 3 new claimants.');
    expect(readdirSync(join(data, "sources"))).toContain("example-2024-02-20-border.json");

    const second = spawnSync(tsx, [addSource, report, "--reviewed", reviewed, "--data", data, "--sources", sources], { encoding: "utf8" });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain("already exists");
    expect(second.stderr).toContain("Nothing was written.");
  });
});
