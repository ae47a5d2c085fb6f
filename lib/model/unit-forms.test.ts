import { describe, expect, it } from "vitest";
import { METRICS } from "./claims";
import { metricInfo, unitAfter, unitFor, unitForms } from "./metric-names";
import { formsOfUnit } from "./unit-forms";

const INVARIANT = new Set(["km", "km²", "%", "км", "км²"]);

describe("every metric's unit has every form its language needs", () => {
  it("English: one and other, other being the unit as printed", () => {
    for (const m of METRICS) {
      const { unit } = metricInfo(m, "en");
      const forms = formsOfUnit(unit, "en");
      expect(forms, `${m}: "${unit}"`).toBeDefined();
      if (INVARIANT.has(unit)) continue;
      expect(forms?.other).toBe(unit);
      expect(forms?.one, m).toMatch(/^[a-z]/);
    }
  });

  for (const [locale, foreign] of [
    ["uk", /[ыэъё]/i],
    ["ru", /[іїєґ]/i],
  ] as const) {
    it(`${locale}: one, few, many and other, in Cyrillic, with no letter of the other language`, () => {
      for (const m of METRICS) {
        const { unit } = metricInfo(m, locale);
        const forms = formsOfUnit(unit, locale);
        expect(forms, `${m}: "${unit}"`).toBeDefined();
        if (INVARIANT.has(unit)) continue;
        expect(forms?.many).toBe(unit);
        for (const category of ["one", "few", "many", "other"] as const) {
          const form = forms?.[category] ?? "";
          expect(form, `${m} ${category}`).toMatch(/^[а-яіїєґё’]/i);
          // Latin only in an abbreviation kept as is (MRAP).
          expect(form.replace(/\(MRAP\)/, ""), `${m} ${category}`).not.toMatch(/[a-z]/i);
          expect(form, `${m} ${category}: "${form}"`).not.toMatch(foreign);
        }
        // Each form differs from the genitive plural somewhere, except in nouns that are alike (зіткнення, человек).
        expect(new Set([forms?.one, forms?.few, forms?.other, forms?.many]).size, m).toBeGreaterThan(1);
      }
    });
  }
});

describe("unitFor picks the form that agrees with the number", () => {
  const cases: [number, string, string][] = [
    [1, "танк", "танк"],
    [2, "танки", "танка"],
    [5, "танків", "танков"],
    [11, "танків", "танков"],
    [12, "танків", "танков"],
    [21, "танк", "танк"],
    [22, "танки", "танка"],
    [25, "танків", "танков"],
    [111, "танків", "танков"],
    [12251, "танк", "танк"],
    [2.5, "танка", "танка"],
  ];
  for (const [n, uk, ru] of cases) {
    it(`${n}: uk "${uk}", ru "${ru}"`, () => {
      expect(unitFor("tanks", n, "uk")).toBe(uk);
      expect(unitFor("tanks", n, "ru")).toBe(ru);
    });
  }

  it("inflects every word of a multi-word unit that agrees", () => {
    expect([1, 2, 5, 2.5].map((n) => unitFor("armoured-combat-vehicles", n, "uk"))).toEqual(["бойова броньована машина", "бойові броньовані машини", "бойових броньованих машин", "бойової броньованої машини"]);
    expect([21, 22, 25, 2.5].map((n) => unitFor("armoured-combat-vehicles", n, "ru"))).toEqual(["боевая бронированная машина", "боевые бронированные машины", "боевых бронированных машин", "боевой бронированной машины"]);
    // A masculine noun keeps its adjective genitive plural after 2–4 in Russian.
    expect(unitFor("oryx-surface-to-air-missile-systems", 3, "ru")).toBe("зенитных ракетных комплекса");
    expect(unitFor("people-killed", 22, "ru")).toBe("человека");
    expect(unitFor("people-killed", 22, "uk")).toBe("людини");
  });

  it("English: 1 tank, 2 tanks; units that do not inflect stay", () => {
    expect(unitFor("tanks", 1, "en")).toBe("tank");
    expect(unitFor("tanks", 2, "en")).toBe("tanks");
    expect(unitFor("people-killed", 1, "en")).toBe("person");
    expect(unitFor("distance", 1, "uk")).toBe("км");
    expect(unitFor("share", 21, "ru")).toBe("%");
    expect(unitForms("territory", "ru")).toEqual({ other: "км²" });
  });
});

describe("unitAfter agrees with the number said last, in the case its qualifier's words govern", () => {
  it("Ukrainian: понад and щонайменше as after a bare number; близько, до and a range take the genitive", () => {
    expect(unitAfter("tanks", { qualifier: "more-than", value: 470 }, "uk")).toBe("танків");
    expect(unitAfter("tanks", { qualifier: "more-than", value: 21 }, "uk")).toBe("танк");
    expect(unitAfter("tanks", { qualifier: "at-least", value: 22 }, "uk")).toBe("танки");
    expect(unitAfter("tanks", { qualifier: "about", value: 21 }, "uk")).toBe("танка");
    expect(unitAfter("tanks", { qualifier: "up-to", value: 22 }, "uk")).toBe("танків");
    expect(unitAfter("tanks", { qualifier: "range", value: 10, valueHigh: 21 }, "uk")).toBe("танка");
  });

  it("Russian: более, не менее, около, до and a range take the genitive", () => {
    expect(unitAfter("tanks", { qualifier: "more-than", value: 470 }, "ru")).toBe("танков");
    expect(unitAfter("tanks", { qualifier: "more-than", value: 21 }, "ru")).toBe("танка");
    expect(unitAfter("tanks", { qualifier: "more-than", value: 22 }, "ru")).toBe("танков");
    expect(unitAfter("tanks", { qualifier: "exact", value: 22 }, "ru")).toBe("танка");
    expect(unitAfter("armoured-combat-vehicles", { qualifier: "range", value: 10, valueHigh: 31 }, "ru")).toBe("боевой бронированной машины");
  });

  it("after a vague term the heading form stands; English agrees with the number", () => {
    expect(unitAfter("tanks", { qualifier: "vague" }, "uk")).toBe("танків");
    expect(unitAfter("tanks", { qualifier: "more-than", value: 1 }, "en")).toBe("tank");
    expect(unitAfter("tanks", { qualifier: "range", value: 0, valueHigh: 1 }, "en")).toBe("tank");
    expect(unitAfter("tanks", { qualifier: "about", value: 120 }, "en")).toBe("tanks");
  });
});

describe("the form agrees with the number as printed", () => {
  it("a model's fractional figure of a thousand or more is printed whole, and its unit agrees with that", () => {
    // The Economist's model ranges hold bounds such as 1,724.73, printed "1 725".
    expect(unitFor("soldiers-killed", 187046.4, "uk")).toBe("військових");
    expect(unitFor("soldiers-killed", 187046.4, "ru")).toBe("военных");
    expect(unitFor("soldiers-killed", 1721.2, "uk")).toBe("військовий");
    expect(unitFor("soldiers-killed", 187043.4, "uk")).toBe("військові");
    expect(unitAfter("soldiers-killed", { qualifier: "range", value: 462.84, valueHigh: 1724.73 }, "uk")).toBe("військових");
    expect(unitAfter("soldiers-killed", { qualifier: "range", value: 462.84, valueHigh: 1724.73 }, "ru")).toBe("военных");
  });

  it("below a thousand a fraction stays a fraction, and takes the genitive singular", () => {
    expect(unitFor("soldiers-killed", 462.843, "uk")).toBe("військового");
    expect(unitFor("tanks", 2.5, "ru")).toBe("танка");
  });
});
