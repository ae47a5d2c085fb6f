import { expect, type Page, test } from "@playwright/test";
import { PAGE_SIZE } from "../lib/claims-table/paging";
import type { ClaimsExport } from "../lib/export/claims";
import { builtClaimsExport } from "./support/claims-export";

/** The claims on /claims, the table's first page: the earliest stated, in data order within a day. */
let claims: ClaimsExport["claims"] = [];

test.beforeAll(() => {
  const all = builtClaimsExport().claims;
  claims = [...all].sort((a, b) => a.statedOn.date.localeCompare(b.statedOn.date)).slice(0, PAGE_SIZE);
});

const bodyRows = (page: Page) => page.getByRole("table", { name: /claim/i }).getByRole("rowgroup").nth(1).getByRole("row");

/** The static page holds the first page's rows; the filters run on them once the script has taken over the form. */
async function openClaims(page: Page, query = "") {
  const errors: Error[] = [];
  page.on("pageerror", (error) => errors.push(error));
  await page.goto(`/claims${query}`);
  await expect(page.getByRole("button", { name: "Filter" })).toHaveCount(0);
  return errors;
}

test.describe("a fact-checker filters the claims", () => {
  test("choosing a claimant keeps only their claims and puts the filter in the URL", async ({ page }) => {
    await openClaims(page);
    await expect(bodyRows(page)).toHaveCount(claims.length);
    await page.getByLabel("Claimant").selectOption({ label: "United Nations" });
    await expect(page).toHaveURL(/\/claims\?claimant=un$/);
    await expect(bodyRows(page)).toHaveCount(claims.filter((c) => c.claimantId === "un").length);
    await expect(page.getByRole("status")).toHaveText(`Showing 1 of ${claims.length} claims on this page.`);
  });

  test("subject, metric and date filters combine", async ({ page }) => {
    await openClaims(page);
    await page.getByLabel("Subject contains").fill("kherson");
    await expect(page).toHaveURL(/subject=kherson/);
    const kherson = claims.filter((c) => c.subject.toLowerCase().includes("kherson"));
    await expect(bodyRows(page)).toHaveCount(kherson.length);

    await page.getByLabel("Metric").selectOption({ label: "Claims of control (no figure)" });
    await expect(page).toHaveURL(/metric=control/);
    const control = kherson.filter((c) => c.kind === "control");
    await expect(bodyRows(page)).toHaveCount(control.length);
    for (const row of await bodyRows(page).all()) await expect(row).toContainText("Kherson:");

    await page.getByLabel("Subject contains").fill("");
    await page.getByLabel("Stated from").fill("2022-03-03");
    await expect(page).toHaveURL(/\?metric=control&from=2022-03-03$/);
    await expect(bodyRows(page)).toHaveCount(claims.filter((c) => c.kind === "control" && c.statedOn.date >= "2022-03-03").length);

    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/claims$/);
    await expect(bodyRows(page)).toHaveCount(claims.length);
  });

  test("a link with filters opens the table filtered, the form showing them", async ({ page }) => {
    await openClaims(page, "?claimant=uk-defence-ministry&metric=control&to=2022-03-03");
    await expect(bodyRows(page)).toHaveCount(claims.filter((c) => c.claimantId === "uk-defence-ministry" && c.kind === "control").length);
    await expect(page.getByLabel("Claimant")).toHaveValue("uk-defence-ministry");
    await expect(page.getByLabel("Metric")).toHaveValue("control");
    await expect(page.getByLabel("Stated to")).toHaveValue("2022-03-03");
  });

  test("a claimant's page links to their claims in the table", async ({ page }) => {
    await page.goto("/claimants/russia");
    await page.getByRole("link", { name: "These claims in the claims table" }).click();
    await expect(page).toHaveURL(/\/claims\?claimant=russia$/);
    await expect(bodyRows(page)).toHaveCount(claims.filter((c) => c.claimantId === "russia").length);
  });

  test("hostile or unknown parameters fall back to the whole table, without an error", async ({ page }) => {
    const hostile = new URLSearchParams({
      claimant: '"><script>window.__pwned=1</script>',
      metric: "constructor",
      from: "2022-02-31",
      to: "'; DROP TABLE claims; --",
      subject: "x".repeat(5000),
      unknown: "1",
    });
    const errors = await openClaims(page, `?${hostile}&claimant=nobody`);
    expect(errors).toEqual([]);
    await expect(page.getByRole("heading", { level: 1, name: "Every claim" })).toBeVisible();
    await expect(bodyRows(page)).toHaveCount(claims.length);
    await expect(page.getByLabel("Claimant")).toHaveValue("");
    await expect(page.getByLabel("Subject contains")).toHaveValue("");
    expect(await page.evaluate(() => "__pwned" in window)).toBe(false);
  });

  test("no claim matching says so", async ({ page }) => {
    await openClaims(page, "?subject=zzzz-nothing");
    await expect(page.getByRole("status")).toHaveText(`Showing 0 of ${claims.length} claims on this page.`);
    await expect(bodyRows(page)).toHaveText(["No claim matches these filters."]);
  });
});
