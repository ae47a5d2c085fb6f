import { expect, test } from "@playwright/test";

const QUOTE = "its forces had destroyed more than 1,500 Ukrainian military objects, including 58 planes and more than 470 tanks and armoured vehicles";

test.describe("a reader reads the quote behind a bar", () => {
  test("hovering a bar shows its verbatim quote", async ({ page }) => {
    await page.goto("/compare/equipment-losses");
    const chart = page.getByRole("group", { name: /^Chart: Equipment/ }).filter({ visible: true });
    await chart.getByRole("img", { name: "Russia: more than 470" }).hover();
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(QUOTE);
    await expect(tooltip).toContainText("Russia (body not named in the report)");
    await page.mouse.move(0, 0);
    await expect(tooltip).toBeHidden();
  });

  test("tabbing to a bar shows its quote, and Escape hides it", async ({ page }) => {
    await page.goto("/compare/equipment-losses");
    const chart = page.getByRole("group", { name: /^Chart: Equipment/ }).filter({ visible: true });
    const bar = chart.getByRole("img", { name: "Russia: more than 470" });
    await expect(bar).toBeVisible();
    // Only the keyboard: Tab until the bar has focus (the page has a handful of stops before it).
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press("Tab");
      if (await bar.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(bar).toBeFocused();
    await expect(page.getByRole("tooltip")).toContainText(QUOTE);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("tooltip")).toBeHidden();
  });
});
