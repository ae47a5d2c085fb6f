import { expect, type Page, test } from "@playwright/test";
import { builtClaimsExport } from "./support/claims-export";

/**
 * A fact-checker reads the Russian Defence Ministry's totals over time on its claimant page: every
 * point links to its report, quotes stand in the report's language with Counterclaim's translation
 * marked as ours, and flagged claims say so in the page itself, with or without JavaScript.
 */
const MINISTRY = "/claimants/ru-defence-ministry";

function seriesTable(page: Page, label: string) {
  return page.getByRole("region", { name: new RegExp(`^${label}: Ukrainian losses, \\d+ claims`) });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`a reader ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("sees a flagged claim flagged, with what was found, on the Ministry's page", async ({ page }) => {
      await page.goto(MINISTRY);
      const vehicles = seriesTable(page, "Special military vehicles");
      const fallen = vehicles.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^4,357/ }) });
      await expect(fallen.getByRole("rowheader")).toContainText("flagged");
      const doubts = fallen.getByRole("list", { name: "Doubts about this claim" });
      await expect(doubts).toBeVisible();
      await expect(doubts).toContainText("Flagged: Lower than an earlier total.");
      await expect(doubts).toContainText("Lower than the 4,453 that Dronestagram relayed for 23 Jul 2022.");
      // The stale relay is flagged too, and said to be left off charts' lines.
      const drones = seriesTable(page, /Drones \(unmanned aerial vehicles\)/.source);
      const stale = drones.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^12,040/ }) });
      await expect(stale.getByRole("list", { name: "Doubts about this claim" })).toContainText("Flagged: Stale relay of earlier figures.");
      await expect(stale).toContainText("Charts leave this claim off their line");
      // An unflagged point carries no flag.
      const tanks = seriesTable(page, "Tanks and other armoured combat vehicles");
      const may1 = tanks.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "8,927" }) });
      await expect(may1.getByRole("list", { name: "Doubts about this claim" })).toHaveCount(0);
    });

    test("follows a point to its report, and reads the quote there", async ({ page }) => {
      await page.goto(MINISTRY);
      const tanks = seriesTable(page, "Tanks and other armoured combat vehicles");
      const first = tanks.getByRole("row").nth(1);
      await expect(first.getByRole("rowheader")).toHaveText("254");
      await expect(first.locator("q")).toHaveText("254 tanks and other armored vehicles");
      await first.getByRole("link", { name: "TASS, 27 Feb 2022" }).click();
      await expect(page).toHaveURL(/\/sources\/rumod-2022-02-27-tass#rumod-2022-02-27-tass-tanks-and-other-armoured-combat-vehicles$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("TASS report of 27 Feb 2022");
      await expect(page.locator("#rumod-2022-02-27-tass-tanks-and-other-armoured-combat-vehicles q")).toHaveText("254 tanks and other armored vehicles");
    });
  });
}

test.describe("a reader of a report in another language", () => {
  test.use({ javaScriptEnabled: false });

  test("reads the quote as printed, in its language, and the English marked as Counterclaim's translation", async ({ page }) => {
    await page.goto("/sources/rumod-2024-04-25-sputnik-zh");
    await expect(page.getByText("Traditional Chinese (zh-Hant)")).toBeVisible();
    const claim = page.locator("#rumod-2024-04-25-sputnik-zh-tanks-and-other-armoured-combat-vehicles");
    await expect(claim.locator('q[lang="zh-Hant"]')).toHaveText("15831輛坦克和其他裝甲戰車");
    await expect(claim.getByText("Counterclaim’s translation, not the source’s words (from Traditional Chinese):")).toBeVisible();
    await expect(claim.locator('[lang="en"]')).toHaveText("15,831 tanks and other armoured combat vehicles");
    await page.goto("/sources/rumod-2025-04-02-sputnik-ar");
    await expect(page.locator('q[lang="ar"][dir="rtl"]').first()).toBeVisible();
  });

  test("finds a relay's claims recorded once, on the report they were first recorded on", async ({ page }) => {
    await page.goto("/sources/rumod-2023-02-17-rmol");
    await expect(page.getByRole("heading", { name: "Claims this report relays, recorded on another report (8)" })).toBeVisible();
    const aircraft = page.locator("#rumod-2023-02-17-nation-pk-aircraft");
    await expect(aircraft.getByRole("link", { name: "The Nation, 17 Feb 2023" })).toBeVisible();
    const relays = aircraft.getByRole("list", { name: "The same claim in other reports" });
    await expect(relays.locator('q[lang="id"]')).toHaveText("385 pesawat");
    await expect(relays).toContainText("385 aircraft");
    const { claims } = builtClaimsExport();
    expect(claims.filter((c) => c.sourceId === "rumod-2023-02-17-rmol")).toEqual([]);
    expect(claims.filter((c) => c.alsoIn?.some((r) => r.sourceId === "rumod-2023-02-17-rmol"))).toHaveLength(8);
  });
});

test.describe("a reader of the sources list", () => {
  test("finds the Ministry's reports by year", async ({ page }) => {
    await page.goto("/sources");
    const ministry = page.getByRole("region", { name: /^Russian Defence Ministry · 55 reports/ });
    await expect(ministry.getByRole("heading", { level: 3 })).toHaveText(["2022 (23)", "2023 (19)", "2024 (6)", "2025 (6)", "2026 (1)"]);
    await expect(ministry.getByRole("region", { name: /^2024/ }).getByRole("listitem")).toHaveCount(6);
    await expect(page.getByRole("listitem").filter({ hasText: "Tasnim" })).toContainText("no claim of its own; relays 8 claims recorded on another report");
  });
});
