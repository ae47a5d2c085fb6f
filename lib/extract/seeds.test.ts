import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ClaimantsFile } from "../model/claimants";
import type { ClaimInput } from "../model/claims";
import { DATA_DIR, DEFAULT_SOURCES_DIR } from "../dataset/read";
import { SourceFile } from "../dataset/validate";
import { combine, evaluate, formatTable } from "./evaluate";
import { extractReport } from "./extract";

/** Below what the extractor reaches on the two seeds (100% of their figures); a drop fails the test. */
const FIGURE_RECALL_FLOOR = 0.95;

// The reports stay in ../shared/seeds: they are read from there and never copied into the repository.
const claimants = ClaimantsFile.parse(JSON.parse(readFileSync(join(DATA_DIR, "claimants.json"), "utf8")));
// Only the sources whose texts are the seeds: the Russian Defence Ministry's reports are measured elsewhere (issue 12).
const handChecked = readdirSync(join(DATA_DIR, "sources"))
  .filter((name) => name.endsWith(".json"))
  .map((name) => SourceFile.parse(JSON.parse(readFileSync(join(DATA_DIR, "sources", name), "utf8"))))
  .filter(({ source }) => !existsSync(DEFAULT_SOURCES_DIR) || existsSync(join(DEFAULT_SOURCES_DIR, source.file)));

function describeClaim(claim: ClaimInput): string {
  const at = claim.locator.kind === "text" ? `${claim.locator.start}–${claim.locator.end}` : "";
  const what = claim.kind === "figure" ? `${claim.metric} "${claim.stated}"` : `${claim.place} ${claim.status}`;
  return `${claim.id} (${claim.claimantId}, ${what}, at ${at}: "${claim.quote}")`;
}

describe("extraction measured against the hand-checked dataset", () => {
  const runs = handChecked.map(({ source, claims }) => {
    const path = join(DEFAULT_SOURCES_DIR, source.file);
    const text = existsSync(path) ? readFileSync(path, "utf8") : undefined;
    const extraction = text === undefined ? undefined : extractReport({ text, file: source.file, claimants, sourceId: source.id });
    return { source, claims, path, extraction };
  });

  for (const { source, path, extraction } of runs) {
    it(`extracts ${source.file} into a valid source file whose source record matches the dataset's`, () => {
      expect(extraction, `${path} not found`).toBeDefined();
      expect(SourceFile.safeParse({ source: extraction?.source, claims: extraction?.claims }).success).toBe(true);
      const { note: _note, ...record } = source;
      expect(extraction?.source).toEqual(record);
    });
  }

  it("prints recall and precision, every miss and every false candidate, and keeps the recall of figures", () => {
    const total = combine(runs.map(({ claims, extraction }) => evaluate(claims, extraction?.claims ?? [])));
    const lines = [
      formatTable(total.rows),
      "",
      "Missed (hand-checked, no candidate):",
      ...total.misses.map((c) => `- ${describeClaim(c)}`),
      "False candidates (match no hand-checked claim):",
      ...total.falseCandidates.map((c) => `- ${describeClaim(c)}`),
      "Matched, but differ:",
      ...total.mismatches.map((m) => `- ${m.hand.id} ≠ ${m.candidate.id} in ${m.fields.join(", ")}`),
    ];
    console.log(lines.join("\n"));
    const figures = total.rows[0];
    expect(figures?.name).toBe("figures (found at all)");
    expect(figures?.recall).toBeGreaterThanOrEqual(FIGURE_RECALL_FLOOR);
  });
});
