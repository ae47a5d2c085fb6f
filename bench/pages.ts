/**
 * The HTML of the home page and of every comparison page, as the build prerendered it (.next), in
 * bytes, gzip and brotli, against issue 20's target: each page ≤ 40 KB gzip. Part of `npm run bench`;
 * alone: `npx tsx bench/pages.ts` after a build.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export const PAGE_TARGET_GZIP = 40 * 1024;

export interface PageSize {
  path: string;
  bytes: number;
  gzip: number;
  brotli: number;
  /** The inline RSC payload (self.__next_f) in the HTML, before compression. */
  flight: number;
}

export function measurePages(nextDir = join(process.cwd(), ".next")): PageSize[] {
  const app = join(nextDir, "server", "app");
  const files = [{ path: "/", file: join(app, "index.html") }];
  const compare = join(app, "compare");
  if (existsSync(compare)) for (const f of readdirSync(compare).filter((f) => f.endsWith(".html")).sort()) files.push({ path: `/compare/${f.replace(/\.html$/, "")}`, file: join(compare, f) });
  return files
    .filter((f) => existsSync(f.file))
    .map(({ path, file }) => {
      const html = readFileSync(file);
      const flight = [...html.toString("utf8").matchAll(/<script>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].reduce((n, m) => n + (m[1]?.length ?? 0), 0);
      return { path, bytes: html.length, gzip: gzipSync(html, { level: 9 }).length, brotli: brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, flight };
    });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function pagesMarkdown(pages: readonly PageSize[], date: string): string {
  const over = pages.filter((p) => p.gzip > PAGE_TARGET_GZIP);
  const largest = [...pages].sort((a, b) => b.gzip - a.gzip)[0];
  return [
    `**Page HTML** (prerendered by the build, measured ${date}): target ≤ 40 KB gzip for the home page and every comparison page: ${over.length === 0 ? "**met**" : `**not met** (${over.length} of ${pages.length} over)`}${largest ? `; largest ${largest.path}, ${kb(largest.gzip)} gzip` : ""}.`,
    "",
    "| page | HTML | gzip | brotli | of it, inline RSC payload |",
    "| --- | --- | --- | --- | --- |",
    ...pages.map((p) => `| ${p.path} | ${kb(p.bytes)} | ${kb(p.gzip)}${p.gzip > PAGE_TARGET_GZIP ? " (over)" : ""} | ${kb(p.brotli)} | ${kb(p.flight)} |`),
  ].join("\n");
}

if (process.argv[1]?.endsWith("pages.ts")) {
  const pages = measurePages();
  if (pages.length === 0) throw new Error("no prerendered pages in .next: run npm run build first");
  const date = new Date().toISOString().slice(0, 10);
  writeFileSync(join("bench", "pages-results.json"), `${JSON.stringify({ date, pages }, null, 2)}\n`);
  const table = pagesMarkdown(pages, date);
  console.log(table);
  if (process.argv.includes("--readme")) {
    const readme = readFileSync("README.md", "utf8");
    const start = "<!-- bench-pages:start -->";
    const end = "<!-- bench-pages:end -->";
    const from = readme.indexOf(start);
    const to = readme.indexOf(end);
    if (from >= 0 && to > from) writeFileSync("README.md", `${readme.slice(0, from + start.length)}\n${table}\n${readme.slice(to)}`);
  }
}
