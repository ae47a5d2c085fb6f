import { expect, test } from "@playwright/test";
import { embedFrame, expectChartVisible, expectFrameFitsContent, expectWholeEmbedShown, frameAndContent } from "./support/embed-checks";
import { HostPage } from "./support/host-page";
import { PORTS } from "./support/ports";
import { consumeOEmbed } from "./support/oembed-consumer";
import { axeRun } from "./support/axe";

const SLUG = "equipment-losses";
const TITLE = "Equipment destroyed, as each side claims it";
const host = new HostPage(PORTS.embedHost);

// One host page on one port: the tests in this file share it, one after another.
test.describe.configure({ mode: "serial" });
test.beforeAll(() => host.start());
test.afterAll(() => host.stop());

test.describe("a newsroom embeds a chart on its own site with the oEmbed html", () => {
  test("with JavaScript, the resize script fits the frame to the chart, at any width", async ({ page, baseURL }) => {
    const site = baseURL ?? "";
    const { method, response } = await consumeOEmbed(`${site}/compare/${SLUG}`, site, { maxwidth: 1200 });
    expect(method).toBe("auto-discovery");
    expect(response.html).toContain(`<iframe src="${site}/embed/${SLUG}"`);

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(host.carry(response.html));
    await expectChartVisible(page, SLUG, TITLE);
    await expectFrameFitsContent(page, SLUG);
    const wide = await frameAndContent(page, SLUG);
    expect(wide.frameHeight).not.toBe(response.height);

    // A phone: the frame narrows, the text wraps, the narrow chart shows, the frame follows.
    await page.setViewportSize({ width: 320, height: 800 });
    await expectFrameFitsContent(page, SLUG);
    const narrow = await frameAndContent(page, SLUG);
    expect(narrow.frameHeight).not.toBe(wide.frameHeight);
    await expectChartVisible(page, SLUG, TITLE);
  });

  test("a message from the host's own origin cannot resize the frame", async ({ page, baseURL }) => {
    const site = baseURL ?? "";
    const { response } = await consumeOEmbed(`${site}/compare/${SLUG}`, site);
    await page.goto(host.carry(response.html));
    await expectFrameFitsContent(page, SLUG);
    const before = (await frameAndContent(page, SLUG)).frameHeight;
    await page.evaluate(() => window.postMessage({ type: "counterclaim:embed-height", height: 5 }, "*"));
    await page.waitForTimeout(200);
    expect((await frameAndContent(page, SLUG)).frameHeight).toBe(before);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const width of [300, 640, 1240]) {
    test(`the frame's default height shows the whole chart in a ${width} px window`, async ({ page, baseURL }) => {
      const site = baseURL ?? "";
      const { response } = await consumeOEmbed(`${site}/compare/${SLUG}`, site, { maxwidth: 1200 });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(host.carry(response.html));
      await expectChartVisible(page, SLUG, TITLE);
      const { frame } = embedFrame(page, SLUG);
      expect((await frame.boundingBox())?.height).toBe(response.height);
      await expectWholeEmbedShown(page, SLUG);
    });
  }
});

test.describe("the comparison page's Embed this chart", () => {
  test("gives the code with and without the resize script, copies it, and previews the embed", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto(`/compare/${SLUG}`);
    const section = page.getByRole("region", { name: "Embed this chart" });
    const withScript = section.getByLabel("With automatic height (recommended)");
    const iframeOnly = section.getByLabel("The frame alone");
    await expect(withScript).toContainText(`/embed/${SLUG}`);
    await expect(withScript).toContainText("/embed.js");
    await expect(iframeOnly).toContainText(`/embed/${SLUG}`);
    await expect(iframeOnly).not.toContainText("/embed.js");

    await section.getByRole("button", { name: "Copy code" }).first().click();
    await expect(section.getByRole("button", { name: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await withScript.textContent());

    const preview = page.frameLocator(`iframe[title^="Preview of the embed"]`);
    await expect(preview.getByRole("heading", { name: TITLE })).toBeVisible();
  });

  test("without JavaScript, shows the code to select, and no button that would do nothing", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${test.info().project.use.baseURL}/compare/${SLUG}`);
    const section = page.getByRole("region", { name: "Embed this chart" });
    await expect(section.getByLabel("With automatic height (recommended)")).toContainText("<iframe");
    await expect(section.getByRole("button", { name: "Copy code" })).toHaveCount(0);
    await context.close();
  });
});

test.describe("the embed itself", () => {
  test("takes ?theme=dark and ?theme=light, and ignores anything else", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto(`${baseURL}/embed/${SLUG}`);
    expect(await background()).toBe("rgb(18, 18, 18)");
    await page.goto(`${baseURL}/embed/${SLUG}?theme=light`);
    expect(await background()).toBe("rgb(255, 255, 255)");
    for (const hostile of [`"><script>alert(1)</script>`, "cc-dark", "dark;", "DARK"]) {
      await page.goto(`${baseURL}/embed/${SLUG}?theme=${encodeURIComponent(hostile)}`);
      expect(await page.evaluate(() => document.documentElement.className)).toBe("");
      expect(await background()).toBe("rgb(18, 18, 18)");
    }
    await context.close();
  });

  for (const slug of [SLUG, "kherson-control"]) {
    test(`${slug}: axe finds nothing to fix`, async ({ page }) => {
      await page.goto(`/embed/${slug}`);
      expect((await axeRun(page).analyze()).violations).toEqual([]);
    });
  }

  test("paints without layout shift, and needs no script file", async ({ page, request }) => {
    const html = await (await request.get(`/embed/${SLUG}`)).text();
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toContain("/_next/");
    await page.goto(`/embed/${SLUG}`);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if ("value" in entry && typeof entry.value === "number") total += entry.value;
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(total), 1000);
        }),
    );
    expect(shift).toBe(0);
  });
});
