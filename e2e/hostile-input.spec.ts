import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type APIRequestContext, type Page, expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { ClaimsExport } from "../lib/export/claims";
import { OEmbedResponse } from "../lib/embed/oembed";
import { HOSTILE_SITE_ENV } from "../scripts/hostile-site";
import { watchForTrouble } from "./support/page-trouble";

/**
 * Runs against the site built from lib/dataset/fixtures/hostile (the "hostile" project in
 * playwright.config.ts), where every text field holds markup, script or a spreadsheet formula.
 * Everywhere it shows, it must show as the words it is, and never run.
 */
const FIXTURE = HOSTILE_SITE_ENV.COUNTERCLAIM_DATA;
const readFixture = (path: string): unknown => JSON.parse(readFileSync(join(FIXTURE, path), "utf8"));

const COMPARISON = "hostile-comparison";
const CONTROL = "hostile-control";
const SERIES = "hostile-series";
/** A series comparison's pages: the whole span and each range with data (the fixture's one day is in 2024). */
const SERIES_PAGES = [SERIES, `${SERIES}-2024`, `${SERIES}-last-12-months`];
const TITLE = "Drones <script>alert('comparison')</script>";
const QUOTE = 'it had shot down more than 12 <script>alert("quote")</script> drones';
const FORMULA_QUOTE = '=HYPERLINK("http://example.invalid","about 40") drones <img src=x onerror=alert(1)> had crossed';
const CONTROL_QUOTE = "its troops held the town of </title><svg onload=alert(2)>";
const CLAIMANT = "<script>alert('claimant')</script> Ministry";
const FORMULA_CLAIMANT = "=cmd|' /C calc'!A0";

/**
 * Elements that exist only if a string from the data was parsed as markup. The site writes <strong>
 * and <em>, never <b> or <i>, so any <b> or <i> came from the data.
 */
const FROM_DATA_MARKUP = ['img[src="x"]', "[onerror]", "[onload]", "b", "i"];

/** What markup from the data would have made: those elements, a script that calls alert, a style that hides the page. */
async function elementsFromData(page: Page): Promise<string[]> {
  return page.evaluate((selectors) => {
    const found = selectors.flatMap((selector) => [...document.querySelectorAll(selector)].map((e) => `${selector}: ${e.outerHTML.slice(0, 120)}`));
    for (const script of document.querySelectorAll("script")) {
      if (/^\s*alert\(/.test(script.textContent ?? "")) found.push(`script: ${script.outerHTML.slice(0, 120)}`);
    }
    for (const style of document.querySelectorAll("style")) {
      if ((style.textContent ?? "").includes("body{display:none}")) found.push(`style: ${style.outerHTML.slice(0, 120)}`);
    }
    return found;
  }, FROM_DATA_MARKUP);
}

async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get("/sitemap.xml")).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "/").pathname);
}

