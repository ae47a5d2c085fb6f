import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatError } from "./errors";
import { checkDataDir } from "./load";
import { DATA_DIR, DEFAULT_SOURCES_DIRS, sourceTextPath } from "./read";

/** A source's text, from whichever folder of ../shared holds it. */
function textOf(file: string): string {
  const path = sourceTextPath(DEFAULT_SOURCES_DIRS, file);
  if (!path) throw new Error(`${file} is in none of ${DEFAULT_SOURCES_DIRS.join(", ")}`);
  return readFileSync(path, "utf8");
}

// The reports are not ours: they stay in ../shared (seeds/, reports/ru-defence-ministry/), and this test reads them from there.
describe("the dataset in data/, against the reports in ../shared", () => {
  const report = checkDataDir({ dataDir: DATA_DIR, sourcesDir: DEFAULT_SOURCES_DIRS });

  it("finds the reports", () => {
    for (const dir of DEFAULT_SOURCES_DIRS) expect(existsSync(dir), dir).toBe(true);
  });

  it("is valid, and every quote stands verbatim at its offsets", () => {
    expect(report.errors.map(formatError)).toEqual([]);
    const quoted = (report.dataset?.claims ?? []).filter((c) => c.locator.kind === "text");
    expect(quoted.length).toBeGreaterThan(0);
    expect(report.quotes).toEqual({ verified: quoted.length, unverified: 0, missingTexts: [] });
  });

  it("dates each source by the first line of its report", () => {
    for (const source of report.dataset?.sources.filter((s) => s.kind === "report") ?? []) {
      const firstLine = textOf(source.file).split("\n")[0] ?? "";
      expect(firstLine).toMatch(new RegExp(`^\\s*date ${source.datePublished}\\b`));
    }
  });

  it("keeps the Russian 'more than 470 tanks and armoured vehicles' as one figure, qualified", () => {
    const tanks = report.dataset?.claims.filter((c) => c.kind === "figure" && c.claimantId === "russia" && c.metric.startsWith("tanks"));
    expect(tanks).toHaveLength(1);
    expect(tanks?.[0]).toMatchObject({ metric: "tanks-and-armoured-vehicles", qualifier: "more-than", value: 470, stated: "more than 470" });
  });

  it("records no figure as zero unless its source states 0: a figure not reported is absent", () => {
    // A table cell that reads 0 is the table's figure (the General Staff's "drone: 0" on its first day).
    const zeros = report.dataset?.claims.filter((c) => c.kind === "figure" && c.qualifier !== "vague" && c.value === 0 && !(c.locator.kind === "cell" && c.quote === "0"));
    expect(zeros).toEqual([]);
  });

  it("keeps only short quotes of the reports, never long passages", () => {
    const dataText = readdirSync(DATA_DIR, { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".json"))
      .map((name) => readFileSync(join(DATA_DIR, name), "utf8"))
      .join("\n");
    for (const source of report.dataset?.sources.filter((s) => s.kind === "report") ?? []) {
      const text = textOf(source.file);
      for (let start = 0; start + 150 <= text.length; start += 25) {
        expect(dataText.includes(text.slice(start, start + 150)), `${source.file} at ${start}`).toBe(false);
      }
    }
  });
});
