import { expect, type Page, test } from "@playwright/test";
import { NONE_IN_EITHER_THEME, violationsInBothThemes } from "./support/axe";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { PAGE_SIZE } from "../lib/claims-table/paging";
import { ClaimsExport } from "../lib/export/claims";
import { builtClaimsExport } from "./support/claims-export";

/**
 * A fact-checker looks for one claim in the whole record (issue 18): the Russian Defence Ministry's
 * "8,927 tanks and other armoured combat vehicles" of 1 May 2023, which stands on a page of the table
 * far from the first. Then every side's figures for that day, and the same search as data.
 */
const MOD_8927 = "rumod-2023-05-01-tass-tanks-and-other-armoured-combat-vehicles";
const BY_DAY = "claimant=ru-defence-ministry&from=2023-05-01&to=2023-05-01";

const row = (page: Page, id: string) => page.locator(`tr[data-claim-id="${id}"]`);
const matching = (n: number) => (n === 1 ? "1 claim matches." : `${n.toLocaleString("en-GB")} claims match.`);

test.describe("a fact-checker finds any claim in the whole record", () => {
  test("by claimant and day: the 8,927 claim, and the count of all that match", async ({ page }) => {
    const response = await page.goto(`/claims?${BY_DAY}`);
    expect(response?.status()).toBe(200);
    const expected = builtClaimsExport().claims.filter((c) => c.claimantId === "ru-defence-ministry" && c.statedOn.date === "2023-05-01");
    await expect(page.getByRole("status")).toHaveText(matching(expected.length));
    await expect(row(page, MOD_8927)).toContainText("8,927");
    await expect(row(page, MOD_8927)).toContainText("8,927 tanks and other armored combat vehicles");
  });

  test("by the figure, however it is written", async ({ page }) => {
    for (const q of ["8927", "8 927", "8.927"]) {
      await page.goto(`/claims?q=${encodeURIComponent(q)}`);
      await expect(row(page, MOD_8927), q).toBeVisible();
    }
  });

  test("a filter never reports zero for a claim that stands on another page of the table", async ({ page }) => {
    const all = [...builtClaimsExport().claims].sort((a, b) => a.statedOn.date.localeCompare(b.statedOn.date));
    // One claim from near the end of the table: never on the first page, which the old filters searched.
    const far = all[all.length - PAGE_SIZE * 3];
    if (!far) throw new Error("the record has fewer than three pages");
    await page.goto(`/claims?claimant=${far.claimantId}&from=${far.statedOn.date}&to=${far.statedOn.date}`);
    await expect(page.getByRole("status")).not.toHaveText("No claim matches.");
    await expect(row(page, far.id)).toBeVisible();
  });

  test("pages through many matches, and a page past the last is 404", async ({ page }) => {
    const gs = builtClaimsExport().claims.filter((c) => c.claimantId === "ua-general-staff").length;
    const pages = Math.ceil(gs / PAGE_SIZE);
    await page.goto("/claims?claimant=ua-general-staff");
    await expect(page.getByRole("status")).toHaveText(`${matching(gs)} Page 1 of ${pages}.`);
    await page.getByRole("navigation", { name: "Pages of the claims table", exact: true }).getByRole("link", { name: "Later →" }).click();
    await expect(page).toHaveURL(/\/claims\?claimant=ua-general-staff&page=2$/);
    await expect(page.getByRole("status")).toHaveText(`${matching(gs)} Page 2 of ${pages}.`);
    expect((await page.goto(`/claims?claimant=ua-general-staff&page=${pages + 1}`))?.status()).toBe(404);
  });

  test("the table's own pages still stand at /claims/page/<n>", async ({ request }) => {
    expect((await request.get("/claims/page/77")).status()).toBe(200);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search form submits to the server and finds the claim", async ({ page }) => {
    await page.goto("/claims");
    await page.getByLabel("Words or figure").fill("8927");
    await page.getByRole("button", { name: "Find claims" }).click();
    await expect(page).toHaveURL(/\/claims\?q=8927&/);
    await expect(row(page, MOD_8927)).toBeVisible();
  });

  test("the day picker goes to the day", async ({ page }) => {
    await page.goto("/on/2023-05-01");
    await page.getByLabel("Day", { exact: true }).fill("2023-05-02");
    await page.getByRole("button", { name: "Show that day" }).click();
    await expect(page).toHaveURL(/\/on\/2023-05-02$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What each side claimed on 2 May 2023");
  });
});

test.describe("bad input answers 400 naming the parameter, never its value", () => {
  const cases: [string, RegExp][] = [
    ["from=2023-02-30", /^from: a date in the calendar/],
    ["to=2023-13-01", /^to: a date in the calendar/],
    ["from=2023-05-02&to=2023-05-01", /^from: after to/],
    [`claimant=${encodeURIComponent('"><script>alert(1)</script>')}`, /^claimant: not a known claimant/],
    ["metric=constructor", /^metric: not a known metric/],
    ["page=0", /^page: a whole number/],
    ["claimant=un&claimant=russia", /^claimant: given more than once/],
    ["sort=date", /^"sort" is not a parameter/],
  ];
  for (const [query, message] of cases) {
    test(`/claims?${query}`, async ({ request }) => {
      const response = await request.get(`/claims?${query}`);
      expect(response.status()).toBe(400);
      const body = await response.text();
      expect(body.replaceAll("&quot;", '"')).toMatch(new RegExp(message.source.replace("^", "<p>")));
      expect(body).not.toContain("<script>alert");
      expect(body).not.toContain("constructor");
      const api = await request.get(`/api/claims?${query}`);
      expect(api.status()).toBe(400);
      expect(await api.text()).toMatch(new RegExp(`^Bad request. ${message.source.slice(1)}`));
    });
  }

  test("a day not in the calendar, on /on/<day> and in the picker", async ({ request }) => {
    expect((await request.get("/on/2023-02-30")).status()).toBe(400);
    expect((await request.get("/on?day=yesterday")).status()).toBe(400);
    expect((await request.get("/api/claims?format=xml")).status()).toBe(400);
    expect((await request.get("/api/claims?claimant=un&page=999")).status()).toBe(404);
  });
});

test.describe("one day, every side", () => {
  test("1 May 2023: the Ministry's 8,927 beside the General Staff's 3,700 tanks and 7,192 armoured combat vehicles, and Oryx's listing of 2 May", async ({ page }) => {
    await page.goto("/on/2023-05-01");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What each side claimed on 1 May 2023");
    const armour = page.getByRole("table", { name: /^Armour .*: each side’s figures on 1 May 2023$/ });
    await expect(armour.locator(`tr[data-claim-id="${MOD_8927}"]`)).toContainText("8,927");
    await expect(armour.getByRole("row", { name: /General Staff/ }).first()).toContainText("3,700");
    await expect(armour.getByRole("row").filter({ has: page.getByRole("cell", { name: "Armoured combat vehicles", exact: true }) })).toContainText("7,192");
    await expect(armour.getByText("Listing of 2 May 2023 (none on this day; the nearest)").first()).toBeVisible();
    await expect(armour).toContainText("8,927");
    // The days around it that have claims, and each claim's place in the table.
    await expect(page.getByRole("navigation", { name: "Days with claims around this one", exact: true }).getByRole("link")).toHaveCount(2);
    await armour.getByRole("row").filter({ hasText: "8,927" }).getByRole("link", { name: "in the table" }).click();
    await expect(page).toHaveURL(new RegExp(`/claims/page/\\d+#${MOD_8927}$`));
    await page.locator(`#${MOD_8927}`).getByRole("link", { name: "1 May 2023", exact: true }).click();
    await expect(page).toHaveURL(/\/on\/2023-05-01$/);
  });
});

test.describe("every claim leads to its day", () => {
  test("from a report's page and from the points under a chart", async ({ page }) => {
    await page.goto("/sources/rumod-2023-05-01-tass");
    await page.getByRole("link", { name: "every side’s claims that day" }).click();
    await expect(page).toHaveURL(/\/on\/2023-05-01$/);
    // A chart's points are listed on a page of their own, under the chart's address.
    await page.goto("/compare/armour-claims/points");
    const point = page.getByRole("region", { name: "The points" }).getByRole("link").first();
    await expect(point).toHaveAttribute("href", /^\/on\/\d{4}-\d{2}-\d{2}$/);
  });
});

test.describe("the claims API", () => {
  test("answers the search as JSON that parses through the published schema, with paging links", async ({ request }) => {
    const schema = await (await request.get("/data/schema.json")).json();
    const response = await request.get(`/api/claims?${BY_DAY}`);
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(z.fromJSONSchema(schema).safeParse(body).success).toBe(true);
    const page = ClaimsExport.parse(body);
    expect(page.claims.map((c) => c.id)).toContain(MOD_8927);
    expect(response.headers()["x-total-count"]).toBe(String(page.claims.length));
    expect(response.headers().link).toContain(`</api/claims?${BY_DAY}&page=1>; rel="first"`);

    const many = await request.get("/api/claims?claimant=ua-general-staff&page=2");
    expect(many.headers().link).toMatch(/rel="prev".*rel="next".*rel="last"/);
    expect(ClaimsExport.parse(await many.json()).claims).toHaveLength(PAGE_SIZE);
  });

  test("answers CSV for format=csv or Accept: text/csv", async ({ request }) => {
    for (const response of [await request.get(`/api/claims?${BY_DAY}&format=csv`), await request.get(`/api/claims?${BY_DAY}`, { headers: { Accept: "text/csv" } })]) {
      expect(response.headers()["content-type"]).toContain("text/csv");
      const rows: Record<string, string>[] = parse(await response.text(), { columns: true });
      expect(rows.find((r) => r.id === MOD_8927)).toMatchObject({ value: "8927", quote: "8,927 tanks and other armored combat vehicles" });
    }
  });
});

test.describe("the new pages pass axe, light and dark", () => {
  for (const path of ["/claims?q=8927", "/on/2023-05-01"]) {
    test(path, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(path);
      expect(await violationsInBothThemes(page)).toEqual(NONE_IN_EITHER_THEME);
    });
  }
});
