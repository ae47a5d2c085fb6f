import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../dataset/load";
import { embedDocument } from "../embed/document";
import { shapeEmbedModel } from "../embed/model";
import { answerOEmbed } from "../embed/oembed";
import { seriesChartCsv } from "../export/series-csv";
import type { Locale } from "../i18n/locales";
import { drawSeries } from "../render/series-svg";
import { seriesChartFor, seriesViewOf } from "../site/series-views";
import { qualifiedWords } from "./figures";
import { shapeChartMeta } from "./meta";
import { expandLine, readout } from "./readout";
import { reducedChart } from "./series-marks";
import { readoutWords } from "./words";

/**
 * One chart in three editions, from the real dataset: its words, readout, embed, oEmbed answer and
 * CSV header in the edition's language, its numbers and dates by Intl ("29 698", "31 груд. 2024 р.").
 */
const dataset = loadDataset();
const SLUG = "armour-claims";

function view(locale: Locale) {
  const chart = seriesChartFor(SLUG, dataset, locale);
  if (!chart) throw new Error(`${SLUG}: no chart`);
  const reduced = reducedChart(chart).chart;
  return seriesViewOf(chart, dataset, (size, variant) => drawSeries(variant === "full" ? chart : reduced, size, `${SLUG}-${size}`));
}
const model = (locale: Locale) => {
  const v = view(locale);
  return shapeEmbedModel(v, shapeChartMeta(v, dataset, locale));
};
/** A figure of thousands as Intl writes it in uk and ru: a (narrow) no-break space between the groups. */
const GROUPED = /\d[\u00a0\u202f]\d{3}/;

describe("a qualified figure in each edition", () => {
  it("keeps its qualifier: more than, понад, более", () => {
    expect(qualifiedWords("more-than", 470, "en")).toBe("more than 470");
    expect(qualifiedWords("more-than", 470, "uk")).toBe("понад 470");
    expect(qualifiedWords("more-than", 470, "ru")).toBe("более 470");
    expect(qualifiedWords("about", 29698, "uk")).toMatch(/^близько 29[\u00a0\u202f]698$/);
    expect(qualifiedWords("at-least", 12, "ru")).toBe("не менее 12");
  });
});

