import { describe, expect, it } from "vitest";
import { PREFIXED_LOCALES, type TranslatedLocale } from "../i18n/locales";
import { CLAIMANT_KIND_LABELS, CLAIMANT_KIND_LABELS_TRANSLATED, claimantText, ClaimantsFile, SIDE_LABELS, SIDE_LABELS_TRANSLATED } from "../model/claimants";
import { CONTROL_STATUS_LABELS, CONTROL_STATUS_LABELS_TRANSLATED, METRIC_INFO, QUALIFIER_LABELS, QUALIFIER_LABELS_TRANSLATED } from "../model/claims";
import { comparisonText, ComparisonFile } from "../model/comparisons";
import { DOUBT_LABELS, DOUBT_LABELS_TRANSLATED } from "../model/doubts";
import { METRIC_INFO_TRANSLATED } from "../model/metric-names";
import { ARMY_LABEL, ARMY_LABEL_TRANSLATED, Topic, topicText } from "../model/topics";
import { tableSourceIn, tableSourceText } from "../model/tables";
import { missingTerms, placeIn, subjectIn, Terms } from "../model/terms";
import { TableSourceFile } from "../tables/read";
import { DATA_DIR, readDataDir } from "./read";
import { validateDataset } from "./validate";

/** The real data folder, read once; the tests below change one file in memory. */
const { raw } = readDataDir(DATA_DIR);
const none = () => undefined;

/** A text and its translation, with where it stands. */
interface Pair {
  where: string;
  locale: TranslatedLocale;
  en: string;
  text: string;
}

/** Every text of `english` beside the one at the same place in `translated` (shapes are the schemas' job). */
function pairs(where: string, locale: TranslatedLocale, english: unknown, translated: unknown): Pair[] {
  if (typeof english === "string") return [{ where, locale, en: english, text: typeof translated === "string" ? translated : "" }];
  if (Array.isArray(english)) return english.flatMap((item, i) => pairs(`${where}.${i}`, locale, item, Array.isArray(translated) ? translated[i] : undefined));
  if (english && typeof english === "object") {
    const t = (translated ?? {}) as Record<string, unknown>;
    return Object.entries(english).flatMap(([key, value]) => pairs(`${where}.${key}`, locale, value, t[key]));
  }
  return [];
}

const comparisons = raw.comparisons.map((f) => ({ path: f.path, parsed: ComparisonFile.parse(f.json) }));
const topics = (raw.topics ?? []).map((f) => ({ path: f.path, parsed: Topic.parse(f.json) }));
const claimants = ClaimantsFile.parse(raw.claimants.json);
const terms = Terms.parse(raw.terms?.json);
const tableSources = (raw.tableSources ?? []).map((f) => ({ path: f.path, source: TableSourceFile.parse(f.json).source }));
/** Every doubt recorded on a claim in data/sources, with its claim's id. */
const doubts = raw.sources.flatMap((f) => {
  const claims = (f.json as { claims: { id: string; doubts?: { note: string; translations?: Record<TranslatedLocale, { note: string }> }[] }[] }).claims;
  return claims.flatMap((c) => (c.doubts ?? []).map((d, i) => ({ where: `${f.path} ${c.id} doubts.${i}`, doubt: d })));
});

/** Names that stay as they are in every language. */
const PROPER = new Set(["Oryx", "The Economist", "UALosses", "LostArmour", "CSIS", "IISS"]);

const dataPairs: Pair[] = PREFIXED_LOCALES.flatMap((locale) => [
  ...comparisons.flatMap(({ path, parsed }) => pairs(path, locale, comparisonText(parsed), parsed.translations[locale])),
  ...topics.flatMap(({ path, parsed }) => pairs(path, locale, topicText(parsed), parsed.translations[locale])),
  ...claimants.flatMap((c) => pairs(`claimants.json ${c.id}`, locale, claimantText(c), c.names?.[locale])),
  ...tableSources.flatMap(({ path, source }) => pairs(path, locale, tableSourceText(source), source.translations[locale])),
  ...doubts.flatMap(({ where, doubt }) => pairs(where, locale, { note: doubt.note }, doubt.translations?.[locale])),
  ...Object.entries(terms).flatMap(([kind, table]) => Object.entries(table).flatMap(([en, t]) => pairs(`terms.json ${kind}`, locale, en, t[locale]))),
]);
const labelPairs: Pair[] = PREFIXED_LOCALES.flatMap((locale) => [
  ...Object.entries(METRIC_INFO).flatMap(([metric, info]) => pairs(`metric ${metric}`, locale, info, METRIC_INFO_TRANSLATED[locale][metric as keyof typeof METRIC_INFO])),
  ...pairs("doubt labels", locale, DOUBT_LABELS, DOUBT_LABELS_TRANSLATED[locale]),
  ...pairs("qualifier labels", locale, QUALIFIER_LABELS, QUALIFIER_LABELS_TRANSLATED[locale]),
  ...pairs("control status labels", locale, CONTROL_STATUS_LABELS, CONTROL_STATUS_LABELS_TRANSLATED[locale]),
  ...pairs("side labels", locale, SIDE_LABELS, SIDE_LABELS_TRANSLATED[locale]),
  ...pairs("claimant kind labels", locale, CLAIMANT_KIND_LABELS, CLAIMANT_KIND_LABELS_TRANSLATED[locale]),
  ...pairs("army labels", locale, ARMY_LABEL, ARMY_LABEL_TRANSLATED[locale]),
]);
const allPairs = [...dataPairs, ...labelPairs];

