import { describe, expect, it } from "vitest";
import { loadDataset } from "../dataset/load";
import { quoteView } from "../claims-table/rows";
import { claimedWords, statedWords } from "../claims-table/words";
import { translator } from "../i18n/translate";
import { type Source, sourceLanguage } from "../model/sources";
import { dayPageView } from "./day-views";
import { claimantsView, claimsPageView, sourcesView } from "./views";

const nbsp = (s: string | undefined) => s?.replace(/\s/g, " ");

describe("the claims table in Ukrainian and Russian", () => {
  const uk = claimsPageView(1, "uk");
  const en = claimsPageView(1, "en");

  it("holds the same claims in the same order as the English, in the edition's words", () => {
    expect(uk?.rows.map((r) => r.id)).toEqual(en?.rows.map((r) => r.id));
    expect(uk?.paging).toEqual(en?.paging);
    const names = new Set(uk?.claimants.map((c) => c.label));
    expect(names).toContain("Генеральний штаб Збройних Сил України");
    expect(claimsPageView(1, "ru")?.claimants.map((c) => c.label)).toContain("Министерство обороны России");
    expect(uk?.topics.find((t) => t.value === "control")?.label).toBe("Заяви про контроль (без цифри)");
  });

  it("counts claims with each language's plural forms", () => {
    const t = translator("uk");
    expect(t("claims.page.status", { count: 60398, onPage: 100 }).replace(/\s/g, " ")).toBe("Усього 60 398 заяв, на цій сторінці 100 заяв.");
    expect(t("claims.page.status", { count: 21, onPage: 2 })).toBe("Усього 21 заява, на цій сторінці 2 заяви.");
    expect(translator("ru")("claims.found.count", { count: 3 })).toBe("Подходят 3 заявления.");
    expect(translator("ru")("claims.found.count", { count: 1 })).toBe("Подходит 1 заявление.");
    expect(translator("en")("claims.found.count", { count: 1 })).toBe("1 claim matches.");
  });

  it("keeps every figure and qualifier: 'more than' is «понад» and «более», never dropped", () => {
    const claim = loadDataset().claims.find((c) => c.kind === "figure" && c.qualifier === "more-than");
    if (!claim || claim.kind !== "figure" || claim.qualifier !== "more-than") throw new Error("the dataset has a 'more than' figure");
    const n = claim.value;
    expect(nbsp(claimedWords(claim, "uk"))).toBe(`понад ${nbsp(n.toLocaleString("uk", n >= 1000 ? { maximumFractionDigits: 0 } : {}))}`);
    expect(claimedWords(claim, "ru").startsWith("более ")).toBe(true);
    expect(claimedWords(claim, "en").startsWith("more than ")).toBe(true);
  });

  it("writes dates by Intl, the precision kept", () => {
    expect(statedWords({ date: "2024-12-31", precision: "day" }, "uk")).toBe("31 груд. 2024 р.");
    expect(statedWords({ date: "2024-12-31", precision: "by" }, "ru")).toBe("не позднее 31 дек. 2024 г.");
    expect(statedWords({ date: "2022-03-02", precision: "before" }, "en")).toBe("before 2 Mar 2022");
  });
});

describe("quotes: as published, our English translation labelled as ours", () => {
  // A report of the dataset in the language asked (a Ukrainian one made from the Russian, the dataset has none).
  const russian = loadDataset().sources.find((s) => s.kind === "report" && sourceLanguage(s) === "ru");
  const english = loadDataset().sources.find((s) => s.kind === "report" && sourceLanguage(s) === "en");
  const report = (language: string): Source | undefined => (language === "en" ? english : russian && russian.kind === "report" ? { ...russian, language } : undefined);
  const translation = { text: "more than 470 tanks" };

  it("shows no translation where the edition's language is the quote's", () => {
    expect(quoteView("понад 470 танків", report("uk"), translation, "uk").translation).toBeUndefined();
    expect(quoteView("более 470 танков", report("ru"), translation, "ru").translation).toBeUndefined();
  });

  it("elsewhere shows the English translation we have, saying in the edition's language that it is ours and that there is none in that language", () => {
    const uk = quoteView("более 470 танков", report("ru"), translation, "uk");
    expect(uk.quote).toBe("более 470 танков");
    expect(uk.translation?.text).toBe("more than 470 tanks");
    expect(uk.translation?.label).toMatch(/^Наш переклад англійською, не слова джерела \(мова оригіналу: російська\); українського перекладу немає:$/);
    expect(quoteView("понад 470 танків", report("uk"), translation, "ru").translation?.label).toContain("русского перевода нет");
    expect(quoteView("более 470 танков", report("ru"), translation, "en").translation?.label).toBe("Counterclaim’s translation, not the source’s words (from Russian):");
  });

  it("never translates a quote in English, in any edition", () => {
    expect(quoteView("more than 470 tanks", report("en"), undefined, "uk").translation).toBeUndefined();
  });
});

describe("a day in Ukrainian and Russian: 1 May 2023", () => {
  const uk = dayPageView("2023-05-01", "uk");
  const armour = uk.topics.find((t) => t.id === "armour");

  it("matches the same claims to the topic's lines as the English does", () => {
    const en = dayPageView("2023-05-01", "en");
    const ids = (v: typeof en) => v.topics.flatMap((t) => t.lines.flatMap((l) => l.figures.map((f) => f.row.id)));
    expect(ids(uk)).toEqual(ids(en));
    expect(uk.others.map((r) => r.id)).toEqual(en.others.map((r) => r.id));
  });

  it("writes the day's figures, names and dates in Ukrainian", () => {
    const gs = armour?.lines.find((l) => l.id === "gs-russian-armour");
    expect(gs?.figures.map((f) => [f.metric, nbsp(f.row.claimed), f.row.stated])).toEqual([
      ["Танки", "3 700", "1 трав. 2023 р."],
      ["Бойові броньовані машини", "7 192", "1 трав. 2023 р."],
    ]);
    expect(gs?.figures[0]?.row.claimant).toBe("Генеральний штаб Збройних Сил України");
    expect(uk.claimHref("x")).toMatch(/^\/uk\/claims/);
    expect(translator("uk")("pages.day.title", { date: "1 трав. 2023 р." })).toBe("Що заявила кожна сторона 1 трав. 2023 р.");
  });
});

describe("claimants and sources in the editions", () => {
  it("names each claimant as it names itself, and keeps anchors the same in every edition", () => {
    const ru = claimantsView("ru");
    expect(ru.map((c) => c.claimant.id)).toEqual(claimantsView("en").map((c) => c.claimant.id));
    expect(ru.find((c) => c.claimant.id === "ru-defence-ministry")?.claimant.name).toBe("Министерство обороны России");
    expect(sourcesView("uk").groups.map((g) => g.slug)).toEqual(sourcesView("en").groups.map((g) => g.slug));
    expect(sourcesView("uk").groups.at(-1)?.name).toBe("Кілька авторів заяв");
  });
});
