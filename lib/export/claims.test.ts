import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { checkDataDir, loadDataset } from "../dataset/load";
import { FIXTURE_TEXTS, FIXTURES } from "../dataset/testing";
import type { Dataset } from "../dataset/validate";
import { shapeFigureChart } from "../chart/figures";
import { CHART_CSV_COLUMNS, CSV_COLUMNS, ClaimsExport, claimsCsv, claimsExport, claimsJsonSchema, figureChartCsv, neutraliseFormula } from "./claims";

function fixtureDataset(): Dataset {
  const dataset = checkDataDir({ dataDir: join(FIXTURES, "valid"), sourcesDir: FIXTURE_TEXTS }).dataset;
  if (!dataset) throw new Error("the valid fixture should validate");
  return dataset;
}

describe("claims.json", () => {
  it("parses back through the zod schema after a JSON round trip", () => {
    const json = JSON.parse(JSON.stringify(claimsExport(fixtureDataset(), new Date("2024-05-07T10:00:00Z"))));
    const parsed = ClaimsExport.parse(json);
    expect(parsed.dataset).toEqual({ title: "Test dataset", version: "0.0.1", generated: "2024-05-07T10:00:00.000Z" });
    expect(parsed.claims.map((c) => c.id)).toEqual(["north-drones", "south-drones", "north-testville"]);
  });

  it("is rejected by the schema when a claim loses its quote", () => {
    const json = JSON.parse(JSON.stringify(claimsExport(fixtureDataset(), new Date())));
    delete json.claims[0].quote;
    expect(ClaimsExport.safeParse(json).success).toBe(false);
  });
});

describe("schema.json", () => {
  it("is JSON Schema generated from the zod schema, requiring each claim's quote", () => {
    const schema = claimsJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(JSON.stringify(schema)).toContain('"quote"');
    expect((schema.required as string[]).sort()).toEqual(["claimants", "claims", "dataset", "sources"]);
  });
});

describe("claims.csv", () => {
  it("has one row a claim, with claimant and source columns, and parses back", () => {
    const rows: Record<string, string>[] = parse(claimsCsv(fixtureDataset()), { columns: true });
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    expect(rows[0]).toMatchObject({ id: "north-drones", claimant: "Northern Ministry", qualifier: "more-than", value: "12", quote: "it had shot down more than 12 drones", sourcePublisher: "not identified" });
    expect(rows[2]).toMatchObject({ kind: "control", place: "Testville", status: "ukrainian-control", value: "" });
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(neutraliseFormula("=HYPERLINK(\"x\")")).toBe("'=HYPERLINK(\"x\")");
    expect(["+1", "-1", "@SUM(A1)"].map(neutraliseFormula)).toEqual(["'+1", "'-1", "'@SUM(A1)"]);
    expect(neutraliseFormula("more than 470")).toBe("more than 470");
  });
});

describe("a chart's CSV", () => {
  it("has one row a bar, parses back, and says 'not reported' rather than zero", () => {
    const dataset = fixtureDataset();
    const comparison = dataset.comparisons[0];
    if (!comparison || comparison.kind !== "figures") throw new Error("figures expected");
    // Take the southern figure away: that bar becomes "not reported".
    const chart = shapeFigureChart({ ...comparison, categories: comparison.categories.map((c) => ({ ...c, claims: { north: "north-drones" } })) }, dataset);
    const rows: Record<string, string>[] = parse(figureChartCsv(chart), { columns: true });
    expect(Object.keys(rows[0] ?? {})).toEqual([...CHART_CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ category: "Drones", claimant: "Northern Ministry", claimId: "north-drones", sourceId: "test-report" });
    expect(Number(rows[0]?.value)).toBeGreaterThan(0);
    expect(rows[1]).toMatchObject({ claimant: "Southern Agency", figure: "not reported", value: "" });
  });

  it("neutralises formulas in a quote", () => {
    const dataset = fixtureDataset();
    const claim = dataset.claims.find((c) => c.id === "north-drones");
    if (claim) claim.quote = "=HYPERLINK(\"http://evil\")";
    const comparison = dataset.comparisons[0];
    if (!comparison || comparison.kind !== "figures") throw new Error("figures expected");
    const rows: Record<string, string>[] = parse(figureChartCsv(shapeFigureChart(comparison, dataset)), { columns: true });
    expect(rows[0]?.quote).toBe("'=HYPERLINK(\"http://evil\")");
  });
});

