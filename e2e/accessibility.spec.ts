import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, test } from "@playwright/test";

/** Every page the sitemap lists, as a path on the server under test. */
async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get("/sitemap.xml")).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "/").pathname);
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`no page in the sitemap has serious or critical axe violations (${colorScheme})`, async ({ page, request }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    const paths = await sitemapPaths(request);
    expect(paths.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const v of violations.filter((x) => x.impact === "serious" || x.impact === "critical")) {
        found.push(`${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      }
    }
    expect(found).toEqual([]);
  });
}

test("every page has a title and a description", async ({ page, request }) => {
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    await expect(page, path).toHaveTitle(/\S/);
    await expect(page.locator('meta[name="description"]'), path).toHaveAttribute("content", /^.{20,}$/);
    await expect(page.locator('meta[property="og:image"]'), path).toHaveAttribute("content", /\/charts\/[a-z0-9-]+\.png$/);
  }
});
