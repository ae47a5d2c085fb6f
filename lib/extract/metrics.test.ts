import { describe, expect, it } from "vitest";
import { placeFigure } from "./metrics";
import { findNumbers } from "./numbers";

/** Places each figure of a clause; returns [stated, metric or the reason it was not placed]. */
function place(clause: string) {
  const mentions = findNumbers(clause).filter((m) => !m.notFigure);
  return mentions.map((mention, i) => {
    const placement = placeFigure(clause, mention, mentions[i + 1]?.start ?? clause.length);
    return placement.placed ? [clause.slice(mention.start, placement.statedEnd), placement.metric, placement.subject] : [mention.stated, placement.reason];
  });
}

describe("placeFigure: equipment and objects by their noun", () => {
  it("prefers the longest noun at a place: 'tanks and armoured vehicles' is one category", () => {
    expect(place("its forces had destroyed more than 1,500 Ukrainian military objects, including 58 planes and more than 470 tanks and armoured vehicles")).toEqual([
      ["more than 1,500", "military-objects", "Ukrainian military objects"],
      ["58", "planes", "planes"],
      ["more than 470", "tanks-and-armoured-vehicles", "tanks and armoured vehicles"],
    ]);
    expect(place("200 Russian tanks, 860 other military vehicles, 30 planes and 31 helicopters have been destroyed").map((p) => p[1])).toEqual([
      "tanks",
      "other-military-vehicles",
      "planes",
      "helicopters",
    ]);
  });

  it("says when the clause does not say the things were destroyed", () => {
    const clause = "about 150 homes were damaged";
    const [mention] = findNumbers(clause);
    expect(mention && placeFigure(clause, mention)).toMatchObject({ placed: true, metric: "structures-destroyed", reasons: ["the report says damaged, not destroyed"] });
  });
});

describe("placeFigure: people by what happened to them", () => {
  it("reads the outcome after the number, else before it", () => {
    expect(place("Russian shelling killed six adults and two children").map((p) => p[1])).toEqual(["people-killed", "children-killed"]);
    expect(place("At least 12 civilians were killed and up to 40 people were injured")).toEqual([
      ["At least 12", "civilians-killed", "civilians"],
      ["up to 40", "people-injured", "people"],
    ]);
    expect(place("1,597 more sustained wounds")[0]?.[1]).toBe("people-injured");
    expect(place("498 Russian troops have been killed and 1,597 more sustained wounds").map((p) => p[1])).toEqual(["soldiers-killed", "people-injured"]);
    expect(place("Ten emergency responders were among the dead")[0]?.[1]).toBe("emergency-responders-killed");
    expect(place("more than 5,840 Russian soldiers had died")[0]?.[1]).toBe("soldiers-killed");
    expect(place("more than a million people have fled Ukraine")[0]?.[1]).toBe("people-fled");
    expect(place("500 people have been brought to safety")[0]?.[1]).toBe("people-rescued");
    expect(place("142 civilian deaths")[0]?.[1]).toBe("civilians-killed");
  });

  it("takes killed and injured together as one figure, and assumes people when no noun is named", () => {
    expect(place("thousands are reported to have died or been injured")).toEqual([["thousands", "killed-or-injured", "people"]]);
  });

  it("leaves a count of people unplaced when nothing is said to have happened to them", () => {
    expect(place("Several thousand residents were left without power")[0]?.[1]).toContain("no metric");
  });

  it("knows a population from 'a city of'", () => {
    expect(place("Bombing in Kharkiv, a city of 1.5 million people, has left")).toEqual([["1.5 million", "population", "the city of Kharkiv"]]);
  });
});

describe("placeFigure: measures", () => {
  it("includes the unit in the stated words and marks a bearing from a place as a description", () => {
    const clause = "a town 58 kilometers (36 miles) northwest of Kyiv";
    const mention = findNumbers(clause)[0];
    expect(mention && placeFigure(clause, mention)).toMatchObject({ placed: true, metric: "distance", statedEnd: 20, describesPlace: true, subject: "northwest of Kyiv" });
    expect(place("The column has made little discernible progress in over three days")).toEqual([["over three days", "duration", "The column has made little discernible progress"]]);
  });

  it("asks for a conversion when the unit is not the metric's", () => {
    const clause = "some 40 miles from the border";
    const mention = findNumbers(clause)[0];
    const placement = mention && placeFigure(clause, mention);
    expect(placement?.placed && placement.reasons.join(" ")).toContain("convert");
  });

  it("reads equipment, shares and territory, and leaves what the vocabulary lacks unplaced, naming the noun", () => {
    expect(place("between 60 and 70 Ukrainian drones were destroyed")).toEqual([["between 60 and 70", "drones", "Ukrainian drones"]]);
    expect(place("Russia also lost 625 tanks, 1,751 armored combat vehicles, 316 artillery systems and 96 multiple rocket launchers").map((p) => p[1])).toEqual(["tanks", "armoured-combat-vehicles", "artillery-systems", "multiple-rocket-launchers"]);
    expect(place("Sixty per cent of current IDPs are estimated to be women")).toEqual([["Sixty per cent", "share", "current IDPs are estimated to be women"]]);
    expect(place("an area of 16 square kilometres")[0]?.[1]).toBe("territory");
    expect(place("150 lanterns were lit")).toEqual([["150", 'no metric for "lanterns"']]);
  });

  it("reads through initials, names all weapons and equipment, a share's whole restated, cases and counterattacks", () => {
    expect(place("its armed forces had destroyed two advanced U.S.-made HIMARS rocket systems")).toEqual([["two", "multiple-rocket-launchers", "advanced U.S.-made HIMARS rocket systems"]]);
    expect(place("Russian forces had lost 2,000 units of weapons and military equipment")[0]?.[1]).toBe("weapons-and-equipment");
    expect(place("37 percent of IDPs - 2.85 million people - are now in the west").map((p) => p[1])).toEqual(["share", "people-displaced"]);
    expect(place("407 cases of enforced disappearances and arbitrary detentions were recorded")[0]?.[1]).toBe("cases-documented");
    expect(place("Battlegroup Tsentr repelled three counterattacks")[0]?.[1]).toBe("strikes");
    expect(place("put the number of Russian dead at 5,937 — which experts dispute")[0]?.[1]).toBe("people-killed");
  });

  it("counts hospitals damaged as buildings, not as people in hospital", () => {
    expect(place("3 hospitals were damaged in the strike")[0]?.[1]).toBe("structures-destroyed");
    expect(place("two people had been sent to hospitals")[0]?.[1]).toBe("people-hospitalized");
  });
});
