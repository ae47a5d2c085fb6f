/**
 * The pages as the build prerendered them (.next/server/app/<edition>): the home page and every
 * comparison page, in every edition, at most 40 KB of gzip HTML (issue 20), the focus marker's points
 * sent once, compactly. The
 * figures for every page are in `npm run bench` (bench/pages.ts).
 *
 * `npm test` builds before vitest, so there the pages exist and the tests must run; in a bare
 * `vitest run` with no build they are skipped, saying so.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { BUILD_PATHS } from "./build-paths";

const APP = join(process.cwd(), BUILD_PATHS.nextDir, "server", "app");
const HOME = join(APP, "en.html");
const EDITIONS = ["en", "uk", "ru"];
const built = existsSync(HOME) && existsSync(join(APP, "en", "compare"));
const underNpmTest = process.env.npm_lifecycle_event === "test";
if (!built) {
  if (underNpmTest) throw new Error(`npm test builds before vitest, but ${HOME} is missing`);
  console.warn(`page-weight.test.ts: skipped, no build in ${APP} (run npm run build first; npm test does).`);
}

const pages = built
  ? EDITIONS.flatMap((e) => [join(APP, `${e}.html`), ...readdirSync(join(APP, e, "compare")).filter((f) => f.endsWith(".html")).map((f) => join(APP, e, "compare", f))])
  : [];

describe.skipIf(!built)("page weight", () => {
  /**
   * Issue 20's budget, in every edition. The Ukrainian and Russian pages carry the same page in
   * Cyrillic, two bytes a letter, and Next sends a page's markup twice (HTML and the router's payload):
   * so the points of the focus marker are fetched from a file, an inlined chart is described by the
   * page's own words rather than labelled with them, and the home page links to the sources rather
   * than listing each. bench/pages.ts reports each page.
   */
  const BUDGET = 40 * 1024;
  it("every comparison page and the home page is at most 40 KB of gzip HTML, in every edition", () => {
    expect(pages.length).toBeGreaterThan(3 * 10);
    const over = pages.map((file) => ({ file, gzip: gzipSync(readFileSync(file), { level: 9 }).length })).filter((p) => p.gzip > BUDGET);
    expect(over).toEqual([]);
  });

  it("the bar charts carry nothing recharts drew for its own script and styles (the SVG ships twice a size: HTML and RSC payload)", () => {
    for (const file of [HOME, join(APP, "en", "compare", "equipment-losses.html"), join(APP, "uk", "compare", "equipment-losses.html")]) {
      const html = readFileSync(file, "utf8");
      expect(html, file).toContain("data-claim-id");
      expect(html, file).not.toMatch(/recharts-|\d\.\d{4,}/);
    }
  });

  it("a series page carries no points: no per-point words, no table of points, the focus marker's points in a file of their own", () => {
    const html = readFileSync(join(APP, "en", "compare", "armour-claims.html"), "utf8");
    expect(html).not.toContain("cc-points-table");
    expect(html).not.toMatch(/type_total|table 20\d\d-\d\d-\d\d/);
    expect(html).toContain("/compare/armour-claims/points");
    // The compact points (lib/chart/readout.ts: "d" days, "v" figures as differences) are fetched, not inlined.
    expect(html).toContain("/charts/armour-claims-points.json");
    expect(html).not.toMatch(/\\?"d\\?":\[\d{5},/);
    const points = resolve(BUILD_PATHS.files, "charts", "armour-claims-points.json");
    const lines = JSON.parse(readFileSync(points, "utf8")) as { id: string; d: number[]; v: number[] }[];
    expect(lines.map((l) => l.id)).toContain("oryx-russian-armour");
    expect(lines.every((l) => l.d.length === l.v.length && l.d.length > 0)).toBe(true);
  });

  it("a chart's words are in the page once: the inlined drawings are named by title and described by the list of its words", () => {
    for (const file of [join(APP, "uk", "compare", "armour-claims.html"), join(APP, "uk", "compare", "equipment-losses.html")]) {
      const html = readFileSync(file, "utf8").replace(/<script>self\.__next_f[\s\S]*?<\/script>/g, "");
      const svgs = [...html.matchAll(/<svg role="group" aria-label="([^"]*)" aria-describedby="([^"]*)"/g)];
      expect(svgs, file).toHaveLength(3);
      for (const [, name, words] of svgs) {
        expect(name, file).toMatch(/^Графік: [^.]+$/);
        expect(html, file).toContain(`<ul id="${words}">`);
      }
    }
  });
});
