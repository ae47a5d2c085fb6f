import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

/**
 * A reader of the Ukrainian or Russian edition, without JavaScript: the armour comparison in full in
 * its language, and the embed, oEmbed answer, card and CSV a newsroom of that language takes away.
 */
test.use({ javaScriptEnabled: false });

const SLUG = "armour-claims";

/** A figure of thousands as Intl writes it in uk and ru ("29 698"): a (narrow) no-break space between the groups. */
const GROUPED = /\d[\u00a0\u202f]\d{3}/;

/** Interface words of the English edition that must not be left on a translated page. */
const ENGLISH_WORDS = [
  "Comparisons",
  "Who claims what",
  "In words",
  "The points",
  "Download this chart",
  "Cite this chart",
  "Embed this chart",
  "Notes and methodology",
  "the latest in this range",
  "Sources:",
  "as claimed",
  "documented count",
  "Solid line, filled dot",
  "left off the lines",
  "Copy code",
  "With automatic height",
  "Get the data",
  "Figures from",
];

const EDITIONS = [
  {
    locale: "uk",
    heading: /^Знищена бронетехніка/,
    lines: ["Міноборони РФ: українська бронетехніка", "Oryx: задокументована російська бронетехніка"],
    sections: ["Словами", "Завантажити цей графік", "Вбудувати цей графік", "Примітки та методологія"],
  },
  {
    locale: "ru",
    heading: /^Уничтоженная бронетехника/,
    lines: ["Минобороны РФ: украинская бронетехника", "Oryx: задокументированная российская бронетехника"],
    sections: ["Словами", "Скачать этот график", "Встроить этот график", "Примечания и методология"],
  },
] as const;

test.describe("a reader of a translated edition", () => {
  for (const edition of EDITIONS) {
    test(`reads /${edition.locale}/compare/${SLUG} in full in its language`, async ({ page }) => {
      await page.goto(`/${edition.locale}/compare/${SLUG}`);
      await expect(page.locator("html")).toHaveAttribute("lang", edition.locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(edition.heading);
      const legend = page.getByRole("list", { name: edition.locale === "uk" ? "Хто що заявляє" : "Кто что заявляет" });
      for (const line of edition.lines) await expect(legend.getByText(line, { exact: true })).toBeVisible();
      for (const name of edition.sections) await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
      const text = await page.locator("main").innerText();
      expect(text).toMatch(GROUPED);
      const main = text.replace(/\s+/g, " ");
      const left = ENGLISH_WORDS.filter((w) => main.includes(w));
      expect(left, "English interface words left on the page").toEqual([]);
      // The embed code it offers is the same edition's.
      await expect(page.locator("pre[aria-labelledby='embed-code-script']")).toContainText(`/${edition.locale}/embed/${SLUG}`);
    });
  }

  test("takes away the Ukrainian embed, oEmbed answer, card and CSV", async ({ page, request, baseURL }) => {
    const site = baseURL ?? "";
    // The embed: the document's language, its words, and its weight on the wire.
    const embed = await request.get(`/uk/embed/${SLUG}`, { headers: { "Accept-Encoding": "gzip" } });
    expect(embed.status()).toBe(200);
    expect(embed.headers()["content-encoding"]).toBe("gzip");
    // The client hands the body over decoded; its gzip weight is measured again here.
    const html = (await embed.body()).toString("utf8");
    expect(html).toContain('<html lang="uk"');
    expect(html).toContain("Отримати дані");
    expect(html).not.toContain("Get the data");
    expect(gzipSync(html).length, "embed bytes, gzip").toBeLessThanOrEqual(15 * 1024);
    await page.goto(`/uk/embed/${SLUG}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Знищена бронетехніка/);

    // The oEmbed answer for the Ukrainian page: its title and iframe in Ukrainian.
    const answer = await request.get(`/oembed?url=${encodeURIComponent(`${site}/uk/compare/${SLUG}`)}&format=json`);
    expect(answer.status()).toBe(200);
    const oembed = (await answer.json()) as { title: string; html: string; thumbnail_url?: string };
    expect(oembed.title).toMatch(/^Знищена бронетехніка/);
    expect(oembed.html).toContain(`src="${site}/uk/embed/${SLUG}"`);
    expect(oembed.html).toContain('title="Графік: Знищена бронетехніка');
    const file = await request.get(`/uk/oembed/${SLUG}.json`);
    expect(((await file.json()) as { title: string }).title).toBe(oembed.title);

    // The card: a PNG 1200 wide, 630 tall or more.
    const png = await request.get(`/uk/charts/${SLUG}.png`);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    const bytes = await png.body();
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20) >= 630]).toEqual([1200, true]);

    // The CSV: its header row in Ukrainian.
    const csv = await request.get(`/uk/charts/${SLUG}.csv`);
    expect(csv.status()).toBe(200);
    expect((await csv.text()).split("\n")[0]).toMatch(/^лінія,назва лінії,/);
  });
});
