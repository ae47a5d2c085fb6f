import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";

/**
 * Where one build writes what it makes. Everything the prebuild draws (static chart SVG, downloads,
 * the embed's font, the origin it was built for) lives under one root, and Next writes its own output
 * to one dist folder, so a second build from other data (the hostile-input test site) can sit beside
 * the first without touching it. next.config.js reads COUNTERCLAIM_NEXT_DIR too, with the same default.
 */
export function buildPaths(env: Record<string, string | undefined> = process.env) {
  const named = env.COUNTERCLAIM_GENERATED?.trim() || "generated";
  // Read at run time, not bundled: without the hint Turbopack traces the whole project for it.
  const root = isAbsolute(named) ? named : join(/* turbopackIgnore: true */ process.cwd(), named);
  return {
    /** Next's distDir, relative to the project, as next.config.js gives it to Next. */
    nextDir: env.COUNTERCLAIM_NEXT_DIR?.trim() || ".next",
    root,
    /** generated/charts/<slug>/<size>.svg: the static charts the pages and embeds inline. */
    charts: join(root, "charts"),
    /** generated/files/<path>: files served as they are at /<path> (chart images and CSV, the embed's font). */
    files: join(root, "files"),
    /** The public origin the pages were built for, for the export to compare with its own. */
    siteUrl: join(root, "site-url.txt"),
    /** When the prebuild ran (ISO 8601): the data files say so. */
    builtAt: join(root, "built-at.txt"),
    /** What /chart may draw: each topic's lines with their first and last day, for the proxy to check a chart's query. */
    chartCatalogue: join(root, "chart-catalogue.json"),
  };
}

export const BUILD_PATHS = buildPaths();

/** When this build's prebuild ran; now, where no prebuild has (unit tests). */
export function builtAt(paths = BUILD_PATHS): Date {
  return existsSync(/* turbopackIgnore: true */ paths.builtAt) ? new Date(readFileSync(/* turbopackIgnore: true */ paths.builtAt, "utf8").trim()) : new Date();
}
