import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkDataDir } from "../lib/dataset/load";
import { writeSyntheticDataset } from "./synthetic";

export interface ScalingRow {
  factor: number;
  claims: number;
  comparisons: number;
  validateMs: number;
  buildMs?: number;
}

const ROOT = process.cwd();
/**
 * The project as git tracks it, less its data: a build type-checks every file, so the copy must be
 * whole. node_modules is hard-linked (Turbopack will not follow a symlink out of the project).
 */
function projectEntries(): string[] {
  const tracked = execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" }).split("\n").filter(Boolean);
  return [...new Set(tracked.map((path) => path.split("/")[0] ?? path))].filter((entry) => entry !== "data");
}

function timeMs(run: () => void): number {
  const started = performance.now();
  run();
  return Math.round(performance.now() - started);
}

/**
 * Validation time (in this process) and full build time (`npm run build` in a copy of the project)
 * for the real dataset and synthetic ones `factor` times its size.
 */
export function measureScaling(factors: readonly number[], { build }: { build: boolean }): ScalingRow[] {
  return factors.map((factor) => {
    const dir = mkdtempSync(join(tmpdir(), `counterclaim-x${factor}-`));
    try {
      const data = join(dir, "data");
      const made = writeSyntheticDataset(join(ROOT, "data"), factor, data);
      const texts = join(data, "texts");
      let report: ReturnType<typeof checkDataDir> | undefined;
      const validateMs = timeMs(() => {
        report = checkDataDir({ dataDir: data, sourcesDir: texts });
      });
      if (!report?.dataset) throw new Error(`synthetic dataset x${factor} did not validate: ${report?.errors.length} errors`);
      const row: ScalingRow = { factor, claims: made.claims, comparisons: made.comparisons, validateMs };
      if (build) {
        const project = join(dir, "project");
        for (const entry of projectEntries()) cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
        execFileSync("cp", ["-al", join(ROOT, "node_modules"), join(project, "node_modules")]);
        row.buildMs = timeMs(() =>
          execFileSync("npm", ["run", "build"], {
            cwd: project,
            stdio: "ignore",
            env: { ...process.env, COUNTERCLAIM_DATA: data, COUNTERCLAIM_SOURCES: texts, NEXT_TELEMETRY_DISABLED: "1" },
          }),
        );
      }
      return row;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
