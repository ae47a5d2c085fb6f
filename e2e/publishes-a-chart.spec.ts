import { expect, test } from "@playwright/test";
import { HostPage } from "./support/host-page";
import { PORTS } from "./support/ports";

/**
 * A chart desk publishes a chart as it is: the frame-alone embed fits any column with no script,
 * the comparison page puts the chart first and says the focused point beside it, a phone's touch
 * moves the marker, and no page prefetches itself.
 */
const host = new HostPage(PORTS.columnHost);

/** The "frame alone" code as the comparison page offers it, pointed at the server under test. */
async function frameAloneCode(page: import("@playwright/test").Page, slug: string, site: string): Promise<string> {
  await page.goto(`/compare/${slug}`);
  const code = (await page.getByRole("region", { name: "Embed this chart" }).getByLabel("The frame alone").textContent()) ?? "";
  expect(code).not.toContain("<script");
  return code.replace(/https?:\/\/[^"/]+\/embed\//, `${site}/embed/`);
}

test.describe("the frame-alone embed in a newsroom's column", () => {
  // The host page serves one story at a time: these tests take turns.
  test.describe.configure({ mode: "serial" });
  test.beforeAll(() => host.start());
  test.afterAll(() => host.stop());

  for (const slug of ["armour-claims", "equipment-losses"]) {
    test(`${slug}: at 320, 400, 680 and 1,000 px, the whole chart and at most 40 px blank`, async ({ page, baseURL }) => {
      const code = await frameAloneCode(page, slug, baseURL ?? "");
      for (const width of [320, 400, 680, 1000]) {
        await page.setViewportSize({ width: 1100, height: 900 });
        await page.goto(host.carry(`<div style="width:${width}px">${code}</div>`));
        // A series chart's code is pinned to a day (?asof=): the frame is found by its path.
        const selector = `iframe[src*="/embed/${slug}"]`;
        const content = page.frameLocator(selector).locator("#cc-embed");
        await expect(content).toBeVisible();
        const frameHeight = (await page.locator(selector).boundingBox())?.height ?? 0;
        const contentHeight = (await content.boundingBox())?.height ?? Infinity;
        expect.soft(frameHeight - contentHeight, `${slug} at ${width} px: frame ${frameHeight}, content ${contentHeight}`).toBeGreaterThanOrEqual(0);
        expect.soft(frameHeight - contentHeight, `${slug} at ${width} px: frame ${frameHeight}, content ${contentHeight}`).toBeLessThanOrEqual(40);
      }
    });
  }
});

test.describe("the armour comparison page", () => {
  test("on a desktop, the chart begins within the first 900 px", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/compare/armour-claims");
    const chart = page.locator(".cc-explorer-frame svg[data-plot]").filter({ visible: true });
    const box = await chart.boundingBox();
    expect(box?.y ?? Infinity).toBeLessThan(900);
  });

  test("the focused point's figure, date and source stand beside it, linking to its claim; the pointer moves it", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/compare/armour-claims");
    const readout = page.getByTestId("readout");
    const svg = await page.locator(".cc-explorer-frame svg[data-plot]").filter({ visible: true }).boundingBox();
    if (!svg) throw new Error("no chart");
    // Not before the reader points: it would cover the chart.
    await expect(page.locator(".cc-explorer-controls")).toBeVisible();
    await expect(readout).toHaveCount(0);
    await page.mouse.move(svg.x + svg.width * 0.55, svg.y + svg.height * 0.6);
    await expect(readout).toBeVisible();
    const marker = await page.locator(".cc-focus-marker").boundingBox();
    const box = await readout.boundingBox();
    // Beside the marker: level with it.
    expect(Math.abs((box?.y ?? 0) + (box?.height ?? 0) / 2 - ((marker?.y ?? 0) + 7))).toBeLessThan(30);
    await expect(readout).toContainText(/ on \d{1,2} [A-Z][a-z]{2} 20\d\d/);
    await expect(readout).not.toContainText(/type_total|table 20\d\d/);
    const href = await readout.getByRole("link").getAttribute("href");
    expect(href).toMatch(/^\/claims(\/page\/\d+)?#.+/);
    const [path, id] = (href ?? "").split("#");
    await page.goto(path ?? "/claims");
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("a tap on the chart moves the marker to the point under the finger", async ({ page }) => {
    await page.goto("/compare/armour-claims");
    const readout = page.getByTestId("readout");
    await expect(page.locator(".cc-explorer-controls")).toBeVisible();
    const chart = page.locator(".cc-explorer-frame svg[data-plot]").filter({ visible: true });
    await chart.scrollIntoViewIfNeeded();
    const svg = await chart.boundingBox();
    if (!svg) throw new Error("no chart");
    // Left and low, away from the readout (which stands beside the latest point, top right).
    await page.touchscreen.tap(svg.x + svg.width * 0.25, svg.y + svg.height * 0.85);
    // Under the chart on a phone, saying the point tapped.
    await expect(readout).toBeVisible();
    await expect(readout).toContainText(/ on \d{1,2} [A-Z][a-z]{2} 202[23]/);
    expect((await readout.boundingBox())?.y ?? 0).toBeGreaterThan(svg.y + svg.height - 5);
  });
});

test.describe("what a page loads", () => {
  test("no page prefetches itself, nor the other sections", async ({ page }) => {
    for (const path of ["/", "/compare/armour-claims"]) {
      const prefetched: string[] = [];
      page.on("request", (request) => {
        const headers = request.headers();
        if (headers.rsc === "1" || headers["next-router-prefetch"] === "1" || request.url().includes("_rsc=")) prefetched.push(request.url());
      });
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await page.mouse.wheel(0, 4000);
      await page.waitForTimeout(500);
      expect(prefetched, path).toEqual([]);
      page.removeAllListeners("request");
    }
  });
});
