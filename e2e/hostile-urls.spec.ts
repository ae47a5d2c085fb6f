import { get } from "node:http";
import { expect, test } from "@playwright/test";
import { watchForTrouble } from "./support/page-trouble";

/**
 * Addresses nobody should send, sent anyway: unknown slugs, markup in the query, huge and repeated
 * values, percent-encoding that decodes to nothing. The site answers 404 or ignores them, never
 * 5xx, and never writes the markup back.
 */
const SLUG = "equipment-losses";
const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";

/** A GET with the path sent byte for byte: no client normalises or re-encodes it. */
function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = get({ hostname, port, path, headers: { accept: "text/html,*/*" } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

/**
 * Query strings as a hostile link or a broken client would write them, raw. (A 100 KB value is
 * more than Node takes in a request head: see the test of its own below.)
 */
function hostileQueries(site: string): Record<string, string> {
  const page = `${site}/compare/${SLUG}`;
  return {
    "markup in theme": `theme=${encodeURIComponent(SCRIPT)}`,
    "markup in theme, unencoded": `theme=${SCRIPT}`,
    "markup breaking out of an attribute": `claimant=${encodeURIComponent(`">${IMG}`)}`,
    "markup in the filters": `subject=${encodeURIComponent(SCRIPT)}&metric=${encodeURIComponent(IMG)}&from=${encodeURIComponent(SCRIPT)}`,
    "an 8 KB value": `subject=${"x".repeat(8_000)}&maxwidth=${"9".repeat(8_000)}`,
    "repeated keys": `theme=dark&theme=${encodeURIComponent("<x>")}&claimant=un&claimant=${encodeURIComponent(IMG)}`,
    "a cut UTF-8 sequence": "theme=%E0%A4%A&subject=%E0%A4%A",
    "a bare percent sign": "theme=%&subject=%&maxwidth=%",
    "a NUL": "theme=%00&subject=%00",
    "unicode": `subject=${encodeURIComponent("Київ — 🇺🇦 \u202e")}&theme=${encodeURIComponent("ダーク")}`,
    "oEmbed url with markup": `url=${encodeURIComponent(`${page}">${SCRIPT}`)}&maxwidth=${encodeURIComponent(SCRIPT)}`,
    "oEmbed url badly encoded": `url=${encodeURIComponent(page)}%E0%A4%A&maxwidth=%&maxheight=-1`,
  };
}

/** One address of each kind: pages, the embed, both oEmbed endpoints, data, images, the sitemap. */
function targets(site: string): string[] {
  const oembed = `/oembed?url=${encodeURIComponent(`${site}/compare/${SLUG}`)}&maxwidth=600`;
  return ["/", "/claims", `/compare/${SLUG}`, `/embed/${SLUG}`, oembed, `/oembed/${SLUG}.json`, "/data/claims.csv", `/charts/${SLUG}.png`, "/sitemap.xml"];
}

test.describe("someone sends the site addresses it never made", () => {
  test("unknown slugs and ids are 404, on every kind of page and file", async ({ request, baseURL }) => {
    for (const path of ["/compare/no-such-comparison", "/embed/no-such-comparison", "/sources/no-such-report", "/claimants/no-such-claimant", "/charts/x.png", "/charts/no-such-comparison.svg", "/charts/no-such-comparison.csv", "/fonts/x.woff2", "/no-such-page"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
    }
    // The site's own 404 page, not a bare error.
    expect(await (await request.get("/compare/no-such-comparison")).text()).toContain("Page not found");
    // oEmbed answers 404 for a URL it has no embed for (oembed.com §2.3.4), as JSON.
    for (const path of [`/oembed?url=${encodeURIComponent(`${baseURL}/compare/no-such-comparison`)}`, "/oembed/no-such-comparison.json", "/oembed/x"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()["content-type"], path).toContain("application/json");
    }
  });

  test("a path that is not valid percent-encoding is 404, never 500", async ({ baseURL }) => {
    const site = baseURL ?? "";
    const paths = ["/compare/%E0%A4%A", "/compare/%", "/compare/%00", "/embed/%E0%A4%A", "/embed/%", "/sources/%A0", "/claimants/%E0%A4", "/charts/%E0%A4%A.png", "/fonts/%", "/%", `/compare/${SLUG}%`];
    for (const path of paths) {
      const { status, body } = await rawGet(site, path);
      expect(status, path).toBe(404);
      expect(body, path).toContain("Page not found");
    }
    const oembed = await rawGet(site, "/oembed/%E0%A4%A.json");
    expect(oembed.status).toBe(404);
    expect(JSON.parse(oembed.body)).toHaveProperty("error");
  });

  test("hostile query strings on every kind of page and endpoint: no 5xx, no markup written back", async ({ baseURL }) => {
    test.setTimeout(120_000);
    const site = baseURL ?? "";
    const failures: string[] = [];
    for (const target of targets(site)) {
      for (const [name, query] of Object.entries(hostileQueries(site))) {
        const path = `${target}${target.includes("?") ? "&" : "?"}${query}`;
        const { status, body } = await rawGet(site, path);
        if (status >= 500) failures.push(`${target} with ${name}: ${status}`);
        for (const markup of [SCRIPT, IMG]) if (body.includes(markup)) failures.push(`${target} with ${name}: ${markup} written back`);
      }
    }
    expect(failures).toEqual([]);
  });

  test("a 100 KB query value is refused before the app (431), and the server goes on serving", async ({ baseURL }) => {
    const site = baseURL ?? "";
    for (const target of targets(site)) {
      const path = `${target}${target.includes("?") ? "&" : "?"}theme=${"a".repeat(100_000)}`;
      // Node answers 431 and closes the socket; a client still writing its request may see the close first.
      const outcome = await rawGet(site, path).then(
        ({ status }) => status,
        (error: NodeJS.ErrnoException) => error.code,
      );
      expect(["431", "ECONNRESET", "EPIPE"], target).toContain(String(outcome));
      expect((await rawGet(site, target)).status, target).toBe(200);
    }
  });
});

test.describe("a reader follows a hostile link", () => {
  test("to the claims table: a bad filter is a 400 naming it, a hostile search is text, nothing runs", async ({ page }) => {
    const trouble = watchForTrouble(page);
    const bad = await page.goto(`/claims?claimant=${encodeURIComponent(`">${IMG}`)}&subject=${encodeURIComponent(SCRIPT)}&metric=${encodeURIComponent(SCRIPT)}&from=%E0%A4%A`);
    expect(bad?.status()).toBe(400);
    await expect(page.getByText(/^claimant: not a known claimant/)).toBeVisible();
    expect(await page.content()).not.toContain(IMG);
    const found = await page.goto(`/claims?q=${encodeURIComponent(SCRIPT)}&subject=${encodeURIComponent(IMG)}`);
    expect(found?.status()).toBe(200);
    await expect(page.getByLabel("Words or figure")).toHaveValue(SCRIPT);
    await expect(page.getByLabel("Subject contains")).toHaveValue(IMG);
    await expect(page.getByRole("status")).toHaveText("No claim matches.");
    expect(await page.locator('img[src="x"], [onerror]').count()).toBe(0);
    // The browser reports the 400 itself as a resource that failed to load: that is the answer wanted.
    expect(trouble.filter((t) => !t.includes("status of 400 (Bad Request)"))).toEqual([]);
  });

  test("to an embed with a hostile theme: the reader's own theme, nothing runs", async ({ page }) => {
    const trouble = watchForTrouble(page);
    await page.goto(`/embed/${SLUG}?theme=${encodeURIComponent(SCRIPT)}&theme=dark`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.className)).toBe("");
    expect(await page.locator("script").evaluateAll((scripts) => scripts.filter((s) => s.textContent?.includes("alert(1)")).length)).toBe(0);
    expect(trouble).toEqual([]);
  });
});
