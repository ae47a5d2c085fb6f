import { describe, expect, it } from "vitest";
import { findNumbers } from "./numbers";

function figures(text: string) {
  return findNumbers(text)
    .filter((m) => !m.notFigure)
    .map(({ stated, amount }) => ({ stated, ...amount }));
}

describe("findNumbers: numbers and their qualifiers", () => {
  it("reads digits with thousands separators and decimals with a scale word", () => {
    expect(figures("killed more than 2,000 civilians in a city of 1.5 million people")).toEqual([
      { stated: "more than 2,000", qualifier: "more-than", value: 2000 },
      { stated: "1.5 million", qualifier: "exact", value: 1_500_000 },
    ]);
  });

  it("reads number words, capitalised or hyphenated, and 'a million'", () => {
    expect(figures("Ten responders, twenty-five tanks, more than a million people and one hundred and twenty homes")).toEqual([
      { stated: "Ten", qualifier: "exact", value: 10 },
      { stated: "twenty-five", qualifier: "exact", value: 25 },
      { stated: "more than a million", qualifier: "more-than", value: 1_000_000 },
      { stated: "one hundred and twenty", qualifier: "exact", value: 120 },
    ]);
  });

  it("maps each qualifier to the vocabulary, with a caveat where the words say more than the vocabulary", () => {
    const found = findNumbers("at least 12, up to 40, some 300, about 5, over 30, as many as 9, nearly 4,000, fewer than 7, 50 or more");
    expect(found.map((m) => [m.stated, m.amount.qualifier])).toEqual([
      ["at least 12", "at-least"],
      ["up to 40", "up-to"],
      ["some 300", "about"],
      ["about 5", "about"],
      ["over 30", "more-than"],
      ["as many as 9", "up-to"],
      ["nearly 4,000", "about"],
      ["fewer than 7", "up-to"],
      ["50 or more", "at-least"],
    ]);
    expect(found[6]?.caveat).toContain("nearly");
    expect(found[7]?.caveat).toContain("fewer than");
    expect(found[0]?.caveat).toBeUndefined();
  });

  it("reads ranges: between … and, … to …, … or …, and a shared scale", () => {
    expect(figures("between 10 and 20 homes, 30 to 40 people, two or three tanks, between 1 and 2 million")).toEqual([
      { stated: "between 10 and 20", qualifier: "range", value: 10, valueHigh: 20 },
      { stated: "30 to 40", qualifier: "range", value: 30, valueHigh: 40 },
      { stated: "two or three", qualifier: "range", value: 2, valueHigh: 3 },
      { stated: "between 1 and 2 million", qualifier: "range", value: 1_000_000, valueHigh: 2_000_000 },
    ]);
  });

  it("reads vague amounts, the longest first", () => {
    expect(figures("hundreds of structures, tens of thousands of people, dozens of fires, multiple civilians, scores of homes")).toEqual([
      { stated: "hundreds", qualifier: "vague", vagueTerm: "hundreds" },
      { stated: "tens of thousands", qualifier: "vague", vagueTerm: "tens of thousands" },
      { stated: "dozens", qualifier: "vague", vagueTerm: "dozens" },
      { stated: "multiple", qualifier: "vague", vagueTerm: "multiple" },
      { stated: "scores", qualifier: "vague", vagueTerm: "scores" },
    ]);
  });

  it("applies a qualifier only to the number it stands before, not to the rest of a list", () => {
    expect(figures("more than 200 Russian tanks, 860 other military vehicles, 30 planes").map((f) => f.qualifier)).toEqual(["more-than", "exact", "exact"]);
  });

  it("keeps 'a' and the pronoun 'one' out of the figures", () => {
    expect(figures("A first round ended; one of them said a man saw no one")).toEqual([]);
  });
});

describe("findNumbers: numbers that are not figures", () => {
  const reasons = (text: string) => findNumbers(text).map((m) => [m.stated, m.notFigure]);

  it("marks dates, years and times", () => {
    expect(reasons("Thursday, March 3, 2022 at 3:34 am")).toEqual([
      ["3", "date"],
      ["2022", "year"],
      ["3", "time"],
      ["34", "time"],
    ]);
    expect(reasons("since Moscow launched its invasion on Feb. 24.")).toEqual([["24", "date"]]);
    expect(reasons("the biggest attack since 1945.")).toEqual([["1945", "year"]]);
  });

  it("marks ages, ordinals, conversions and time frames", () => {
    expect(reasons("Andrey Goncharuk, 68, a member")).toEqual([["68", "age"]]);
    expect(reasons("a 54-year-old man")).toEqual([["54", "age"]]);
    expect(reasons("on the 24th")).toEqual([]);
    expect(reasons("58 kilometers (36 miles) northwest")).toEqual([
      ["58", undefined],
      ["36", "conversion"],
    ]);
    expect(reasons("in the past 24 hours")).toEqual([["24", "time-frame"]]);
  });
});

describe("qualifiers the answer keys use", () => {
  it("reads 'approaching' and 'nearly' as about, 'exceeded' and 'over' as more than, 'up to' as up to", () => {
    const read = (text: string) => findNumbers(text).map((m) => [m.stated, m.amount.qualifier]);
    expect(read("casualties are approaching 200,000")).toEqual([["approaching 200,000", "about"]]);
    expect(read("losses exceeded 1,000 tanks")).toEqual([["exceeded 1,000", "more-than"]]);
    expect(read("the nearly two dozen killed")).toEqual([["nearly two dozen", "about"]]);
    expect(read("with the totals ranging up to 223,000")).toEqual([["up to 223,000", "up-to"]]);
    expect(read("between 2,000 and 4,000 and 5,000 to 6,000")).toEqual([["between 2,000 and 4,000", "range"], ["5,000 to 6,000", "range"]]);
  });

  it("reads a range written with a hyphen after 'between'", () => {
    expect(findNumbers("between 150,000-190,000 permanent casualties").map((m) => m.amount)).toEqual([{ qualifier: "range", value: 150000, valueHigh: 190000 }]);
  });
});
