import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Claim } from "../model/claims";
import { needsTranslation } from "../model/languages";
import { sourceLanguage } from "../model/sources";
import { formatError } from "./errors";
import { checkDataDir } from "./load";
import { DATA_DIR, DEFAULT_SOURCES_DIR, RU_DEFENCE_MINISTRY_REPORTS_DIR } from "./read";

// The reports stay in ../shared/reports/ru-defence-ministry: this test reads them there and never copies them.
describe("the Russian Defence Ministry's claims, against ../shared/reports/ru-defence-ministry", () => {
  const report = checkDataDir({ dataDir: DATA_DIR, sourcesDir: [DEFAULT_SOURCES_DIR, RU_DEFENCE_MINISTRY_REPORTS_DIR] });
  const dataset = report.dataset;
  const sources = dataset?.sources.filter((s) => s.id.startsWith("rumod-")) ?? [];
  const ids = new Set(sources.map((s) => s.id));
  const claims = dataset?.claims.filter((c) => ids.has(c.sourceId)) ?? [];
  const relayedIn = (c: Claim) => [c.sourceId, ...(c.alsoIn ?? []).map((r) => r.sourceId)];
  const find = (sourceId: string, metric: string) => claims.find((c) => c.sourceId === sourceId && c.kind === "figure" && c.metric === metric);

  it("has every report of the folder as a source, and validates", () => {
    expect(existsSync(RU_DEFENCE_MINISTRY_REPORTS_DIR)).toBe(true);
    const files = readdirSync(RU_DEFENCE_MINISTRY_REPORTS_DIR).filter((f) => f.endsWith(".txt"));
    expect(files).toHaveLength(55);
    expect(sources.map((s) => s.file).sort()).toEqual(files.sort());
    expect(report.errors.map(formatError)).toEqual([]);
  });

  it("verifies every quote, and every relay's quote, at its offsets in its report", () => {
    expect(report.quotes.missingTexts).toEqual([]);
    expect(report.quotes.unverified).toBe(0);
    expect(report.quotes.verified).toBe(dataset?.claims.filter((c) => c.locator.kind === "text").length);
    expect(claims.length).toBeGreaterThan(300);
  });

  it("gives every quote from a report not in English Counterclaim's English translation, and none to English ones", () => {
    const bySource = new Map(sources.map((s) => [s.id, s]));
    const quotes = claims.flatMap((c) => [
      { id: c.id, sourceId: c.sourceId, translation: c.translation },
      // A relay in a compiled table (The Economist's estimates) is a cell, not a quote in a report.
      ...(c.alsoIn ?? []).filter((r) => r.locator.kind === "text").map((r) => ({ id: `${c.id} in ${r.sourceId}`, sourceId: r.sourceId, translation: r.translation })),
    ]);
    const foreign = quotes.filter((q) => {
      const source = bySource.get(q.sourceId);
      return source !== undefined && needsTranslation(sourceLanguage(source));
    });
    expect(foreign.length).toBeGreaterThan(100);
    for (const q of quotes) {
      const source = bySource.get(q.sourceId);
      expect(source, q.id).toBeDefined();
      if (!source) continue;
      if (needsTranslation(sourceLanguage(source))) expect(q.translation, q.id).toMatchObject({ language: "en", by: "counterclaim" });
      else expect(q.translation, q.id).toBeUndefined();
    }
    expect(new Set(sources.map((s) => s.language))).toEqual(new Set(["en", "ru", "pt", "fr", "zh-Hant", "zh-Hans", "ar", "hi", "tr", "es", "id"]));
  });

  it("holds the Ministry's totals for at least 40 distinct days of 2022–2025", () => {
    const days = new Set(
      claims.filter((c) => c.claimantId === "ru-defence-ministry" && c.statedOn.date >= "2022-01-01" && c.statedOn.date <= "2025-12-31").map((c) => c.statedOn.date),
    );
    expect(days.size).toBeGreaterThanOrEqual(40);
  });

  it("says what the texts say on the spot-checked days", () => {
    expect(find("rumod-2022-02-27-tass", "tanks-and-other-armoured-combat-vehicles")).toMatchObject({
      value: 254, stated: "254", quote: "254 tanks and other armored vehicles", statedOn: { date: "2022-02-27", precision: "day" }, subject: "Ukrainian losses",
    });
    // "31 planes on the ground" is its own category, not the Ministry's later "aircraft".
    expect(find("rumod-2022-02-27-tass", "planes-on-the-ground")).toMatchObject({ value: 31 });
    expect(find("rumod-2022-02-27-tass", "aircraft")).toBeUndefined();
    expect(find("rumod-2023-05-01-tass", "tanks-and-other-armoured-combat-vehicles")).toMatchObject({
      value: 8927, stated: "8,927", quote: "8,927 tanks and other armored combat vehicles", statedOn: { date: "2023-05-01", precision: "day" },
    });
    expect(find("rumod-2024-04-25-sputnik-zh", "tanks-and-other-armoured-combat-vehicles")).toMatchObject({
      value: 15831, stated: "15831", quote: "15831輛坦克和其他裝甲戰車", statedOn: { date: "2024-04-25", precision: "by" },
      translation: { text: "15,831 tanks and other armoured combat vehicles" },
    });
  });

  it("records each relayed briefing once, with the second report as a relay", () => {
    const relayed = claims.filter((c) => c.alsoIn);
    expect(new Set(relayed.flatMap((c) => c.alsoIn?.map((r) => r.sourceId) ?? []))).toEqual(
      new Set(["rumod-2022-05-22-tasnim", "rumod-2023-02-17-rmol", "rumod-2023-08-28-spotlightnepal", "rumod-2023-01-04-aninews", "economist-estimates"]),
    );
    // The Economist's row for the 19 Dec 2023 total is the same statement: a relay, its cell named.
    expect(claims.find((c) => c.id === "rumod-2023-12-19-tass-ru-personnel-losses")?.alsoIn).toEqual([
      { sourceId: "economist-estimates", quote: "383000", locator: { kind: "cell", record: "2023-12-19/Russian Ministry of Defense/ukraine/casualties", field: "estimate" } },
    ]);
    for (const sourceId of ["rumod-2022-05-22-tasnim", "rumod-2023-02-17-rmol"]) {
      expect(claims.filter((c) => c.sourceId === sourceId)).toEqual([]);
      expect(claims.filter((c) => relayedIn(c).includes(sourceId))).toHaveLength(8);
    }
    // One claim per category and day, however many reports relayed it (two briefings on one day are two claims, and say so).
    const key = (c: Claim) => (c.kind === "figure" && c.qualifier !== "vague" ? `${c.metric}|${c.subject}|${c.statedOn.date}|${c.value}` : c.id);
    const keys = claims.filter((c) => !c.doubts?.some((d) => d.kind === "two-briefings-one-day")).map(key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it("records the doubts found reading the reports side by side, as data on the claims", () => {
    const kinds = (sourceId: string, metric?: string) =>
      claims.filter((c) => c.sourceId === sourceId && (!metric || (c.kind === "figure" && c.metric === metric))).map((c) => (c.doubts ?? []).map((d) => d.kind));
    expect(kinds("rumod-2022-07-24-tass", "special-military-vehicles")).toEqual([["falls-below-earlier"]]);
    for (const ds of kinds("rumod-2024-05-10-sputnik-hi")) expect(ds).toContain("stale-relay");
    for (const ds of [...kinds("rumod-2022-04-04-sputniknews"), ...kinds("rumod-2022-04-05-urdupoint")]) expect(ds).toContain("two-briefings-one-day");
    expect(kinds("rumod-2024-04-25-sputnik-zh", "drones")).toEqual([["outlier"]]);
    expect(kinds("rumod-2024-04-25-sputnik-zh", "aircraft")).toEqual([[]]);
    for (const id of ["rumod-2022-11-23-pravda-fr", "rumod-2022-04-27-interfax-russia", "rumod-2023-12-19-tass-ru", "rumod-2023-12-24-tass", "rumod-2024-12-24-rtbrasil", "rumod-2025-12-10-haberler"]) {
      for (const ds of kinds(id)) expect(ds, id).toContain("date-inferred");
    }
    for (const id of ["rumod-2023-12-19-tass-ru", "rumod-2023-12-20-trud"]) expect(kinds(id).flat(), id).toContain("reworded-by-outlet");
    expect(kinds("rumod-2024-09-16-infobae").filter((ds) => ds.includes("reworded-by-outlet"))).toHaveLength(2);
    expect(kinds("rumod-2022-09-28-euroweeklynews", "tanks-and-other-armoured-combat-vehicles")).toEqual([["reworded-by-outlet"]]);
    expect(kinds("rumod-2025-12-03-lenta", "tanks-and-other-armoured-combat-vehicles")).toEqual([["reworded-by-outlet"]]);
    for (const id of ["rumod-2025-11-30-wtat", "rumod-2024-12-30-newsfront-fr"]) for (const ds of kinds(id)) expect(ds, id).toContain("garbled-outlet");
  });

  it("keeps apart figures that cover only part of the war, so a series of running totals can leave them out", () => {
    const partial = claims.filter((c) => c.period?.sinceStart === false).map((c) => c.id);
    expect(partial.sort()).toEqual([
      "rumod-2023-01-02-novayagazeta-soldiers-killed",
      "rumod-2023-01-04-aninews-soldiers-killed",
      "rumod-2025-04-02-sputnik-ar-personnel-losses",
      "rumod-2025-04-02-sputnik-ar-personnel-losses-2024",
      "rumod-2025-04-02-sputnik-ar-personnel-losses-kursk",
    ]);
    expect(claims.filter((c) => c.subject === "Russian losses").length).toBeGreaterThanOrEqual(6);
    expect(new Set(claims.map((c) => c.subject))).toEqual(new Set(["Ukrainian losses", "Russian losses"]));
  });
});
