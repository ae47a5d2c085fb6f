import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ClaimantsFile } from "../model/claimants";
import { checkDataDir } from "../dataset/load";
import { DATA_DIR, DEFAULT_SOURCES_DIRS } from "../dataset/read";
import { addExtraction, addSource } from "./addSource";
import { extractReport } from "./extract";
import type { ExtractionFile } from "./output";

const REPORT = "odesa-strike.txt";
const FIXTURE = join(import.meta.dirname, "fixtures", REPORT);

/** A copy of data/ and a sources folder with the seeds and the fixture report: tests never write into data/. */
function workspace() {
  const root = mkdtempSync(join(tmpdir(), "counterclaim-add-test-"));
  const dataDir = join(root, "data");
  const sourcesDir = join(root, "sources");
  cpSync(DATA_DIR, dataDir, { recursive: true });
  for (const dir of DEFAULT_SOURCES_DIRS) if (existsSync(dir)) cpSync(dir, sourcesDir, { recursive: true });
  cpSync(FIXTURE, join(sourcesDir, REPORT));
  return { root, dataDir, sourcesDir, reportPath: join(sourcesDir, REPORT) };
}

/** The extraction as a reviewer leaves it: claimant details settled, every note dealt with and deleted. */
function reviewed(dataDir: string, edit: (file: ExtractionFile) => ExtractionFile = (f) => f): ExtractionFile {
  const claimants = ClaimantsFile.parse(JSON.parse(readFileSync(join(dataDir, "claimants.json"), "utf8")));
  const extraction = extractReport({ text: readFileSync(FIXTURE, "utf8"), file: REPORT, claimants, sourceId: "example-2023-06-14-odesa-strike" });
  const newClaimants = extraction.newClaimants.map((c) => ({ ...c, name: "Governor of the Odesa region", side: "ukraine" as const }));
  return edit({ ...extraction, newClaimants, review: [] });
}

function writeReviewed(root: string, file: ExtractionFile): string {
  const path = join(root, "reviewed.json");
  writeFileSync(path, JSON.stringify(file, null, 2));
  return path;
}

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}

