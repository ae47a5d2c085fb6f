import { expect, test } from "@playwright/test";
import { rawGet } from "./support/delivery-checks";

/** The three charts of issue 19, as /chart draws them and as presets, with what each must say. */
const CHARTS = [
  {
    query: "topic=soldiers&army=russian",
    preset: "russian-soldiers-killed",
    legend: ["General Staff: Russian personnel \"liquidated\"", "Western governments' estimates", "Named dead (Mediazona/BBC Russian)", "The Economist's model (95% interval)", "Excess-death and probate estimates"],
    notes: ["\"liquidated\"", "files the same figure as casualties (killed and wounded), not deaths", "named so far: recent weeks fill in later"],
  },
  {
    query: "topic=soldiers-wounded&army=russian",
    preset: "russian-soldiers-casualties",
    legend: ["UK MoD: monthly estimate", "Other Western estimates", "The Economist's model (95% interval)"],
    notes: ["The Economist files its figure as casualties", "never drawn with deaths"],
  },
  {
    query: "topic=area",
    preset: "ground-held",
    legend: ["Assessed Russian-controlled (km²)"],
    notes: ["an assessment, not a side's claim"],
  },
] as const;

test.describe("a reader compares soldiers killed and ground held with independent figures", () => {
  for (const chart of CHARTS) {
    test(`/chart?${chart.query} renders without JavaScript, with its notes`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const response = await page.goto(`/chart?${chart.query}`);
      expect(response?.status()).toBe(200);
      const figure = page.locator("figure.cc-series-figure");
      await expect(figure.locator("svg.cc-series:visible")).toHaveCount(1);
      for (const label of chart.legend) await expect(figure.locator(".cc-legend")).toContainText(label);
      for (const note of chart.notes) await expect(figure).toContainText(note);
      await expect(figure.locator("figcaption.cc-source")).toContainText("The Economist");
      await context.close();
    });

    test(`the embed of /chart?${chart.query} and of the preset are at most 15 KB gzip, with no script`, async ({ request, baseURL }) => {
      for (const path of [`/embed/chart?${chart.query}`, `/embed/${chart.preset}`]) {
        const body = await (await request.get(path)).text();
        expect(body, path).toMatch(/<svg[^>]*class="cc-chart cc-series"/);
        expect(body, path).not.toMatch(/<script[^>]+src=/);
        const wire = await rawGet(`${baseURL}${path}`, { "Accept-Encoding": "gzip" });
        expect(wire.status, path).toBe(200);
        expect(wire.headers["content-encoding"], path).toBe("gzip");
        expect(wire.body.length, path).toBeLessThanOrEqual(15 * 1024);
      }
    });
  }

  test("estimates are dots never joined; one body's monthly series is joined; the model's band lies under everything", async ({ page }) => {
    await page.goto(`/compare/russian-soldiers-casualties`);
    const svg = page.locator("svg.cc-series").first();
    // Separate bodies' estimates: markers only, no joining path (a joining path has round joins).
    await expect(svg.locator('g[data-line="western-russian-casualties"][data-draw="points"] path')).not.toHaveCount(0);
    await expect(svg.locator('g[data-line="western-russian-casualties"] path[stroke-linejoin]')).toHaveCount(0);
    await expect(svg.locator('g[data-line="ukmod-monthly-russian"] path[stroke-linejoin]')).not.toHaveCount(0);
    // The band is drawn first: every line's group comes after it.
    const order = await svg.evaluate((el) => [...el.querySelectorAll(".cc-band, .cc-line")].map((g) => g.getAttribute("class")));
    expect(order[0]).toBe("cc-band");
    expect(order.slice(1).every((c) => c === "cc-line")).toBe(true);
  });

  test("the area chart marks the claims of control the dataset holds on the same time axis", async ({ page }) => {
    await page.goto("/chart?topic=area");
    await expect(page.locator("svg.cc-series").first().locator(".cc-control-mark")).not.toHaveCount(0);
    await expect(page.locator("figure.cc-series-figure")).toContainText("Kherson: 5 claims of control, 2 Mar 2022");
  });

  test("the home page has soldiers killed and ground held beside armour, with their latest figures", async ({ page }) => {
    await page.goto("/");
    const section = page.getByRole("region", { name: "Soldiers killed and ground held" });
    await expect(section.getByRole("link", { name: "Russian soldiers killed" })).toHaveAttribute("href", "/compare/russian-soldiers-killed");
    await expect(section.getByRole("link", { name: "Ground held by Russia" })).toHaveAttribute("href", "/compare/ground-held");
    await expect(section).toContainText("120,586");
    await expect(section).toContainText("named so far: recent weeks fill in later");
    // The armour chart leads the cards; the two charts summarised above link from their section, not again as cards.
    const cards = page.locator("#comparisons .cc-card h3 a");
    await expect(cards.nth(0)).toHaveAttribute("href", "/compare/armour-claims");
    await expect(page.locator('#comparisons .cc-card h3 a[href="/compare/russian-soldiers-killed"]')).toHaveCount(0);
    await expect(page.locator('#comparisons .cc-card h3 a[href="/compare/ground-held"]')).toHaveCount(0);
  });
});