describe("the export of the real dataset: languages, translations and relays", () => {
  const dataset = loadDataset();
  const exported = ClaimsExport.parse(JSON.parse(JSON.stringify(claimsExport(dataset, new Date("2026-01-02T00:00:00Z")))));
  const csv: Record<string, string>[] = parse(claimsCsv(dataset), { columns: true });

  it("gives every source its language in claims.json, English included", () => {
    expect(exported.sources.every((s) => typeof s.language === "string")).toBe(true);
    expect(exported.sources.find((s) => s.id === "rumod-2022-04-27-interfax-russia")?.language).toBe("ru");
    expect(exported.sources.find((s) => s.id === "reuters-2022-03-03-kyiv-kharkiv")?.language).toBe("en");
  });

  it("carries the verbatim quote and Counterclaim's translation, marked as such, in JSON and CSV", () => {
    const id = "rumod-2022-04-27-interfax-russia-tanks-and-other-armoured-combat-vehicles";
    expect(exported.claims.find((c) => c.id === id)).toMatchObject({
      quote: "2616 танков и других боевых бронированных машин",
      translation: { language: "en", text: "2,616 tanks and other armoured combat vehicles", by: "counterclaim" },
    });
    expect(csv.find((r) => r.id === id)).toMatchObject({
      quote: "2616 танков и других боевых бронированных машин",
      quoteLanguage: "ru",
      translation: "2,616 tanks and other armoured combat vehicles",
      translationBy: "counterclaim",
    });
    expect(csv.find((r) => r.id === "rumod-2023-05-01-tass-tanks-and-other-armoured-combat-vehicles")).toMatchObject({ quoteLanguage: "en", translation: "", translationBy: "" });
  });

  it("writes a claim relayed by two reports once, listing its relay, in JSON and CSV", () => {
    const relayed = exported.claims.filter((c) => c.sourceId === "rumod-2022-05-22-tasnim" || c.alsoIn?.some((r) => r.sourceId === "rumod-2022-05-22-tasnim"));
    expect(relayed).toHaveLength(8);
    expect(relayed.every((c) => c.sourceId === "rumod-2022-05-22-urdupoint")).toBe(true);
    const rows = csv.filter((r) => r.alsoInSourceIds === "rumod-2022-05-22-tasnim");
    expect(rows.map((r) => r.id)).toEqual(relayed.map((c) => c.id));
    expect(csv).toHaveLength(dataset.claims.length);
  });

  it("carries each claim's doubts in CSV", () => {
    expect(csv.find((r) => r.id === "rumod-2024-04-25-sputnik-zh-drones")).toMatchObject({ doubtKinds: "outlier" });
    expect(csv.find((r) => r.id === "rumod-2023-12-19-tass-ru-aircraft")?.doubtKinds).toBe("date-inferred | reworded-by-outlet");
  });
});

describe("a comparison of a briefing relayed by two reports", () => {
  it("draws each figure once and names the report it is recorded on", () => {
    const dataset = loadDataset();
    const relayed = dataset.claims.filter((c) => c.alsoIn?.some((r) => r.sourceId === "rumod-2022-05-22-tasnim"));
    const chart = shapeFigureChart(
      {
        slug: "test-relayed", kind: "figures", title: "t", summary: "s", notes: [], methodology: "m",
        series: [{ claimantId: "ru-defence-ministry", about: "Ukrainian losses" }],
        categories: relayed.map((c) => ({ id: c.id, label: c.id, claims: { "ru-defence-ministry": c.id } })),
      },
      dataset,
    );
    expect(chart.rows).toHaveLength(8);
    expect(chart.rows.every((r) => r.cells.filter((cell) => cell.kind !== "not-reported").length === 1)).toBe(true);
    const rows: Record<string, string>[] = parse(figureChartCsv(chart), { columns: true });
    expect(rows).toHaveLength(8);
    expect(new Set(rows.map((r) => r.sourceId))).toEqual(new Set(["rumod-2022-05-22-urdupoint"]));
  });
});