describe("addSource", () => {
  it("writes the source file and the new claimant, and the dataset stays valid", () => {
    const { root, dataDir, sourcesDir, reportPath } = workspace();
    const file = reviewed(dataDir);
    const result = addSource({ reportPath, reviewedPath: writeReviewed(root, file), dataDir, sourcesDir });
    expect(result).toMatchObject({ ok: true, sourceId: "example-2023-06-14-odesa-strike", claims: file.claims.length, newClaimants: 1 });
    const written = JSON.parse(readFileSync(join(dataDir, "sources", "example-2023-06-14-odesa-strike.json"), "utf8"));
    expect(written).toEqual({ source: file.source, claims: file.claims });
    const claimants = readFileSync(join(dataDir, "claimants.json"), "utf8");
    expect(claimants).toContain('{ "id": "regional-governor", "name": "Governor of the Odesa region", "kind": "official", "side": "ukraine" }');
    const check = checkDataDir({ dataDir, sourcesDir });
    expect(check.errors).toEqual([]);
    expect(check.quotes.missingTexts).toEqual([]);
  });

  it("refuses to overwrite: a second run finds the source id taken", () => {
    const { root, dataDir, sourcesDir, reportPath } = workspace();
    const reviewedPath = writeReviewed(root, reviewed(dataDir));
    expect(addSource({ reportPath, reviewedPath, dataDir, sourcesDir }).ok).toBe(true);
    const before = listing(dataDir);
    const again = addSource({ reportPath, reviewedPath, dataDir, sourcesDir });
    expect(again.ok).toBe(false);
    expect(!again.ok && again.errors.join("\n")).toContain('source id "example-2023-06-14-odesa-strike" already exists');
    expect(listing(dataDir)).toEqual(before);
  });

  it("refuses claim and claimant ids already in the dataset", () => {
    const { root, dataDir, sourcesDir, reportPath } = workspace();
    const file = reviewed(dataDir, (f) => ({
      ...f,
      claims: f.claims.map((c, i) => (i === 0 ? { ...c, id: "ses-civilians-killed-2022-03-02" } : c)),
      newClaimants: f.newClaimants.map((c) => ({ ...c, id: "un" })),
    }));
    const result = addSource({ reportPath, reviewedPath: writeReviewed(root, file), dataDir, sourcesDir });
    const errors = result.ok ? "" : result.errors.join("\n");
    expect(errors).toContain('claim id "ses-civilians-killed-2022-03-02" already exists');
    expect(errors).toContain('claimant id "un" already exists');
  });

  it("refuses while review notes remain", () => {
    const { root, dataDir, sourcesDir, reportPath } = workspace();
    const file = reviewed(dataDir, (f) => ({ ...f, review: [{ record: "claim", id: f.claims[0]?.id ?? "x", reasons: ["check it"] }] }));
    const result = addSource({ reportPath, reviewedPath: writeReviewed(root, file), dataDir, sourcesDir });
    expect(!result.ok && result.errors[0]).toContain("1 review note remain");
  });

  it("writes nothing when the dataset with the new file would not validate, and says where", () => {
    const { root, dataDir, sourcesDir, reportPath } = workspace();
    const file = reviewed(dataDir, (f) => ({ ...f, claims: f.claims.map((c, i) => (i === 1 ? { ...c, quote: `${c.quote}!` } : c)) }));
    const before = listing(dataDir);
    const result = addSource({ reportPath, reviewedPath: writeReviewed(root, file), dataDir, sourcesDir });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join("\n")).toMatch(/example-2023-06-14-odesa-strike\.json, record "[a-z0-9-]+", field "quote": expected the quote to stand verbatim/);
    expect(!result.ok && result.errors.join("\n")).toContain(dataDir);
    expect(listing(dataDir)).toEqual(before);
  });

  it("refuses a report outside the sources folder, or one that changed since extraction", () => {
    const { root, dataDir, sourcesDir, reportPath } = workspace();
    const reviewedPath = writeReviewed(root, reviewed(dataDir));
    const outside = addSource({ reportPath: FIXTURE, reviewedPath, dataDir, sourcesDir });
    expect(!outside.ok && outside.errors.join("\n")).toContain("put the report in the sources folder");
    writeFileSync(reportPath, `${readFileSync(reportPath, "utf8")}\nOne more line.`);
    const changed = addSource({ reportPath, reviewedPath, dataDir, sourcesDir });
    expect(!changed.ok && changed.errors.join("\n")).toContain("the report changed since it was extracted");
  });

  it("addExtraction: checks without writing when asked, places a claim's error by its id and field, and leaves no temporary file", () => {
    const { dataDir, sourcesDir, reportPath } = workspace();
    const before = listing(dataDir);
    const checked = addExtraction({ extraction: reviewed(dataDir), label: "test", reportPath, dataDir, sourcesDir, write: false });
    expect(checked).toMatchObject({ ok: true, written: [] });
    expect(listing(dataDir)).toEqual(before);
    const bad = reviewed(dataDir, (f) => ({ ...f, claims: f.claims.map((c, i) => (i === 1 ? { ...c, quote: `${c.quote}!` } : c)) }));
    const refused = addExtraction({ extraction: bad, label: "test", reportPath, dataDir, sourcesDir });
    expect(!refused.ok && refused.errors.find((e) => e.field === "quote")?.record).toBe(bad.claims[1]?.id);
    const saved = addExtraction({ extraction: reviewed(dataDir), label: "test", reportPath, dataDir, sourcesDir });
    expect(saved.ok).toBe(true);
    expect(listing(dataDir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("reports a reviewed file that does not match the format, naming the record and field", () => {
    const { root, dataDir, sourcesDir, reportPath } = workspace();
    const file = reviewed(dataDir);
    const broken = { ...file, claims: file.claims.map((c, i) => (i === 0 ? { ...c, qualifier: "roughly" } : c)) };
    const path = join(root, "broken.json");
    writeFileSync(path, JSON.stringify(broken));
    const result = addSource({ reportPath, reviewedPath: path, dataDir, sourcesDir });
    expect(!result.ok && result.errors.join("\n")).toContain('field "qualifier"');
  });
});
