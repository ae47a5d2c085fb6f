import { expect, type Page, test } from "@playwright/test";
import { HostPage } from "./support/host-page";
import { PORTS } from "./support/ports";
import { consumeOEmbed } from "./support/oembed-consumer";
import { NONE_IN_EITHER_THEME, violationsInBothThemes } from "./support/axe";

const ARMOUR = "armour-claims";
const TITLE = "Armour destroyed, as each side claims it of the other, and as Oryx documented it";
// The host page of the oEmbed journey: one port past the ones other specs use.
const host = new HostPage(PORTS.seriesHost);

/** The chart's SVG at the size shown (the page holds three; the others are display:none). */
function shownChart(page: Page) {
  return page.getByRole("group", { name: /^Chart: / }).filter({ visible: true });
}

test.describe("a reader without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("opens the armour comparison and reads the latest figures", async ({ page }) => {
    await page.goto(`/compare/${ARMOUR}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    const chart = shownChart(page);
    await expect(chart).toHaveCount(1);
    // Lines drawn, and the end labels give each line's latest figure and its date.
    await expect(chart.locator("g.cc-line path").first()).toBeVisible();
    const labels = chart.locator("g.cc-end-label");
    await expect(labels).toHaveCount(4);
    await expect(labels.first()).toContainText(/\d{1,3}(,\d{3})*\d* ?\d{1,2} [A-Z][a-z]{2} \d{4}/);
    const words = page.getByRole("region", { name: "In words" }).or(page.locator("section", { has: page.getByRole("heading", { name: "In words" }) }));
    await expect(words.getByText(/^General Staff: Russian tanks \+ armoured vehicles: [\d,]+ \(.+\) on \d{1,2} [A-Z][a-z]{2} 20\d\d, the latest in this range/)).toBeVisible();
    await expect(words.getByText(/^Russian MoD: Ukrainian armour: .+ the latest in this range/)).toBeVisible();
    // The source line names every claimant and publisher, with Oryx's credit.
    const source = page.getByRole("figure", { name: TITLE }).locator("figcaption");
    await expect(source).toContainText("Russian Defence Ministry");
    await expect(source).toContainText("General Staff of the Armed Forces of Ukraine");
    await expect(source).toContainText("Oryx, as scraped by scarnecchia/oryx_data (CC BY 4.0)");
    // Derived, and said so.
    await expect(page.getByRole("list", { name: "What each line counts" })).toContainText("Derived: the sum of tanks + armoured combat vehicles, on days all are reported.");
  });

  test("picks 2023 and gets that year", async ({ page }) => {
    await page.goto(`/compare/${ARMOUR}`);
    const ranges = page.getByRole("navigation", { name: "Date range" });
    await expect(ranges.getByRole("link", { name: "Whole war" })).toHaveAttribute("aria-current", "page");
    await ranges.getByRole("link", { name: "2023", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/compare/${ARMOUR}-2023$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${TITLE} (2023)`);
    await expect(page.getByRole("navigation", { name: "Date range" }).getByRole("link", { name: "2023", exact: true })).toHaveAttribute("aria-current", "page");
    // Its own embed code, for the year.
    await expect(page.getByRole("region", { name: "Embed this chart" })).toContainText(`/embed/${ARMOUR}-2023`);
    // Its points, as a table on a page of their own.
    await page.getByRole("link", { name: "Every point of this chart as a table" }).click();
    await expect(page).toHaveURL(new RegExp(`/compare/${ARMOUR}-2023/points$`));
    const dates = await page.getByRole("table").locator("tbody tr td:nth-child(2)").allTextContents();
    expect(dates.length).toBeGreaterThan(12);
    expect(dates.every((d) => d.endsWith(" 2023"))).toBe(true);
  });
});

test.describe("a journalist embeds the 2024 range on another origin", () => {
  test.describe.configure({ mode: "serial" });
  test.beforeAll(() => host.start());
  test.afterAll(() => host.stop());

  test("via oEmbed, and the lines show in the frame", async ({ page, baseURL }) => {
    const site = baseURL ?? "";
    const { method, response } = await consumeOEmbed(`${site}/compare/${ARMOUR}-2024`, site, { maxwidth: 640 });
    expect(method).toBe("auto-discovery");
    expect(response.title).toBe(`${TITLE} (2024)`);
    expect(response.html).toContain(`src="${site}/embed/${ARMOUR}-2024"`);
    await page.goto(host.carry(response.html));
    const frame = page.frameLocator(`iframe[src$="/embed/${ARMOUR}-2024"]`);
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText(`${TITLE} (2024)`);
    const chart = frame.getByRole("group", { name: /^Chart: / }).filter({ visible: true });
    await expect(chart.locator("g.cc-line path").first()).toBeVisible();
    await expect(frame.getByText(/^Figures from 1 Jan 2024 to \d{1,2} [A-Z][a-z]{2} 2024 \(latest point\)$/)).toBeVisible();
  });
});

test.describe("a keyboard user", () => {
  test("steps through the points and hears each one's figure, date and source", async ({ page }) => {
    await page.goto(`/compare/${ARMOUR}`);
    const slider = page.getByRole("slider", { name: "General Staff: Russian tanks + armoured vehicles" });
    await slider.focus();
    await expect(slider).toBeFocused();
    const last = await slider.getAttribute("aria-valuetext");
    expect(last).toMatch(/^General Staff: Russian tanks \+ armoured vehicles: [\d,]+ on \d{1,2} [A-Z][a-z]{2} 20\d\d\. Ukraine's General Staff, daily tally of \d{1,2} [A-Z][a-z]{2} 20\d\d: [\d,]+ tanks \+ [\d,]+ armoured combat vehicles\.$/);
    await page.keyboard.press("ArrowLeft");
    const before = await slider.getAttribute("aria-valuetext");
    expect(before).not.toBe(last);
    expect(before).toMatch(/on \d{1,2} [A-Z][a-z]{2} 20\d\d\. Ukraine's General Staff, daily tally of /);
    await page.keyboard.press("Home");
    await expect(slider).toHaveAttribute("aria-valuenow", "1");
    await expect(slider).toHaveAttribute("aria-valuetext", /on 2[45] Feb 2022\. Ukraine's General Staff, daily tally of 2[45] Feb 2022: /);
    // The Ministry's points say who reported them (the quote is on the claim, linked beside the point).
    const ministry = page.getByRole("slider", { name: "Russian MoD: Ukrainian armour" });
    await ministry.focus();
    await page.keyboard.press("ArrowLeft");
    await expect(ministry).toHaveAttribute("aria-valuetext", /on \d{1,2} [A-Z][a-z]{2} 20\d\d\. Reported by .+\.$/);
    await expect(page.locator(".cc-focus-marker")).toBeVisible();
  });
});

test.describe("axe on the series pages and embeds", () => {
  // The whole comparisons are checked with every page in accessibility.spec.ts; these are a range page and the embeds.
  test("no serious or critical violations, light and dark", async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of [`/compare/${ARMOUR}-2023`, `/embed/${ARMOUR}`, `/embed/${ARMOUR}-last-12-months`, "/embed/ukrainian-armour-two-ways"]) {
      await page.goto(path);
      expect(await violationsInBothThemes(page), path).toEqual(NONE_IN_EITHER_THEME);
    }
  });
});