describe("the armour chart in Ukrainian and Russian", () => {
  it("has its title, line names, sentences and source line in the edition's words, figures grouped by Intl", () => {
    const uk = view("uk").chart;
    expect(uk.title).toMatch(/^Знищена бронетехніка/);
    expect(uk.lines.map((l) => l.label)).toContain("Oryx: задокументована російська бронетехніка");
    expect(uk.summaryLines.join(" ")).toMatch(GROUPED);
    expect(uk.summaryLines.join(" ")).toContain("остання в цьому проміжку");
    expect(uk.sourceLine).toMatch(/^Джерела: /);
    expect(uk.sourceLine).toContain("CC BY 4.0");
    const ru = view("ru").chart;
    expect(ru.title).toMatch(/^Уничтоженная бронетехника/);
    expect(ru.summaryLines.join(" ")).toContain("последняя в этом промежутке");
    // Both the same figures as the English: only the words change.
    const en = view("en").chart;
    expect(ru.lines.map((l) => l.points.length)).toEqual(en.lines.map((l) => l.points.length));
    expect(ru.lines.map((l) => l.latest?.value)).toEqual(en.lines.map((l) => l.latest?.value));
  });

  it("reads a table's point out in Ukrainian: the record, its date and each part, by Intl", () => {
    const compact = view("uk").explorer.find((l) => l.id === "oryx-russian-armour");
    if (!compact) throw new Error("oryx-russian-armour");
    const line = expandLine(compact);
    const index = line.days.length - 1;
    const said = readout(line, index, readoutWords("uk"));
    expect(said?.source).toMatch(/^Oryx, перелік на 19 лип\. 2025 р\.: /);
    // Each part's unit agrees with its figure: Oryx's 4 074 tanks of 19 Jul 2025 are "4 074 танки", not "танків".
    expect(said?.source).toMatch(/: 4[\u00a0\u202f]074 танки \+ 2[\u00a0\u202f]200 бойових броньованих машин \+ /);
    expect(said?.figure).toMatch(/^13[\u00a0\u202f]019 на 19 лип\. 2025 р\.$/);
    expect(said?.href).toMatch(/^\/uk\/claims/);
    // No doubled full stop after a date that ends in one.
    expect(said?.text).not.toContain("р..");
    // English is as it always was.
    const en = expandLine(view("en").explorer.find((l) => l.id === "oryx-russian-armour") ?? compact);
    expect(readout(en, en.days.length - 1)?.source).toMatch(/^Oryx, listing of 19 Jul 2025: 4,074 tanks \+ /);
  });

  it("says each part's unit in the form that agrees with its figure, in Ukrainian and Russian", () => {
    const said = (locale: Locale, id: string, at: (days: number[]) => number) => {
      const compact = view(locale).explorer.find((l) => l.id === id);
      if (!compact) throw new Error(id);
      const line = expandLine(compact);
      return readout(line, at(line.days), readoutWords(locale))?.source ?? "";
    };
    const last = (days: number[]) => days.length - 1;
    const gap = "[\u00a0\u202f]";
    // The General Staff's tally of 8 Aug 2026: 12 251 tanks, a number ending in 51.
    expect(said("uk", "gs-russian-armour", last)).toMatch(new RegExp(`: 12${gap}251 танк \\+ 25${gap}099 бойових броньованих машин$`));
    expect(said("ru", "gs-russian-armour", last)).toMatch(new RegExp(`: 12${gap}251 танк \\+ 25${gap}099 боевых бронированных машин$`));
    // Oryx of 31 Mar 2022: 352 tanks, 244 armoured fighting vehicles, 81 armoured personnel carriers.
    const march = (days: number[]) => days.findIndex((d) => new Date(d * 86_400_000).toISOString().startsWith("2022-03-31"));
    expect(said("uk", "oryx-russian-armour", march)).toMatch(/: 352 танки \+ 244 бойові броньовані машини \+ 346 бойових машин піхоти \+ 81 бронетранспортер$/);
    expect(said("ru", "oryx-russian-armour", march)).toMatch(/: 352 танка \+ 244 боевые бронированные машины \+ 346 боевых машин пехоты \+ 81 бронетранспортер$/);
  });

  it("embeds in Ukrainian: lang, words, the edition's links, within 15 KB of gzip", () => {
    const doc = embedDocument(model("uk"));
    expect(doc).toContain('<html lang="uk"');
    expect(doc).toContain("Отримати дані");
    expect(doc).toContain('href="/uk/charts/armour-claims.csv"');
    expect(doc).toContain('href="/uk/compare/armour-claims"');
    expect(doc).not.toContain("Get the data");
    expect(gzipSync(doc).length).toBeLessThanOrEqual(15 * 1024);
  });

  it("answers oEmbed for a /ru/ page in Russian, with the Russian embed in its iframe", () => {
    const origin = "https://counterclaim.example";
    const answer = answerOEmbed({ url: `${origin}/ru/compare/${SLUG}` }, [origin], (slug, locale) => (slug === SLUG ? model(locale) : undefined));
    if (answer.status !== 200) throw new Error(JSON.stringify(answer.body));
    expect(answer.body.title).toMatch(/^Уничтоженная бронетехника/);
    expect(answer.body.html).toContain(`src="${origin}/ru/embed/${SLUG}"`);
    expect(answer.body.html).toContain('title="График: Уничтоженная');
    expect(answer.body.provider_url).toBe(`${origin}/ru`);
    expect(answer.body.thumbnail_url).toBe(`${origin}/ru/charts/${SLUG}.png`);
  });

  it("names its CSV columns in Ukrainian; the data values keep their form", () => {
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    const [header, first] = seriesChartCsv(view("uk").chart, sources).split("\n");
    expect(header?.startsWith("лінія,назва лінії,обчислено,автор заяви")).toBe(true);
    expect(first?.startsWith("ru-mod-ukrainian-armour,")).toBe(true);
    const [english] = seriesChartCsv(view("en").chart, sources).split("\n");
    expect(english?.startsWith("line,lineLabel,derived,claimant")).toBe(true);
  });
});
