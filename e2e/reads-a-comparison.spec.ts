import { expect, test } from "@playwright/test";

test.describe("a reader reads a comparison", () => {
  test("equipment losses: bars labelled as stated, gaps marked, the source line and the table", async ({ page }) => {
    await page.goto("/compare/equipment-losses");
    await expect(page.getByRole("heading", { level: 1, name: "Equipment destroyed, as each side claims it" })).toBeVisible();

    const chart = page.getByRole("group", { name: /^Chart: Equipment destroyed/ }).filter({ visible: true });
    await expect(chart).toHaveCount(1);
    await expect(chart.getByRole("img", { name: "Russia: more than 470" })).toContainText(">470");
    await expect(chart.getByRole("img", { name: "Russia: 58" })).toContainText("58");
    await expect(chart.getByRole("img", { name: "Russia: not reported" })).toHaveCount(2);
    await expect(chart.getByRole("img", { name: "Ukrainian Defence Ministry: not reported" })).toHaveCount(1);
    await expect(chart.getByText("not reported").first()).toBeVisible();
    // Two rows count different things: tanks (and armoured vehicles), and planes (different armies' losses).
    await expect(chart.getByText("≠ not comparable")).toHaveCount(2);
    await expect(chart.getByText("≠ not comparable").first()).toBeVisible();
    await expect(page.getByText("≠ Tanks (and armoured vehicles), not comparable:")).toBeVisible();

    const figure = page.getByRole("figure", { name: "Equipment destroyed, as each side claims it" });
    const sourceLine = figure.getByText(/^Sources:/);
    await expect(sourceLine).toContainText("Russia (body not named in the report), stated by 2 Mar 2022");
    await expect(sourceLine).toContainText("Ukrainian Defence Ministry, stated by 2 Mar 2022");
    await expect(sourceLine).toContainText("Reported in: report of 2 Mar 2022, publisher not identified.");

    const table = page.getByRole("table", { name: /every figure, as stated/ });
    const planes = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Planes" }) }).filter({ hasText: "Russia (body not named in the report)" });
    await expect(planes).toContainText("58");
    await expect(planes).toContainText("its forces had destroyed more than 1,500 Ukrainian military objects, including 58 planes");
    await expect(table.getByRole("row").filter({ hasText: "not reported" })).toHaveCount(3);
  });

  test("civilian deaths: the gap between two counts of the same thing, with its caveats", async ({ page }) => {
    await page.goto("/compare/civilian-deaths");
    const chart = page.getByRole("group", { name: /^Chart: Civilian deaths/ }).filter({ visible: true });
    await expect(chart.getByRole("img", { name: "Ukraine's emergency service: more than 2,000" })).toContainText(">2,000");
    await expect(chart.getByRole("img", { name: "UN: 142" })).toContainText("142");

    const gap = page.getByRole("region", { name: /The gap/ });
    await expect(gap.getByRole("heading", { name: "The gap: >14×" })).toBeVisible();
    await expect(gap.getByRole("listitem")).toHaveCount(3);
    await expect(gap).toContainText('the report says only that the UN had spoken "previously"');
    await expect(gap).toContainText('lower bound ("more than 2,000")');

    const sourceLine = page.getByRole("figure", { name: /Civilian deaths/ }).getByText(/^Sources:/);
    await expect(sourceLine).toContainText("Ukraine's State Emergency Service, stated 2 Mar 2022");
    await expect(sourceLine).toContainText('United Nations, stated before 2 Mar 2022 ("previously")');
    await expect(page.getByRole("table", { name: /every figure, as stated/ }).getByRole("row")).toHaveCount(3);
  });

  test("has a title, a description and the comparison's own share image", async ({ page }) => {
    await page.goto("/compare/civilian-deaths");
    await expect(page).toHaveTitle("Civilian deaths: Ukraine's emergency service against the UN · Counterclaim");
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /more than 2,000 civilians killed/);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/charts\/civilian-deaths\.png$/);
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
    await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute("content", "630");
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", /\/charts\/civilian-deaths\.png$/);
  });

  test("an unknown comparison is a 404 page", async ({ page }) => {
    const response = await page.goto("/compare/no-such-comparison");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });
});
