import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import type { FigureChart } from "../../lib/chart/figures";

/**
 * Builds the conventional client-rendered recharts page for one chart into `outDir`: index.html with
 * the figures inlined as JSON, and a minified production bundle of React + recharts (esbuild).
 */
export async function buildConventionalPage(chart: FigureChart, outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(import.meta.dirname, "ConventionalChart.tsx")],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2022",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    outfile: join(outDir, "chart.js"),
    logLevel: "silent",
  });
  const rows = chart.rows.map((row) => ({
    label: row.label,
    ...Object.fromEntries(row.cells.map((cell) => [cell.claimantId, cell.kind === "figure" ? cell.end : null])),
  }));
  const data = { title: chart.title, rows, series: chart.series.map(({ claimantId, name, colour }) => ({ claimantId, name, colour })), sourceLine: chart.sourceLine };
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  writeFileSync(
    join(outDir, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${chart.slug}</title></head>` +
      `<body><div id="root"></div><script id="chart-data" type="application/json">${json}</script><script type="module" src="chart.js"></script></body></html>`,
  );
}
