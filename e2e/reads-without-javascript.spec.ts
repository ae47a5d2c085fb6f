import { expect, type Page, test } from "@playwright/test";
import { ClaimsExport } from "../lib/export/claims";

test.use({ javaScriptEnabled: false });

/** A figures chart drawn in full: bars, their labels, the legend and the source line. */
async function expectWholeChart(page: Page, title: string, bar: { name: string; label: string }) {
  const figure = page.getByRole("figure", { name: title });
  const chart = figure.getByRole("group", { name: /^Chart: / }).filter({ visible: true });
  await expect(chart).toHaveCount(1);
  await expect(chart.getByRole("img").first().locator("rect")).toBeVisible();
  await expect(chart.getByRole("img", { name: bar.name })).toContainText(bar.label);
  await expect(figure.getByRole("list", { name: "Who claims what" }).getByRole("listitem").first()).toBeVisible();
  await expect(figure.getByText(/^Sources: .+ Reported in: .+\.$/)).toBeVisible();
}

test.describe("a reader without JavaScript", () => {
  test("sees the whole chart on a comparison page", async ({ page }) => {
    await page.goto("/compare/equipment-losses");
    await expectWholeChart(page, "Equipment destroyed, as each side claims it", { name: "Russia: more than 470", label: ">470" });
    const chart = page.getByRole("group", { name: /^Chart: Equipment/ }).filter({ visible: true });
    await expect(chart.getByText("not reported").first()).toBeVisible();
    await expect(chart.getByText("≠ not comparable")).toBeVisible();
    await expect(page.getByRole("table", { name: /every figure/ })).toBeVisible();
  });

  test("sees every comparison's chart on the home page", async ({ page }) => {
    await page.goto("/");
    await expectWholeChart(page, "Equipment destroyed, as each side claims it", { name: "Russia: 58", label: "58" });
    await expectWholeChart(page, "Civilian deaths: Ukraine's emergency service against the UN", { name: "UN: 142", label: "142" });
    await expectWholeChart(page, "Soldiers killed: only Ukraine's Defence Ministry gave a figure", { name: "Ukrainian Defence Ministry: more than 5,840", label: ">5,840" });
    const kherson = page.getByRole("figure", { name: "Who controls Kherson, according to whom" });
    await expect(kherson.getByRole("listitem")).toHaveCount(5);
    await expect(kherson.getByText(/^Sources:/)).toBeVisible();
  });

  test("sees the whole claims table, and a filter form that still submits", async ({ page, request }) => {
    const { claims } = ClaimsExport.parse(await (await request.get("/data/claims.json")).json());
    await page.goto("/claims?claimant=un");
    const body = page.getByRole("table", { name: /Every claim/ }).getByRole("rowgroup").nth(1);
    await expect(body.getByRole("row")).toHaveCount(claims.length);
    await expect(page.getByRole("button", { name: "Filter" })).toBeVisible();
  });
});
