import { expect, test } from "@playwright/test";
import { localePath, PREFIXED_LOCALES } from "../lib/i18n/locales";

test.use({ viewport: { width: 320, height: 640 } });

const PAGES = ["/", "/claims", "/control", "/compare/equipment-losses", "/compare/civilian-deaths", "/compare/kherson-control", "/sources/reuters-2022-03-03-kyiv-kharkiv", "/claimants/uk-defence-ministry",
  "/sources/oryx-by-type", "/sources/general-staff-equipment", "/claimants/ua-general-staff",
  "/sources", "/claimants/ru-defence-ministry", "/chart", "/chart?topic=artillery&from=2023-10-10&to=2024-02-20", "/sources/rumod-2025-04-02-sputnik-ar", "/sources/rumod-2024-04-25-sputnik-zh"];

test.describe("a reader on a 320 px phone", () => {
  for (const path of PAGES) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      // Tables may scroll inside their own wrapper; the page itself may not.
      expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }

  test("sees the chart, inside the screen", async ({ page }) => {
    await page.goto("/compare/equipment-losses");
    const chart = page.getByRole("group", { name: /^Chart: Equipment/ }).filter({ visible: true });
    await expect(chart).toBeVisible();
    const box = await chart.boundingBox();
    expect(box?.width).toBeGreaterThan(250);
    expect((box?.x ?? -1) + (box?.width ?? Infinity)).toBeLessThanOrEqual(320);
    await expect(chart.getByRole("img", { name: "Russia: more than 470" })).toBeVisible();
  });
});

/**
 * Ukrainian and Russian words run longer than the English and break less often: the templates with the
 * narrowest columns (the claims table, a day's table, a table's summary, the lists), in each edition.
 */
const EDITION_PAGES = ["/", "/claims", "/on/2023-05-01", "/control", "/sources", "/claimants/ua-general-staff", "/sources/general-staff-equipment", "/sources/rumod-2025-04-02-sputnik-ar"];

for (const locale of PREFIXED_LOCALES) {
  test.describe(`a reader of the ${locale} edition on a 320 px phone`, () => {
    for (const path of EDITION_PAGES) {
      const at = localePath(locale, path);
      test(`${at} does not scroll sideways`, async ({ page }) => {
        await page.goto(at);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(320);
      });
    }
  });
}