/** Letters one language has and the other does not. */
const NOT_IN: Record<TranslatedLocale, RegExp> = { uk: /[ыэъёЫЭЪЁ]/, ru: /[іїєґІЇЄҐ]/ };

/** The translation without the words it carries over verbatim from the English (a quoted original word: «ліквідовано»). */
const ownWords = (p: Pair) => p.text.split(/[\s«»"(),.:;]+/).filter((word) => !p.en.includes(word)).join(" ");

describe("every reader-visible text of the data has its Ukrainian and Russian", () => {
  it("covers every comparison, topic and claimant, and every label", () => {
    expect(comparisons.length).toBeGreaterThan(0);
    expect(topics.length).toBeGreaterThan(0);
    expect(claimants.filter((c) => !c.names).map((c) => c.id)).toEqual([]);
    expect(doubts.length).toBeGreaterThan(100);
    expect(tableSources.length).toBeGreaterThan(0);
    expect(doubts.filter((d) => !d.doubt.translations).map((d) => d.where)).toEqual([]);
    expect(dataPairs.length).toBeGreaterThan(800);
    expect(labelPairs.length).toBe(2 * (2 * Object.keys(METRIC_INFO).length + 7 + 7 + 5 + 9 + 13 + 2));
  });

  it("no translation is empty, and none is the English itself unless a proper name or has no words", () => {
    const untranslated = allPairs.filter((p) => p.text.trim() === "" || (p.text === p.en && !PROPER.has(p.en) && /\p{L}/u.test(p.en)));
    expect(untranslated.map((p) => `${p.where} (${p.locale}): ${p.en}`)).toEqual([]);
  });

  it("every title and name is in Cyrillic", () => {
    const titles = allPairs.filter((p) => /\.(title|name|label)$/.test(p.where) && !PROPER.has(p.en));
    expect(titles.length).toBeGreaterThan(100);
    expect(titles.filter((p) => !/\p{Script=Cyrillic}/u.test(p.text)).map((p) => `${p.where} (${p.locale}): ${p.text}`)).toEqual([]);
  });

  it("Ukrainian texts have no Russian-only letters, Russian texts no Ukrainian-only ones", () => {
    const wrong = allPairs.filter((p) => NOT_IN[p.locale].test(ownWords(p)));
    expect(wrong.map((p) => `${p.where} (${p.locale}): ${p.text}`)).toEqual([]);
  });

  it("keeps every number of the English (grouped as Intl groups them in uk and ru)", () => {
    const numbers = (s: string) => (s.replace(/(\d)[\s\u00a0,](?=\d{3}\b)/g, "$1").match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(",", ".")).sort();
    const lost = allPairs.filter((p) => numbers(p.en).join(" ") !== numbers(p.text).join(" "));
    expect(lost.map((p) => `${p.where} (${p.locale}): ${numbers(p.en).join(" ")} → ${numbers(p.text).join(" ")}`)).toEqual([]);
  });
});

describe("table sources in each language", () => {
  it("tableSourceIn gives the title, caveat and claim note in the language, the rest unchanged", () => {
    const oryx = tableSources.find((t) => t.source.id === "oryx-by-type")?.source;
    const model = tableSources.find((t) => t.source.id === "economist-model-deaths")?.source;
    if (!oryx || !model) throw new Error("no such table source");
    expect(tableSourceIn(oryx, "en")).toBe(oryx);
    expect(tableSourceIn(oryx, "uk")).toMatchObject({ id: "oryx-by-type", title: "Oryx: візуально підтверджені втрати техніки Росії та України, за типами", sha256: oryx.sha256 });
    const ru = tableSourceIn(model, "ru");
    expect(ru.layout.kind === "csv" && ru.layout.claimNote).toBe("Модельная оценка: диапазон — 95-процентный доверительный интервал модели, центральная цифра — ее оценка.");
  });
});

describe("terms: subjects and places in each language", () => {
  it("keeps the English as the key and gives each edition its words", () => {
    expect(subjectIn(terms, "Russian losses", "en")).toBe("Russian losses");
    expect(subjectIn(terms, "Russian losses", "uk")).toBe("втрати Росії");
    expect(placeIn(terms, "Kharkiv", "ru")).toBe("Харьков");
  });

  it("has words for every subject, place and part of a place the dataset's claims and lines carry", () => {
    const dataset = validateDataset(raw, none).dataset;
    if (!dataset) throw new Error("the data is not valid");
    const lines = [...dataset.topics, ...dataset.comparisons].flatMap((c) => ("lines" in c ? c.lines : []));
    expect(missingTerms(terms, dataset.claims, lines)).toEqual([]);
    const { "Russian losses": _gone, ...subjects } = terms.subjects;
    expect(missingTerms({ ...terms, subjects }, dataset.claims, lines)[0]).toMatchObject({ field: "subjects", english: "Russian losses" });
  });
});

describe("npm run validate names a missing translation precisely", () => {
  function withFile(kind: "topics" | "comparisons", stem: string, edit: (json: { translations: Record<string, Record<string, unknown>> }) => void) {
    const files = (raw[kind] ?? []).map((f) => {
      if (!f.path.endsWith(`/${stem}.json`)) return f;
      const json = structuredClone(f.json) as { translations: Record<string, Record<string, unknown>> };
      edit(json);
      return { ...f, json };
    });
    return validateDataset({ ...raw, [kind]: files }, none).errors;
  }

  it("a comparison without translations, or with a comparability note short", () => {
    expect(withFile("comparisons", "armour-claims", (j) => delete (j as Partial<typeof j>).translations)).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/comparisons\/armour-claims\.json$/), record: "armour-claims", field: "translations", found: "nothing (the field is missing)" }),
    ]);
    const short = withFile("comparisons", "armour-claims", (j) => (j.translations.ru?.comparability as string[]).pop());
    expect(short).toEqual([expect.objectContaining({ record: "armour-claims", field: "translations.ru.comparability", expected: "a list of 4, one item for each English one, in the same order", found: "a list of 3" })]);
  });

  it("a doubt whose note has no translations", () => {
    const file = raw.sources.find((f) => f.path.endsWith("rumod-2022-07-24-tass.json"));
    if (!file) throw new Error("no such source file");
    const json = structuredClone(file.json) as { claims: { id: string; doubts?: { translations?: unknown }[] }[] };
    const claim = json.claims.find((c) => c.doubts);
    delete claim?.doubts?.[0]?.translations;
    const errors = validateDataset({ ...raw, sources: raw.sources.map((f) => (f === file ? { ...f, json } : f)) }, none).errors;
    expect(errors).toEqual([expect.objectContaining({ file: file.path, record: claim?.id, field: "doubts.0.translations", found: "nothing (the field is missing)" })]);
  });

  it("a table source whose Russian lacks its caveat", () => {
    const files = (raw.tableSources ?? []).map((f) => {
      if (!f.path.endsWith("/oryx-by-type.json")) return f;
      const json = structuredClone(f.json) as { source: { translations: { ru: Record<string, unknown> } } };
      delete json.source.translations.ru.caveat;
      return { ...f, json };
    });
    const errors = validateDataset({ ...raw, tableSources: files }, none).errors;
    expect(errors[0]).toEqual(expect.objectContaining({ file: expect.stringMatching(/table-sources\/oryx-by-type\.json$/), record: "oryx-by-type", field: "translations.ru.caveat", expected: "a translation of the English text" }));
  });

  it("a topic whose Ukrainian lacks one line's text", () => {
    const errors = withFile("topics", "tanks", (j) => delete (j.translations.uk?.lines as Record<string, unknown>)["oryx-russian-tanks"]);
    expect(errors[0]).toEqual(expect.objectContaining({ file: expect.stringMatching(/topics\/tanks\.json$/), record: "tanks", field: "translations.uk.lines.oryx-russian-tanks", expected: "a translation of the English text" }));
  });
});
