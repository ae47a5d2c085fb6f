import { expect, type Page, test } from "@playwright/test";
import type { ClaimsExport } from "../lib/export/claims";
import { builtClaimsExport } from "./support/claims-export";

/** Every claim of the record: the filters search all of them, on the server, not the page shown. */
let claims: ClaimsExport["claims"] = [];

test.beforeAll(() => {
  claims = builtClaimsExport().claims;
});

const bodyRows = (page: Page) => page.getByRole("table", { name: /claim/i }).getByRole("rowgroup").nth(1).getByRole("row");
const matching = (n: number) => (n === 0 ? "No claim matches." : n === 1 ? "1 claim matches." : `${n.toLocaleString("en-GB")} claims match.`);

test.describe("a fact-checker filters the claims", () => {
  test("choosing a claimant finds all their claims in the record and puts the filter in the URL", async ({ page }) => {
    await page.goto("/claims");
    await page.getByLabel("Claimant").selectOption({ label: "United Nations" });
    await page.getByRole("button", { name: "Find claims" }).click();
    await expect(page).toHaveURL(/\/claims\?.*claimant=un/);
    const un = claims.filter((c) => c.claimantId === "un");
    await expect(page.getByRole("status")).toHaveText(matching(un.length));
    await expect(bodyRows(page)).toHaveCount(un.length);
  });

  test("subject, metric and date filters combine over the whole record", async ({ page }) => {
    await page.goto("/claims?subject=kherson&metric=control&from=2022-03-03");
    const kept = claims.filter((c) => c.kind === "control" && c.subject.toLowerCase().includes("kherson") && c.statedOn.date >= "2022-03-03");
    await expect(page.getByRole("status")).toHaveText(matching(kept.length));
    await expect(page.getByLabel("Subject contains")).toHaveValue("kherson");
    await expect(page.getByLabel("Metric")).toHaveValue("control");
    await expect(page.getByLabel("Stated from")).toHaveValue("2022-03-03");
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/claims$/);
    await expect(page.getByRole("heading", { level: 1, name: "Every claim" })).toBeVisible();
  });

  test("a claimant's page links to their claims in the table", async ({ page }) => {
    await page.goto("/claimants/russia");
    await page.getByRole("link", { name: "These claims in the claims table" }).click();
    await expect(page).toHaveURL(/\/claims\?claimant=russia$/);
    await expect(page.getByRole("status")).toHaveText(matching(claims.filter((c) => c.claimantId === "russia").length));
  });

  test("no claim matching says so", async ({ page }) => {
    await page.goto("/claims?subject=zzzz-nothing");
    await expect(page.getByRole("status")).toHaveText("No claim matches.");
    await expect(bodyRows(page)).toHaveText(["No claim matches these filters."]);
  });
});