test.describe("a reader visits a site whose data is full of markup", () => {
  test("every page of the sitemap and every embed shows it as text, and runs none of it", async ({ page, request }) => {
    test.setTimeout(120_000);
    const pages = await sitemapPaths(request);
    const slugs = pages.filter((p) => p.startsWith("/compare/")).map((p) => p.slice("/compare/".length));
    expect(slugs.sort()).toEqual([COMPARISON, CONTROL, ...SERIES_PAGES].sort());
    const trouble = watchForTrouble(page);
    for (const path of [...pages, ...slugs.map((slug) => `/embed/${slug}`)]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await page.waitForLoadState("networkidle");
      expect(await elementsFromData(page), path).toEqual([]);
      // The words are on the page as written: every page shows some of them (the footer, the dataset's title).
      expect(await page.locator("body").innerText(), path).toMatch(/<script>alert\(|<\/title><svg onload=alert\(/);
    }
    expect(trouble).toEqual([]);
  });

  test("the comparison page shows title, quote, labels and notes as written, in the table too", async ({ page }) => {
    const trouble = watchForTrouble(page);
    await page.goto(`/compare/${COMPARISON}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    const table = page.getByRole("region", { name: `Data table: ${TITLE}` });
    await expect(table.locator("q").filter({ hasText: QUOTE })).toHaveText(QUOTE);
    await expect(table.locator("q").filter({ hasText: "=HYPERLINK" })).toHaveText(FORMULA_QUOTE);
    await expect(table.getByRole("rowheader").first()).toContainText("Drones <img src=x onerror=alert('label')>");
    await expect(page.getByText("<script>alert('notes')</script>", { exact: true })).toBeVisible();
    await expect(page.getByText("<style>body{display:none}</style>", { exact: true })).toBeVisible();
    await expect(page).toHaveTitle(`${TITLE} · Counterclaim`);
    expect(trouble).toEqual([]);
  });

  test("a translation, a relay and a doubt holding markup show as text on the source and claimant pages", async ({ page }) => {
    const trouble = watchForTrouble(page);
    await page.goto("/sources/hostile-relay");
    const claim = page.locator("#north-helicopters-ru");
    await expect(claim.locator('q[lang="ru"]')).toHaveText("7 <img src=x onerror=alert(3)> вертолетах");
    await expect(claim.locator('.cc-translation [lang="en"]')).toHaveText("7 <i>helicopters</i> <script>alert('translation')</script>");
    await expect(claim.getByRole("list", { name: "Doubts about this claim" })).toContainText("<b>reworded</b> <script>alert('doubt')</script>");
    await expect(page.getByText("<i>Wire</i> <script>alert('relay')</script>")).toBeVisible();
    const relayed = page.locator("#north-drones").getByRole("list", { name: "The same claim in other reports" });
    await expect(relayed).toContainText("more than 12 <script>alert('relay translation')</script> drones");
    expect(await elementsFromData(page)).toEqual([]);
    await page.goto("/claimants/north");
    await expect(page.locator("#north-helicopters-ru .cc-translation")).toContainText("<script>alert('translation')</script>");
    expect(await elementsFromData(page)).toEqual([]);
    expect(trouble).toEqual([]);
  });

  test("the quote in a tooltip is text, on hover and on keyboard focus", async ({ page }) => {
    const trouble = watchForTrouble(page);
    await page.goto(`/compare/${COMPARISON}`);
    const chart = page.getByRole("group", { name: /^Chart: Drones/ }).filter({ visible: true });
    const bar = chart.getByRole("img", { name: "North <b>bold</b>: more than 12" });
    await bar.hover();
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip.locator("q")).toHaveText(QUOTE);
    await expect(tooltip.locator("strong")).toHaveText(CLAIMANT);
    await page.mouse.move(0, 0);
    await expect(tooltip).toBeHidden();
    await chart.getByRole("img", { name: `${FORMULA_CLAIMANT}: about 40` }).focus();
    await expect(tooltip.locator("q")).toHaveText(FORMULA_QUOTE);
    expect(await elementsFromData(page)).toEqual([]);
    expect(trouble).toEqual([]);
  });

  test("the embeds show the title, the quotes and the source line as text", async ({ page }) => {
    const trouble = watchForTrouble(page);
    await page.goto(`/embed/${COMPARISON}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    await expect(page.locator(".src")).toContainText(CLAIMANT);
    await expect(page.locator(".nt")).toContainText("<script>alert('why')</script>");
    // The figures embed has no table: the quote is in each bar's title, the tooltip of the static SVG.
    const titles = await page.locator(".ch svg").first().locator("title").allTextContents();
    expect(titles.some((t) => t.includes(QUOTE))).toBe(true);
    await page.goto(`/embed/${CONTROL}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who holds </title><svg onload=alert(4)>");
    await expect(page.locator("q")).toHaveText(CONTROL_QUOTE);
    expect(await elementsFromData(page)).toEqual([]);
    expect(trouble).toEqual([]);
  });

  test("the oEmbed answer's html is one iframe titled with the words, and the embed script", async ({ page, request, baseURL }) => {
    const answer = OEmbedResponse.parse(await (await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/compare/${COMPARISON}`)}`)).json());
    expect(answer.title).toBe(TITLE);
    const parsed = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, "text/html");
      return {
        tags: [...doc.querySelectorAll("body *, head *")].map((e) => e.tagName.toLowerCase()),
        iframeTitle: doc.querySelector("iframe")?.getAttribute("title"),
        scriptSrc: doc.querySelector("script")?.getAttribute("src"),
      };
    }, answer.html);
    expect(parsed.tags).toEqual(["iframe", "script"]);
    expect(parsed.iframeTitle).toBe(`Chart: ${TITLE}`);
    expect(parsed.scriptSrc).toBe(`${baseURL}/embed.js`);
  });
});

test.describe("a reader downloads what the hostile data made", () => {
  for (const slug of [COMPARISON, CONTROL, SERIES]) {
    test(`the ${slug} SVG is well-formed XML with the words escaped, and the PNG a real PNG`, async ({ page, request }) => {
      const svg = await (await request.get(`/charts/${slug}.svg`)).text();
      expect(svg).toContain("&lt;script&gt;");
      expect(svg).not.toContain("<script");
      const parsed = await page.evaluate((markup) => {
        const doc = new DOMParser().parseFromString(markup, "image/svg+xml");
        return {
          error: doc.querySelector("parsererror")?.textContent ?? null,
          root: doc.documentElement.localName,
          active: doc.querySelectorAll("script, foreignObject, [onload], [onerror]").length,
          words: [...doc.querySelectorAll("text, title")].map((t) => t.textContent ?? "").join(" "),
        };
      }, svg);
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe("svg");
      expect(parsed.active).toBe(0);
      expect(parsed.words).toContain(CLAIMANT);

      const png = await (await request.get(`/charts/${slug}.png`)).body();
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.toString("ascii", 12, 16)).toBe("IHDR");
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(630);
    });
  }

  test("the comparison's SVG card carries its title as written", async ({ page, request }) => {
    const svg = await (await request.get(`/charts/${COMPARISON}.svg`)).text();
    const words = await page.evaluate(
      (markup) => [...new DOMParser().parseFromString(markup, "image/svg+xml").querySelectorAll("text")].map((t) => t.textContent ?? "").join(" "),
      svg,
    );
    expect(words).toContain(TITLE);
  });

  test("CSV cells that a spreadsheet would run start with an apostrophe; everything else is as written", async ({ request }) => {
    const data = ClaimsExport.parse(await (await request.get("/data/claims.json")).json());
    const neutralised = (text: string) => (/^[=+\-@]/.test(text) ? `'${text}` : text);
    const files = ["/data/claims.csv", `/charts/${COMPARISON}.csv`, `/charts/${CONTROL}.csv`];
    for (const file of files) {
      const response = await request.get(file);
      expect(response.headers()["content-type"], file).toContain("text/csv");
      const rows: Record<string, string>[] = parse(await response.text(), { columns: true });
      expect(rows.length, file).toBeGreaterThan(0);
      for (const row of rows) {
        for (const [column, cell] of Object.entries(row)) expect(cell, `${file} ${column}`).not.toMatch(/^[=+\-@]/);
        const claim = data.claims.find((c) => c.id === (row.id ?? row.claimId));
        expect(claim, file).toBeDefined();
        if (claim) expect(row.quote, `${file} ${claim.id}`).toBe(neutralised(claim.quote));
        const claimant = data.claimants.find((c) => c.id === claim?.claimantId);
        if (claimant) expect(row.claimant, file).toBe(neutralised(claimant.name));
      }
    }
    const claims: Record<string, string>[] = parse(await (await request.get("/data/claims.csv")).text(), { columns: true });
    expect(claims.find((r) => r.id === "south-drones")).toMatchObject({ claimant: `'${FORMULA_CLAIMANT}`, quote: `'${FORMULA_QUOTE}` });
    expect(claims.find((r) => r.id === "north-drones")).toMatchObject({ claimant: CLAIMANT, quote: QUOTE, note: "<img src=x onerror=alert('note')>", sourcePublisher: "<i>Evil</i> & Co" });
  });

  test("claims.json gives back every string exactly as the data files hold it", async ({ request }) => {
    const data = ClaimsExport.parse(await (await request.get("/data/claims.json")).json());
    const meta = readFixture("dataset.json") as { title: string; version: string };
    expect(data.dataset).toMatchObject(meta);
    expect(data.claimants).toEqual(readFixture("claimants.json"));
    const sourceFiles = readdirSync(join(FIXTURE, "sources")).map((f) => readFixture(join("sources", f)) as { source: { id: string }; claims: { id: string }[] });
    for (const { source, claims } of sourceFiles) {
      // The export names every source's language; a file that gives none is in English.
      expect(data.sources.find((s) => s.id === source.id)).toEqual({ language: "en", ...source });
      for (const claim of claims) expect(data.claims.find((c) => c.id === claim.id)).toEqual({ ...claim, sourceId: source.id });
    }
  });
});
