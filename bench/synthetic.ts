import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ClaimInput } from "../lib/model/claims";
import type { Comparison } from "../lib/model/comparisons";
import { sha256, SourceFile } from "../lib/dataset/validate";

/**
 * Writes a dataset `factor` times the size of `dataDir` into `outDir`, with a source text per copy in
 * `outDir/texts`: every source and comparison is copied with suffixed ids, and each copy's text is
 * made of its claims' quotes, so every quote verifies at its new offsets. For measuring how the cost
 * of validation and build grows with the data; the figures in it mean nothing.
 */
export function writeSyntheticDataset(dataDir: string, factor: number, outDir: string): { claims: number; comparisons: number } {
  const texts = join(outDir, "texts");
  mkdirSync(join(outDir, "sources"), { recursive: true });
  mkdirSync(join(outDir, "comparisons"), { recursive: true });
  mkdirSync(texts, { recursive: true });
  cpSync(join(dataDir, "dataset.json"), join(outDir, "dataset.json"));
  cpSync(join(dataDir, "claimants.json"), join(outDir, "claimants.json"));
  const sourceFiles = readdir(join(dataDir, "sources"));
  const comparisonFiles = readdir(join(dataDir, "comparisons"));
  let claims = 0;
  for (let copy = 0; copy < factor; copy++) {
    const suffix = `x${copy}`;
    for (const file of sourceFiles) {
      const { source, claims: originals } = SourceFile.parse(JSON.parse(readFileSync(join(dataDir, "sources", file), "utf8")));
      let text = ` date ${source.datePublished} Synthetic text for the benchmark.\n`;
      const copied: ClaimInput[] = originals.map((claim) => {
        const start = text.length;
        text += `${claim.quote}.\n`;
        return { ...claim, id: `${claim.id}-${suffix}`, locator: { kind: "text", start, end: start + claim.quote.length } };
      });
      const id = `${source.id}-${suffix}`;
      writeFileSync(join(texts, `${id}.txt`), text);
      writeFileSync(join(outDir, "sources", `${id}.json`), JSON.stringify({ source: { ...source, id, file: `${id}.txt`, sha256: sha256(text) }, claims: copied }, null, 2));
      claims += copied.length;
    }
    for (const file of comparisonFiles) {
      const comparison: Comparison = JSON.parse(readFileSync(join(dataDir, "comparisons", file), "utf8"));
      const slug = `${comparison.slug}-${suffix}`;
      const renamed: Comparison =
        comparison.kind === "series"
          ? { ...comparison, slug }
          : comparison.kind === "control"
          ? { ...comparison, slug, claims: comparison.claims.map((c) => `${c}-${suffix}`) }
          : {
              ...comparison,
              slug,
              categories: comparison.categories.map((cat) => ({
                ...cat,
                claims: Object.fromEntries(Object.entries(cat.claims).map(([who, claimId]) => [who, `${claimId}-${suffix}`])),
              })),
            };
      writeFileSync(join(outDir, "comparisons", `${slug}.json`), JSON.stringify(renamed, null, 2));
    }
  }
  return { claims, comparisons: comparisonFiles.length * factor };
}

function readdir(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
}
