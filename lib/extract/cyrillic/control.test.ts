import { describe, expect, it } from "vitest";
import { findControlCyrillic } from "./control";

const claims = (clause: string, given = {}) => findControlCyrillic(clause, given).map((c) => ({ place: c.place, status: c.status, ...(c.claimedBy ? { claimedBy: c.claimedBy } : {}) }));

describe("claims of control in Russian and Ukrainian", () => {
  it("reads a list of places liberated, for the speaker's side", () => {
    expect(claims("освобождены населенные пункты Верхняя Роща, Луговое и Каменка", { speakerSide: "russian" })).toEqual([
      { place: "Верхняя Роща", status: "russian-control" },
      { place: "Луговое", status: "russian-control" },
      { place: "Каменка", status: "russian-control" },
    ]);
    expect(claims("захисники звільнили село Лісове", { speakerSide: "ukrainian" })).toEqual([{ place: "Лісове", status: "ukrainian-control" }]);
  });
  it("without a speaker's side, liberating takes the side of the forces named, else the language's usage", () => {
    expect(claims("українські військові відбили село Лісове")).toEqual([{ place: "Лісове", status: "ukrainian-control" }]);
    expect(claims("зачистили село Лісове")).toEqual([{ place: "Лісове", status: "ukrainian-control" }]);
  });
  it("reads 'взяли под контроль' and 'захопили' for the forces named before the verb", () => {
    expect(claims("Российские войска взяли под полный контроль поселок Лесной")).toEqual([{ place: "Лесной", status: "russian-control" }]);
    expect(claims("окупанти захопили село Лісове")).toEqual([{ place: "Лісове", status: "russian-control" }]);
  });
  it("drops the region after a place and the groupings' names", () => {
    expect(claims("освобождены Каменка и Луговое Курской области", { speakerSide: "russian" }).map((c) => c.place)).toEqual(["Каменка", "Луговое"]);
    expect(claims("подразделения группировки войск Восток освободили Каменку", { speakerSide: "russian" }).map((c) => c.place)).toEqual(["Каменку"]);
  });
  it("reads a count of places taken when no place is named", () => {
    expect(claims("войска установили контроль над 9-ю населенными пунктами", { speakerSide: "russian" })).toEqual([{ place: "9-ю населенными пунктами", status: "russian-control" }]);
  });
  it("reads fighting at a place, and ongoing clearing as fighting", () => {
    expect(claims("в районе Лесного идут бои")).toEqual([{ place: "Лесного", status: "fighting" }]);
    expect(claims("на окраинах Каменки продолжают очищать кварталы")).toEqual([{ place: "Каменки", status: "fighting" }]);
  });
  it("does not read fighting into words that contain a fighting word", () => {
    expect(claims("бойцы десантно-штурмовых войск из Каменки")).toEqual([]);
  });
  it("a region is not a place of fighting", () => {
    expect(claims("Бойові дії велися на Полтавщині")).toEqual([]);
  });
  it("reads an encirclement, at the place the sentence named before the clause", () => {
    const sentence = "горсовет Каменки сообщил, что в осажденном городе нет света";
    expect(findControlCyrillic("в осажденном городе нет света", { sentence, clauseStart: sentence.indexOf("в осажденном") }).map((c) => [c.place, c.status])).toEqual([["Каменки", "encircled"]]);
  });
  it("reads a denial as the place still held, and the claim it answers as its maker's", () => {
    const clause = "штаб опроверг заявления Кремля о захвате поселка Лесной";
    expect(claims(clause, { speakerSide: "ukrainian" })).toEqual([
      { place: "Лесной", status: "ukrainian-control" },
      { place: "Лесной", status: "russian-control", claimedBy: "Кремля" },
    ]);
    expect(claims("інформація про захоплення Лісового не відповідає дійсності", { speakerSide: "ukrainian" })).toEqual([{ place: "Лісового", status: "ukrainian-control" }]);
  });
  it("intentions are not claims", () => {
    expect(claims("противник пытается захватить село Лісове")).toEqual([]);
  });
});

describe("several claims of control in one clause", () => {
  it("reads each verb with its own words, and an advance along a direction as fighting there", () => {
    const clause = "на напрямі Лісове-Каменка підрозділи просунулися на 3 км, взяли під контроль 4 населені пункти, повернули до 20 кв. км території";
    expect(claims(clause, { speakerSide: "ukrainian" })).toEqual([
      { place: "Лісове-Каменка", status: "fighting" },
      { place: "4 населені пункти", status: "ukrainian-control" },
      { place: "20 кв. км території", status: "ukrainian-control" },
    ]);
  });
});

describe("claims of control in Russian and Ukrainian: attacks repelled", () => {
  it("reads attacks repelled near a place as fighting there, not a place retaken", () => {
    expect(claims("захисники відбили 9 атак у районі Лісового", { speakerSide: "ukrainian" })).toEqual([{ place: "Лісового", status: "fighting" }]);
  });
});

describe("claims of control in Russian and Ukrainian: hyphenated names and communities", () => {
  it("keeps a hyphenated name whole and drops the community after it", () => {
    expect(claims("окупанти захопили село Нью-Лісове у Лісовій громаді")).toEqual([{ place: "Нью-Лісове", status: "russian-control" }]);
  });
});

describe("claims of control in Russian and Ukrainian: fighting at several places", () => {
  it("reads the places listed after the first", () => {
    expect(claims("бої тривають під Лісовим та Каменкою").map((c) => c.place)).toEqual(["Лісовим", "Каменкою"]);
  });
});
