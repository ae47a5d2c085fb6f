/**
 * Runs the extractor on every report of a folder that has an answer key (`NN-slug.txt` beside
 * `NN-slug.expected.json`) and scores it (score.ts). Reads files; the scoring itself is pure.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Claimant } from "../model/claimants";
import { AnswerKey, isHeldBack, KEY_SUFFIX } from "./answerKey";
import { extractReport } from "./extract";
import { readReportHead } from "./report";
import { type ReportScore, scoreReport } from "./score";

export type Selection = "all" | "held-back" | "developed-on";

/** The keyed reports of `dir`, by file name (without extension), in order. */
export function keyedReports(dir: string, selection: Selection = "all"): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(KEY_SUFFIX) && existsSync(join(dir, name.replace(KEY_SUFFIX, ".txt"))))
    .map((name) => name.slice(0, -KEY_SUFFIX.length))
    .filter((name) => selection === "all" || (selection === "held-back") === isHeldBack(name))
    .sort();
}

export function scoreDir(dir: string, claimants: readonly Claimant[], selection: Selection = "all"): ReportScore[] {
  const known = new Map(claimants.map((c) => [c.id, c]));
  return keyedReports(dir, selection).map((name) => {
    const file = `${name}.txt`;
    const text = readFileSync(join(dir, file), "utf8");
    const keyPath = join(dir, `${name}${KEY_SUFFIX}`);
    const parsed = AnswerKey.safeParse(JSON.parse(readFileSync(keyPath, "utf8")));
    if (!parsed.success) throw new Error(`${keyPath}: not an answer key: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    const extraction = extractReport({ text, file, claimants });
    const proposed = new Map(extraction.newClaimants.map((c) => [c.id, c]));
    return scoreReport({ file, text, bodyStart: readReportHead(text, file).bodyStart, key: parsed.data, claims: extraction.claims, context: { known, proposed } });
  });
}
