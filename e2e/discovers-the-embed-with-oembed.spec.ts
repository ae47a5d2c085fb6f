import { expect, test } from "@playwright/test";
import { OEmbedResponse } from "../lib/embed/oembed";
import { consumeOEmbed } from "./support/oembed-consumer";

const SLUGS = ["civilian-deaths", "equipment-losses", "kherson-control", "soldiers-killed"];

test.describe("a CMS asks for a comparison's embed by oEmbed", () => {
  for (const slug of SLUGS) {
    test(`${slug}: the page's discovery link leads a real consumer to a rich embed`, async ({ page, baseURL }) => {
      const site = baseURL ?? "";
      await page.goto(`/compare/${slug}`);
      const link = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
      await expect(link).toHaveCount(1);
      expect(await link.getAttribute("href")).toMatch(new RegExp(`^https?://[^/]+/oembed/${slug}\\.json$`));

      const { method, response } = await consumeOEmbed(`${site}/compare/${slug}`, site, { maxwidth: 500, maxheight: 2000 });
      expect(method).toBe("auto-discovery");
      expect(response).toMatchObject({ type: "rich", version: "1.0", provider_name: "Counterclaim", provider_url: `${site}/` });
      expect(response.title).toBe(await page.getByRole("heading", { level: 1 }).textContent());
      expect(response.width).toBeLessThanOrEqual(500);
      expect(response.height).toBeLessThanOrEqual(2000);
      expect(response.html).toContain(`src="${site}/embed/${slug}"`);
      expect(response.thumbnail_width).toBeLessThanOrEqual(500);
      const thumbnail = await page.request.get(response.thumbnail_url ?? "");
      expect(thumbnail.headers()["content-type"]).toBe("image/png");
    });
  }

  test("the endpoint honours maxwidth and maxheight, and answers errors as the spec says", async ({ request, baseURL }) => {
    const url = encodeURIComponent(`${baseURL}/compare/equipment-losses`);
    const ok = await request.get(`/oembed?url=${url}&maxwidth=320&maxheight=400&format=json`);
    expect(ok.status()).toBe(200);
    expect(ok.headers()["content-type"]).toContain("application/json");
    expect(ok.headers()["access-control-allow-origin"]).toBe("*");
    const body = OEmbedResponse.parse(await ok.json());
    expect(body.width).toBeLessThanOrEqual(320);
    expect(body.height).toBeLessThanOrEqual(400);
    expect(body.html).toContain('data-max-height="400"');

    expect((await request.get(`/oembed?url=${url}&format=xml`)).status()).toBe(501);
    expect((await request.get("/oembed?format=json")).status()).toBe(400);
    expect((await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/compare/no-such-thing`)}`)).status()).toBe(404);
    expect((await request.get(`/oembed?url=${encodeURIComponent("https://evil.example/compare/equipment-losses")}`)).status()).toBe(404);
    expect((await request.get("/oembed/no-such-thing.json")).status()).toBe(404);
  });
});
