import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { rawGet } from "./support/delivery-checks";
import { NONE_IN_EITHER_THEME, violationsInBothThemes } from "./support/axe";

const AVDIIVKA = "topic=artillery&from=2023-10-10&to=2024-02-20";

test.describe("a journalist charts any topic over any dates", () => {
  test("picks a topic and dates with the plain form, without JavaScript, and gets the chart's one URL", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/chart");
    await page.getByLabel("Topic", { exact: true }).selectOption("artillery");
    await page.getByLabel("From", { exact: true }).fill("2023-10-10");
    await page.getByLabel("To", { exact: true }).fill("2024-02-20");
    await page.getByRole("button", { name: "Draw the chart" }).click();
    await expect(page).toHaveURL(new RegExp(`/chart\\?${AVDIIVKA}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("10 Oct 2023 to 20 Feb 2024");
    const figure = page.locator("figure.cc-series-figure");
    await expect(figure.locator("svg.cc-series").first()).toBeAttached();
    await expect(figure.locator(".cc-legend")).toContainText("General Staff: Russian artillery systems");
    await expect(figure.locator(".cc-legend")).toContainText("Oryx: Russian towed + self-propelled artillery");
    await expect(figure.locator("figcaption.cc-source")).toContainText("CC BY 4.0");
    // The lines as checkboxes: ticking one draws that line alone.
    await page.getByRole("checkbox", { name: "General Staff: Russian artillery systems" }).check();
    await page.getByRole("button", { name: "Draw the chart" }).click();
    await expect(page).toHaveURL(/\/chart\?topic=artillery&lines=gs-russian-artillery&from=2023-10-10&to=2024-02-20$/);
    await expect(page.locator("figure .cc-legend li")).toHaveCount(1);
    await context.close();
  });

  test("the picker lists every topic and the days each line has figures for", async ({ page }) => {
    await page.goto("/chart");
    for (const name of ["Tanks", "Artillery", "Drones", "Ships and boats", "Soldiers killed and wounded"]) await expect(page.getByLabel("Topic", { exact: true }).locator("option", { hasText: new RegExp(`^${name}$`) })).toHaveCount(1);
    await expect(page.locator(".cc-topic-list")).toContainText("General Staff: Russian drones");
    await expect(page.getByLabel("From", { exact: true })).toHaveAttribute("min", /^2022-02-2\d$/);
  });

  test("drones: the Ministry's claims beside the General Staff's", async ({ page }) => {
    await page.goto("/chart?topic=drones");
    const legend = page.locator("figure .cc-legend");
    await expect(legend).toContainText("Russian MoD: Ukrainian drones");
    await expect(legend).toContainText("General Staff: Russian drones");
  });

  test("offers embed code pinned to the data's latest day, the latest as the other choice, downloads and oEmbed", async ({ page, request }) => {
    await page.goto(`/chart?${AVDIIVKA}`);
    const pinned = await page.locator('pre[aria-labelledby="embed-code-script"]').textContent();
    expect(pinned).toMatch(new RegExp(`/embed/chart\\?${AVDIIVKA.replace(/&/g, "&amp;")}&amp;asof=\\d{4}-\\d{2}-\\d{2}"`));
    expect(pinned).toContain("/embed.js");
    expect(await page.locator('pre[aria-labelledby="embed-code-latest"]').textContent()).toContain(`/embed/chart?${AVDIIVKA.replace(/&/g, "&amp;")}"`);
    const links = await page.locator("a[download]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual(expect.arrayContaining([expect.stringMatching(/^\/chart\/image\.png\?/), expect.stringMatching(/^\/chart\/image\.svg\?/), expect.stringMatching(/^\/chart\/points\.csv\?/)]));
    for (const href of links) expect((await request.get(href as string)).status(), href as string).toBe(200);
    await expect(page.locator('[aria-labelledby="cite-this-chart"]')).toContainText("/chart?topic=artillery");
    const discovery = await page.locator('link[type="application/json+oembed"]').getAttribute("href");
    // The link names the public origin (COUNTERCLAIM_SITE_URL); asked here, of this server.
    const asked = new URL(discovery as string);
    const oembed = await request.get(asked.pathname + asked.search);
    expect(oembed.status()).toBe(200);
    // The embed is served from the origin of the URL asked about: the public one.
    expect((await oembed.json()).html).toContain(`/embed/chart?${AVDIIVKA.replace(/&/g, "&amp;")}"`);
  });

  test("the CSV holds exactly the points shown, within the dates", async ({ request }) => {
    const rows: Record<string, string>[] = parse(await (await request.get(`/chart/points.csv?${AVDIIVKA}`)).text(), { columns: true });
    const drawn = rows.filter((r) => r.onLine === "yes");
    expect(drawn.length).toBeGreaterThan(100);
    expect(drawn.every((r) => (r.date ?? "") >= "2023-10-10" && (r.date ?? "") <= "2024-02-20")).toBe(true);
    expect(new Set(drawn.map((r) => r.line))).toEqual(new Set(["ru-mod-ukrainian-artillery", "gs-russian-artillery", "oryx-russian-artillery", "oryx-ukrainian-artillery"]));
  });

  test("pinned to a day, shows nothing later, and says so", async ({ page, request }) => {
    await page.goto("/chart?topic=armour&asof=2024-06-30");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("as published by 30 Jun 2024");
    const rows: Record<string, string>[] = parse(await (await request.get("/chart/points.csv?topic=armour&asof=2024-06-30")).text(), { columns: true });
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.every((r) => (r.date ?? "") <= "2024-06-30")).toBe(true);
  });
});

test.describe("the embed of any chart", () => {
  test("is one static document with the chart, its dates and source line, no script needed, at most 15 KB gzip", async ({ request, baseURL }) => {
    const response = await request.get(`/embed/chart?${AVDIIVKA}`);
    expect(response.status()).toBe(200);
    const body = await response.text();
    expect(body).toContain("10 Oct 2023");
    expect(body).toContain("20 Feb 2024");
    expect(body).toMatch(/<svg[^>]*class="cc-chart cc-series"/);
    expect(body).toContain('class="src"');
    expect(body).not.toMatch(/<script[^>]+src=/);
    // The bytes on the wire: the gzip copy.
    const wire = await rawGet(`${baseURL}/embed/chart?${AVDIIVKA}`, { "Accept-Encoding": "gzip" });
    expect(wire.headers["content-encoding"]).toBe("gzip");
    expect(wire.body.length).toBeGreaterThan(1000);
    expect(wire.body.length).toBeLessThanOrEqual(15 * 1024);
  });

  test("has one URL a chart: other orders redirect to it, and it answers 304 to its ETag", async ({ request }) => {
    const moved = await request.get("/embed/chart?to=2024-02-20&topic=artillery&from=2023-10-10", { maxRedirects: 0 });
    expect(moved.status()).toBe(308);
    expect(moved.headers().location).toMatch(new RegExp(`/embed/chart\\?${AVDIIVKA}$`));
    const first = await request.get(`/embed/chart?${AVDIIVKA}`);
    const etag = first.headers().etag;
    expect(etag).toBeTruthy();
    const again = await request.get(`/embed/chart?${AVDIIVKA}`, { headers: { "If-None-Match": etag as string } });
    expect(again.status()).toBe(304);
  });
});

test.describe("a bad chart query gets a clear answer", () => {
  const cases: [string, string][] = [
    ["topic=armor", "topic"],
    ["topic=artillery&army=both", "army"],
    ["topic=artillery&lines=gs-russian-artillery,no-such-line", "lines"],
    ["topic=artillery&from=2024-02-30", "from"],
    ["topic=artillery&from=2024-02-20&to=2023-10-10", "from"],
    ["topic=artillery&to=2031-01-01", "to"],
    ["topic=artillery&asof=2019-01-01", "asof"],
    ["topic=vehicles&lines=a,b,c,d,e,f,g,h,i", "lines"],
    ["topic=artillery&colour=red", "colour"],
    ["topic=artillery&topic=tanks", "topic"],
  ];
  for (const path of ["/chart", "/embed/chart", "/chart/points.csv"]) {
    for (const [query, param] of cases) {
      test(`${path}?${query} answers 400 naming ${param}`, async ({ request }) => {
        const response = await request.get(`${path}?${query}`, { maxRedirects: 0 });
        expect(response.status()).toBe(400);
        const text = await response.text();
        expect(text).toContain(param);
        expect(text).not.toContain("red");
      });
    }
  }

  test("never echoes markup", async ({ request }) => {
    const response = await request.get(`/chart?topic=${encodeURIComponent("<script>alert(1)</script>")}&${encodeURIComponent("<img src=x>")}=1`);
    expect(response.status()).toBe(400);
    const text = await response.text();
    expect(text).not.toContain("<script>alert");
    expect(text).not.toContain("<img");
  });
});

test("a custom chart's page has no serious or critical axe violations, light and dark", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`/chart?${AVDIIVKA}`);
  expect(await violationsInBothThemes(page)).toEqual(NONE_IN_EITHER_THEME);
});

