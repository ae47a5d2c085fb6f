import { expect, test } from "@playwright/test";

/**
 * The editions (issue 21): English at the site's paths, Ukrainian under /uk, Russian under /ru; each page
 * says its language, names its other editions (hreflang) and links to them, and stays in its edition.
 * What each page says in its language is checked by the specs of those pages.
 */
const EDITIONS = [
  { code: "en", prefix: "" },
  { code: "uk", prefix: "/uk" },
  { code: "ru", prefix: "/ru" },
];
const PAGES = ["/", "/compare/armour-claims", "/claims", "/sources", "/on"];

test.describe("three editions of every page", () => {
  test.use({ javaScriptEnabled: false });

  for (const { code, prefix } of EDITIONS) {
    test(`the ${code} edition: lang, hreflang and the language switch`, async ({ page }) => {
      for (const path of PAGES) {
        const url = prefix + (path === "/" && prefix ? "" : path);
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
        await expect(page.locator("html"), url).toHaveAttribute("lang", code);
        const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href") ?? "").pathname]));
        const own = path === "/" ? "" : path;
        expect(alternates, url).toEqual(expect.arrayContaining([["en", path], ["uk", `/uk${own}`], ["ru", `/ru${own}`], ["x-default", path]]));
        const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute("href")) ?? "").pathname;
        expect(canonical, url).toBe(url || "/");
        // The switch names each other edition in its own language, and links to this page there.
        const languages = page.getByRole("navigation", { name: /Language|Мова|Язык/ });
        for (const other of EDITIONS.filter((e) => e.code !== code)) {
          const link = languages.locator(`a[hreflang="${other.code}"]`);
          await expect(link, url).toHaveAttribute("href", other.prefix + (path === "/" && other.prefix ? "" : path));
        }
        await expect(languages.locator('[aria-current="page"]'), url).toHaveAttribute("lang", code);
      }
    });
  }

  test("the header's links stay in the edition", async ({ page }) => {
    await page.goto("/ru/sources");
    const hrefs = await page.locator('nav.cc-nav a, footer a[href^="/"]').evaluateAll((links) => links.map((l) => l.getAttribute("href") ?? ""));
    const pages = hrefs.filter((h) => !h.startsWith("/data/"));
    expect(pages.length).toBeGreaterThan(4);
    for (const href of pages) expect(href, href).toMatch(/^\/ru(?:[/#]|$)/);
  });

  test("/en is no address: the English edition is at the site's own paths", async ({ request }) => {
    for (const path of ["/en", "/en/compare/armour-claims", "/en/claims"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toContain("Page not found");
    }
    expect((await request.get("/uk/no-such-page")).status()).toBe(404);
    // The data and the endpoints are the same in every edition, at the root only.
    expect((await request.get("/uk/data/claims.json")).status()).toBe(404);
  });

  test("a search and a day stay in their edition", async ({ request }) => {
    const search = await request.get("/uk/claims?q=tanks");
    expect(search.status()).toBe(200);
    expect(await search.text()).toContain('lang="uk"');
    const day = await request.get("/ru/on?day=2024-01-01", { maxRedirects: 0 });
    expect(day.status()).toBe(303);
    expect(new URL(day.headers().location ?? "", "http://x").pathname).toBe("/ru/on/2024-01-01");
    const bad = await request.get("/uk/claims?claimant=nobody");
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toContain('href="/uk/claims"');
  });

  test("the sitemap lists every page in every edition", async ({ request }) => {
    const xml = await request.get("/sitemap.xml").then((r) => r.text());
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
    for (const path of ["/compare/armour-claims", "/uk/compare/armour-claims", "/ru/compare/armour-claims", "/ru", "/uk/claims/page/2"]) expect(locs, path).toContain(path);
    expect(xml).toContain('hreflang="uk"');
  });
});
