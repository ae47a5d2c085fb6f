import { describe, expect, it } from "vitest";
import type { FigureClaim } from "../model/claims";
import { readout, expandLine, unitAfterValue, type CompactLine } from "./readout";
import { sumPoints } from "./series";
import { pointSource } from "./series-points";
import { readoutWords } from "./words";

/**
 * A number followed by its unit, wherever the chart's words write one: the unit agrees with the number
 * ("21 танк", "22 танки", "25 танків"), and after qualifier words that govern the genitive it is in the
 * genitive ("более 21 танка", "від 10 до 21 танка").
 */
let counter = 0;
function claim(date: string, metric: FigureClaim["metric"], value: number, qualifier: "exact" | "about" | "more-than" = "exact"): FigureClaim {
  counter += 1;
  return {
    id: `u${counter}`,
    sourceId: "gs",
    claimantId: "gs",
    kind: "figure",
    metric,
    qualifier,
    value,
    stated: String(value),
    subject: "Russian losses",
    quote: String(value),
    statedOn: { date, precision: "day" },
    locator: { kind: "cell", record: date, field: metric },
  };
}

describe("a sum's point names each part with the unit that agrees with it", () => {
  const claims = [claim("2022-03-01", "tanks", 21), claim("2022-03-01", "armoured-combat-vehicles", 22), claim("2022-03-02", "tanks", 1), claim("2022-03-02", "armoured-combat-vehicles", 5)];
  it("in Ukrainian, Russian and English", () => {
    const words = (locale: "uk" | "ru" | "en") => sumPoints(["tanks", "armoured-combat-vehicles"], claims, locale).points.map((p) => p.words);
    expect(words("uk")).toEqual(["43 (21 танк + 22 бойові броньовані машини)", "6 (1 танк + 5 бойових броньованих машин)"]);
    expect(words("ru")).toEqual(["43 (21 танк + 22 боевые бронированные машины)", "6 (1 танк + 5 боевых бронированных машин)"]);
    expect(words("en")).toEqual(["43 (21 tanks + 22 armoured combat vehicles)", "6 (1 tank + 5 armoured combat vehicles)"]);
  });

  it("after 'more than' in the case its words govern: uk понад 21 танк, ru более 21 танка", () => {
    const more = [claim("2022-03-01", "tanks", 21, "more-than"), claim("2022-03-01", "armoured-combat-vehicles", 22, "more-than")];
    expect(sumPoints(["tanks", "armoured-combat-vehicles"], more, "uk").points[0]?.words).toBe("понад 43 (понад 21 танк + понад 22 бойові броньовані машини)");
    expect(sumPoints(["tanks", "armoured-combat-vehicles"], more, "ru").points[0]?.words).toBe("более 43 (более 21 танка + более 22 боевых бронированных машин)");
  });
});

describe("a table's point in the table under the chart", () => {
  it("names each cell's figure with its agreeing unit", () => {
    const point = sumPoints(["tanks", "armoured-combat-vehicles"], [claim("2022-03-01", "tanks", 2), claim("2022-03-01", "armoured-combat-vehicles", 11)], "uk").points[0];
    if (!point) throw new Error("no point");
    const names = { publishers: new Map([["gs", "Генштаб ЗСУ"]]), tables: new Map([["gs", "Генштаб ЗСУ, щоденне зведення"]]) };
    expect(pointSource(point, names, "uk")).toMatch(/: 2 танки \+ 11 бойових броньованих машин$/);
  });
});

describe("the focus marker's readout, in the browser's code", () => {
  const tank = { one: "танк", few: "танки", many: "танків", other: "танка" };
  it("picks the agreeing form, or the genitive after words that govern it", () => {
    expect([1, 2, 5, 11, 12, 21, 22, 25, 111, 12251, 2.5].map((n) => unitAfterValue(tank, n, "uk"))).toEqual(["танк", "танки", "танків", "танків", "танків", "танк", "танки", "танків", "танків", "танк", "танка"]);
    expect([21, 22, 25, 2.5].map((n) => unitAfterValue(tank, n, "uk", true))).toEqual(["танка", "танків", "танків", "танка"]);
    expect(unitAfterValue({ one: "tank", other: "tanks" }, 1, "en-GB")).toBe("tank");
    expect(unitAfterValue("км", 21, "uk")).toBe("км");
  });

  it("a range of a table's cells agrees with its high end, in the genitive in Russian", () => {
    const compact: CompactLine = { id: "l", label: "L", colour: "#000", d: [19000], v: [10], hi: [21], q: "r", page: [1], claim: "c", cells: { name: "Модель", units: [{ one: "танк", few: "танка", many: "танков", other: "танка" }], parts: [], partsAreValues: true } };
    const said = readout(expandLine(compact), 0, readoutWords("ru"));
    expect(said?.source).toMatch(/: от 10 до 21 танка$/);
    expect(readoutWords("ru").gen).toBe("mlaur");
    expect(readoutWords("uk").gen).toBe("aur");
  });
});

describe("the gap sentence of a figure comparison", () => {
  it("says the larger figure's unit in the case its qualifier governs, from the real dataset", async () => {
    const { loadDataset } = await import("../dataset/load");
    const { shapeFigureChart } = await import("./figures");
    const dataset = loadDataset();
    const comparison = dataset.comparisons.find((c) => c.slug === "civilian-deaths");
    if (comparison?.kind !== "figures") throw new Error("civilian-deaths");
    // "more than 2,000": понад 2 000 цивільних (after понад, as after the bare number); более 2 000 мирных жителей (genitive plural).
    expect(shapeFigureChart(comparison, dataset, "uk").gap?.sentence).toMatch(/понад 2[\u00a0\u202f]000 цивільних\. /);
    expect(shapeFigureChart(comparison, dataset, "ru").gap?.sentence).toMatch(/более 2[\u00a0\u202f]000 мирных жителей\. /);
  });
});