test.describe("a preset's embed, pinned", () => {
  test("the comparison page offers its embed pinned to the data's latest day, and the live one beside it", async ({ page, request }) => {
    await page.goto("/compare/armour-claims");
    const pinned = (await page.locator('pre[aria-labelledby="embed-code-script"]').textContent()) ?? "";
    const day = /\/embed\/armour-claims\?asof=(\d{4}-\d{2}-\d{2})"/.exec(pinned)?.[1];
    expect(day).toBeTruthy();
    expect(await page.locator('pre[aria-labelledby="embed-code-latest"]').textContent()).toContain('/embed/armour-claims"');
    const embed = await request.get(`/embed/armour-claims?asof=${day}`);
    expect(embed.status()).toBe(200);
    expect(await embed.text()).toContain("as published by");
  });

  test("pinned to 30 Jun 2024, draws nothing later; a bad asof answers 400", async ({ request }) => {
    const body = await (await request.get("/embed/armour-claims?asof=2024-06-30")).text();
    expect(body).toContain("as published by 30 Jun 2024");
    // The source line names each line's first and last point.
    const sources = /<p class="src">([^<]*)<\/p>/.exec(body)?.[1] ?? "";
    expect(sources).toContain("Sources:");
    const dates = [...sources.matchAll(/(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (20\d\d)/g)].map((m) => Number(m[3]) * 100 + ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].indexOf(m[2] as string));
    expect(Math.max(...dates)).toBeLessThanOrEqual(2024 * 100 + 5);
    for (const bad of ["2024-02-30", "2019-01-01"]) {
      const response = await request.get(`/embed/armour-claims?asof=${bad}`);
      expect(response.status()).toBe(400);
      expect(await response.text()).toContain("asof");
    }
  });
});
