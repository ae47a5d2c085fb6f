import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
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
/** What a build needs from the project; node_modules is hard-linked (Turbopack will not follow a symlink out of the project). */
const PROJECT_FILES = ["app", "components", "lib", "scripts", "bench", "public", "proxy.ts", "package.json", "package-lock.json", "next.config.js", "tsconfig.json"];

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
        for (const entry of PROJECT_FILES) {
          if (readdirSync(ROOT).includes(entry)) cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
        }
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
