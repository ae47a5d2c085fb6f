import { describe, expect, it } from "vitest";
import { claimantIn, ClaimantsFile } from "./claimants";
import { Comparison, comparisonIn, ComparisonFile } from "./comparisons";
import { doubtIn } from "./doubts";
import { metricInfo, metricName } from "./metric-names";
import { Topic, topicIn } from "./topics";
import { textGaps } from "./translations";

const line = { id: "a", claimantId: "north", subject: "Russian losses", metric: "tanks", label: "Tanks", about: "Russian tanks." };
const series = {
  slug: "s",
  kind: "series",
  title: "Tanks",
  summary: "Tanks, two ways.",
  notes: ["One note."],
  methodology: "Each point a claim.",
  lines: [line],
  span: { from: "2022-02-24" },
  comparability: ["Counted apart."],
  ratio: { numerator: "a", denominator: "a", label: "Tanks for each tank" },
  translations: {
    uk: { title: "Танки", summary: "Танки двома способами.", notes: ["Одна примітка."], methodology: "Кожна точка — заява.", lines: { a: { label: "Танки", about: "Російські танки." } }, comparability: ["Рахуються окремо."], ratio: { label: "Танків на кожен танк" } },
    ru: { title: "Танки", summary: "Танки двумя способами.", notes: ["Одно примечание."], methodology: "Каждая точка — заявление.", lines: { a: { label: "Танки", about: "Российские танки." } }, comparability: ["Считаются отдельно."], ratio: { label: "Танков на каждый танк" } },
  },
};

describe("textGaps: a translation has the English text's shape", () => {
  it("finds nothing when every text is there, in lists of the same length and maps with the same keys", () => {
    expect(textGaps({ a: "x", b: ["y", "z"], c: { k: { label: "l" } } }, { a: "х", b: ["у", "з"], c: { k: { label: "л" } } })).toEqual([]);
  });

  it("names each missing, empty, extra or misshapen text by its path", () => {
    expect(textGaps({ a: "x", b: ["y", "z"], c: { k: { label: "l" } }, e: { label: "l" } }, { a: " ", b: ["у"], c: { j: { label: "л" } }, d: "extra", e: "л" })).toEqual([
      { path: ["a"], expected: "a translation of the English text" },
      { path: ["b"], expected: "a list of 2, one item for each English one, in the same order" },
      { path: ["c", "k"], expected: "a translation of the English text" },
      { path: ["c", "j"], expected: "nothing (the English has no such text)" },
      { path: ["e"], expected: "an object, like the English text's" },
      { path: ["d"], expected: "nothing (the English has no such text)" },
    ]);
  });
});

describe("the schemas require both translations and check their shape", () => {
  it("accepts a comparison whose translations match its English", () => {
    expect(ComparisonFile.safeParse(series).success).toBe(true);
  });

  it("refuses a comparison file with no translations, or one missing a note, naming the field", () => {
    const { translations: _t, ...bare } = series;
    const missing = ComparisonFile.safeParse(bare);
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => i.path.join("."))).toEqual(["translations"]);
    const short = ComparisonFile.safeParse({ ...series, translations: { ...series.translations, ru: { ...series.translations.ru, notes: [] } } });
    expect(short.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["translations.ru.notes", "a list of 1, one item for each English one, in the same order"]]);
    const noLine = ComparisonFile.safeParse({ ...series, translations: { ...series.translations, uk: { ...series.translations.uk, lines: {} } } });
    expect(noLine.error?.issues.map((i) => i.path.join("."))).toEqual(["translations.uk.lines.a"]);
  });

  it("refuses a claimant whose names lack a field its English has", () => {
    const claimant = { id: "north", name: "Northern Ministry", shortName: "North", kind: "ministry", side: "ukraine" };
    const names = { uk: { name: "Північне міністерство", shortName: "Північ" }, ru: { name: "Северное министерство" } };
    const parsed = ClaimantsFile.safeParse([{ ...claimant, names }]);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["0.names.ru.shortName"]);
  });
});

describe("the accessors give the same object in the reader's language", () => {
  const comparison = Comparison.parse(series);
  if (comparison.kind !== "series") throw new Error("a series comparison");

  it("comparisonIn: English unchanged; uk and ru text replaced, ids, subjects and numbers kept", () => {
    expect(comparisonIn(comparison, "en")).toBe(comparison);
    const uk = comparisonIn(comparison, "uk");
    expect(uk).toMatchObject({ slug: "s", kind: "series", title: "Танки", summary: "Танки двома способами.", notes: ["Одна примітка."], comparability: ["Рахуються окремо."], span: { from: "2022-02-24" } });
    expect(uk.kind === "series" && uk.lines[0]).toEqual({ ...comparison.lines[0], label: "Танки", about: "Російські танки." });
    expect(uk.kind === "series" && uk.ratio).toEqual({ numerator: "a", denominator: "a", label: "Танків на кожен танк", maxLagDays: 0 });
    expect(comparisonIn(comparison, "ru").summary).toBe("Танки двумя способами.");
  });

  it("topicIn: names, titles and lines in the language; the lines' ids and subjects kept", () => {
    const { slug: _s, kind: _k, span: _sp, ratio: _r, translations, ...rest } = series;
    const text = ({ ratio: _ratio, ...t }: typeof translations.uk) => ({ ...t, name: "Танки" });
    const topic = Topic.parse({ ...rest, id: "tanks", name: "Tanks", translations: { uk: text(translations.uk), ru: text(translations.ru) } });
    expect(topicIn(topic, "en")).toBe(topic);
    const ru = topicIn(topic, "ru");
    expect(ru.name).toBe("Танки");
    expect(ru.lines[0]).toMatchObject({ id: "a", subject: "Russian losses", label: "Танки", about: "Российские танки." });
  });

  it("claimantIn and metricName", () => {
    const [claimant] = ClaimantsFile.parse([
      { id: "gs", name: "General Staff", shortName: "GS", kind: "armed-forces", side: "ukraine", names: { uk: { name: "Генеральний штаб", shortName: "Генштаб" }, ru: { name: "Генеральный штаб", shortName: "Генштаб" } } },
    ]);
    if (!claimant) throw new Error("no claimant");
    expect(claimantIn(claimant, "en")).toBe(claimant);
    expect(claimantIn(claimant, "uk")).toMatchObject({ id: "gs", name: "Генеральний штаб", shortName: "Генштаб", side: "ukraine" });
    expect(metricName("tanks", "en")).toBe("Tanks");
    expect(metricName("tanks", "uk")).toBe("Танки");
    expect(metricInfo("tanks", "ru")).toEqual({ label: "Танки", unit: "танков" });
    const doubt = { kind: "stale-relay" as const, note: "Repeats 1 Mar", translations: { uk: { note: "Повторює 1 березня" }, ru: { note: "Повторяет 1 марта" } } };
    expect(doubtIn(doubt, "en")).toBe(doubt);
    expect(doubtIn(doubt, "ru")).toEqual({ ...doubt, note: "Повторяет 1 марта" });
  });
});
