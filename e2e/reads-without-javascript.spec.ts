import { expect, type Page, test } from "@playwright/test";
import { PAGE_SIZE } from "../lib/claims-table/paging";
import { builtClaimsExport } from "./support/claims-export";

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
    // Two rows count different things: tanks (and armoured vehicles), and planes (different armies' losses).
    await expect(chart.getByText("≠ not comparable")).toHaveCount(2);
    await expect(chart.getByText("≠ not comparable").first()).toBeVisible();
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

  test("sees the claims table's first page, and a search form that submits to the server", async ({ page }) => {
    const { claims } = builtClaimsExport();
    await page.goto("/claims");
    const body = page.getByRole("table", { name: /Claims in the order stated, page 1 of/ }).getByRole("rowgroup").nth(1);
    await expect(body.getByRole("row")).toHaveCount(Math.min(PAGE_SIZE, claims.length));
    await page.getByLabel("Claimant").selectOption({ label: "United Nations" });
    await page.getByRole("button", { name: "Find claims" }).click();
    await expect(page).toHaveURL(/\/claims\?q=&claimant=un&metric=&subject=&from=&to=$/);
    const un = claims.filter((c) => c.claimantId === "un").length;
    await expect(page.getByRole("status")).toHaveText(un === 1 ? "1 claim matches." : `${un} claims match.`);
  });

  test("reaches any month's claims through links alone, and the last claim on the last page", async ({ page }) => {
    const { claims } = builtClaimsExport();
    const pages = Math.ceil(claims.length / PAGE_SIZE);
    await page.goto("/claims");
    await page.getByText("Go to a month").click();
    await page.getByRole("link", { name: "Jan" }).nth(1).click(); // January 2024
    await expect(page).toHaveURL(/\/claims\/page\/\d+$/);
    await expect(page.getByRole("table", { name: /page \d+ of/ }).getByRole("row").filter({ hasText: "Jan 2024" }).first()).toBeVisible();
    await page.getByRole("link", { name: `Page ${pages}` }).first().click();
    await expect(page).toHaveURL(new RegExp(`/claims/page/${pages}$`));
    const last = [...claims].sort((a, b) => a.statedOn.date.localeCompare(b.statedOn.date)).at(-1);
    await expect(page.locator(`[data-claim-id="${last?.id}"]`)).toBeVisible();
  });
});
