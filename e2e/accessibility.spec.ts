import { expect, test } from "@playwright/test";
import { loadDataset } from "../lib/dataset/load";
import { allPagePaths, claimantIds, claimantPageView, claimsPagePaths } from "../lib/site/views";
import { LOCALES, localePath, PREFIXED_LOCALES, type TranslatedLocale } from "../lib/i18n/locales";
import { NONE_IN_EITHER_THEME, seriousViolations, violationsInBothThemes } from "./support/axe";

// One test a page and theme, so each has its own time and a failure names its page. The claims
// table's further pages share /claims's template: the sitemap lists them, the checks visit /claims.
const PATHS = allPagePaths();
const dataset = loadDataset();
/**
 * axe, which takes seconds a page, runs on one page of each template and kind of content: every
 * section, every comparison over its whole span and one range page (the range pages share their
 * comparison's template and lines), a claimant page of each make (with published tables and quoted
 * claims, tables alone, a running series, quoted claims alone, figures shown elsewhere only: what
 * else differs between claimants is their names and figures), each table source, and the first report
 * in each script (the report pages share one template; what differs is the script and direction of
 * the quotes). Every rule runs in the light theme, the colour rules again in the dark (e2e/support/axe.ts).
 * The title, description and share image are checked on every page below, in the HTML the server sends.
 */
const firstOfLanguage = new Map<string, string>();
for (const source of dataset.sources) if (source.kind !== "table" && !firstOfLanguage.has(source.language ?? "en")) firstOfLanguage.set(source.language ?? "en", `/sources/${source.id}`);
/** The first report in each script (Latin, Cyrillic, Arabic, Devanagari, both Chinese scripts): the languages of one script lay out alike, and every tag is a valid BCP 47 tag by the data's schema (lib/model/languages.ts). */
const firstOfScript = new Map<string, string>();
for (const [language, path] of firstOfLanguage) {
  const script = new Intl.Locale(language).maximize().script ?? language;
  if (!firstOfScript.has(script)) firstOfScript.set(script, path);
}
const claimantOfEachMake = new Map<string, string>();
for (const id of claimantIds()) {
  const view = claimantPageView(id, "en");
  const make = view ? [view.tables.length > 0, view.series.length > 0, view.rows.length > 0].join() : "none";
  if (!claimantOfEachMake.has(make)) claimantOfEachMake.set(make, `/claimants/${id}`);
}
const wholeComparisons = new Set(dataset.comparisons.map((c) => `/compare/${c.slug}`));
const AXE_PATHS = PATHS.filter((path) => {
  if (path.startsWith("/compare/")) return wholeComparisons.has(path) || path === "/compare/armour-claims-2024";
  if (path.startsWith("/sources/")) return dataset.sources.some((s) => s.kind === "table" && path === `/sources/${s.id}`) || [...firstOfScript.values()].includes(path);
  if (path.startsWith("/claimants/")) return [...claimantOfEachMake.values()].includes(path);
  return true;
});

test("axe visits a claimant page of each make, the Russian Defence Ministry's running series among them, and a report in each script", () => {
  expect(claimantOfEachMake.size).toBeGreaterThanOrEqual(4);
  expect(AXE_PATHS).toContain("/claimants/ru-defence-ministry");
  expect([...firstOfScript.keys()].sort()).toEqual(expect.arrayContaining(["Arab", "Cyrl", "Latn"]));
});

test("the sitemap lists every page these tests visit, in every edition", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "/").pathname);
  expect(listed.sort()).toEqual(LOCALES.flatMap((locale) => [...PATHS, ...claimsPagePaths()].map((path) => localePath(locale, path))).sort());
  expect(PATHS.length).toBeGreaterThan(10);
});

// One test a page (a failure names its page and theme): every rule light, the colour rules dark, from one load.
test.describe("axe, light and dark themes", () => {
  for (const path of AXE_PATHS) {
    test(`${path} has no serious or critical violations`, async ({ page }) => {
      // The claims table's pages, the tables' summaries and the Russian Defence Ministry's page hold hundreds of rows: axe takes a minute or more on a busy machine.
      test.setTimeout(300_000);
      await page.goto(path);
      expect(await violationsInBothThemes(page)).toEqual(NONE_IN_EITHER_THEME);
    });
  }
});

/** The attribute's value in the first tag of the HTML that matches (the head is made by Next's metadata, attributes in one order). */
function metaContent(html: string, attribute: "name" | "property", key: string): string | undefined {
  const tag = html.match(new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`));
  return tag?.[1];
}

for (const path of PATHS) {
  // The head is in the HTML the server sends (no script makes it), so the check reads that HTML, with no browser.
  test(`${path} has a title, a description and a share image`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<title>[^<]*\S[^<]*<\/title>/);
    expect(metaContent(html, "name", "description")).toMatch(/^.{20,}$/);
    expect(metaContent(html, "property", "og:image")).toMatch(/\/charts\/[a-z0-9-]+\.png$/);
  });
}

/**
 * The Ukrainian and Russian editions share every template with the English, so axe runs on one page of
 * each of the templates whose words change most in length and script: the home page, claims of control,
 * the claimants and a claimant with a published table, the sources and a report in Russian (whose quote
 * the Ukrainian edition shows with our English translation), in both; and the two longest pages, the
 * claims table and a day, each in one of them (both are Cyrillic; the English pages are checked above).
 * Every rule in the light theme, the colour rules again in the dark on the home page and the long
 * page; each page says its language.
 */
const EDITION_AXE_PATHS = ["/", "/control", "/claimants", "/claimants/ua-general-staff", "/sources", firstOfLanguage.get("ru") ?? "/sources"];
const EDITION_LONG_PATH: Record<TranslatedLocale, string> = { uk: "/claims", ru: "/on/2023-05-01" };
const editionPaths = (locale: TranslatedLocale) => [...EDITION_AXE_PATHS, EDITION_LONG_PATH[locale]];
const editionDarkPaths = (locale: TranslatedLocale) => new Set(["/", EDITION_LONG_PATH[locale]]);

for (const locale of PREFIXED_LOCALES) {
  test.describe(`the ${locale} edition`, () => {
    for (const path of editionPaths(locale)) {
      const at = localePath(locale, path);
      test(`${at} has no serious or critical violations, and says it is in ${locale}`, async ({ page }) => {
        test.setTimeout(300_000);
        const response = await page.goto(at);
        expect(response?.status()).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        if (editionDarkPaths(locale).has(path)) expect(await violationsInBothThemes(page)).toEqual(NONE_IN_EITHER_THEME);
        else expect(await seriousViolations(page, "light")).toEqual([]);
      });
    }
    test(`${locale}: the pages' titles and descriptions are in the edition's language`, async ({ request }) => {
      for (const path of editionPaths(locale)) {
        const html = await (await request.get(localePath(locale, path))).text();
        expect(html, path).toMatch(/<title>[^<]*[\u0400-\u04FF][^<]*<\/title>/);
        expect(metaContent(html, "name", "description"), path).toMatch(/[\u0400-\u04FF]/);
      }
    });
  });
}
