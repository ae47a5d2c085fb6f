import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { loadDataset } from "../lib/dataset/load";
import { allPagePaths, claimsPagePaths } from "../lib/site/views";

// One test a page and theme, so each has its own time and a failure names its page. The claims
// table's further pages share /claims's template: the sitemap lists them, the checks visit /claims.
const PATHS = allPagePaths();
const dataset = loadDataset();
/**
 * axe, which takes seconds a page, runs on one page of each template and kind of content: every
 * section, every comparison over its whole span and one range page (the range pages share their
 * comparison's template and lines), every claimant, each table source, and the first report in each
 * language (the report pages share one template; what differs is the script and direction of the
 * quotes). The title, description and share image are checked on every page below.
 */
const firstOfLanguage = new Map<string, string>();
for (const source of dataset.sources) if (source.kind !== "table" && !firstOfLanguage.has(source.language ?? "en")) firstOfLanguage.set(source.language ?? "en", `/sources/${source.id}`);
const wholeComparisons = new Set(dataset.comparisons.map((c) => `/compare/${c.slug}`));
const AXE_PATHS = PATHS.filter((path) => {
  if (path.startsWith("/compare/")) return wholeComparisons.has(path) || path === "/compare/armour-claims-2024";
  if (path.startsWith("/sources/")) return dataset.sources.some((s) => s.kind === "table" && path === `/sources/${s.id}`) || [...firstOfLanguage.values()].includes(path);
  return true;
});
const TABLE_PAGES = new Set(dataset.sources.flatMap((s) => (s.kind === "table" ? [`/sources/${s.id}`, `/claimants/${s.claimantId}`] : [])));

test("the sitemap lists every page these tests visit", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "/").pathname);
  expect(listed.sort()).toEqual([...PATHS, ...claimsPagePaths()].sort());
  expect(PATHS.length).toBeGreaterThan(10);
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of AXE_PATHS) {
      test(`${path} has no serious or critical violations`, async ({ page }) => {
        // The claims table's pages, the tables' summaries and the Russian Defence Ministry's page hold hundreds of rows: axe takes a minute or more on a busy machine.
        test.setTimeout(300_000);
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const serious = violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        expect(serious).toEqual([]);
      });
    }
  });
}

for (const path of PATHS) {
  test(`${path} has a title, a description and a share image`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveTitle(/\S/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^.{20,}$/);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/charts\/[a-z0-9-]+\.png$/);
  });
}
