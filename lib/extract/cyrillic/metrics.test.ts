import { describe, expect, it } from "vitest";
import { placeFigureCyrillic } from "./metrics";
import { findNumbersCyrillic } from "./numbers";

/** The metric of each figure of a clause, in order (or why it was not placed). */
function metrics(clause: string): string[] {
  const mentions = findNumbersCyrillic(clause).filter((m) => !m.notFigure);
  let previous: string | undefined;
  return mentions.map((m, i) => {
    const p = placeFigureCyrillic(clause, m, mentions[i - 1]?.end ?? 0, mentions[i + 1]?.start ?? clause.length, previous as never);
    if (p.placed) previous = p.metric;
    return p.placed ? p.metric : `unplaced: ${p.reason}`;
  });
}

describe("what a Russian or Ukrainian figure counts", () => {
  it("reads equipment nouns after the number", () => {
    expect(metrics("Подбиты 12 танков, 7 БМП и 3 вертолета")).toEqual(["tanks", "armoured-combat-vehicles", "helicopters"]);
    expect(metrics("знищено 40 БпЛА, 2 літаки та 5 крилатих ракет")).toEqual(["drones", "aircraft", "cruise-missiles"]);
  });
  it("reads a list line's label before its dash, and the day's rise in parentheses", () => {
    expect(metrics("- гармати — 15 300 (+12)")).toEqual(["artillery-systems", "artillery-systems"]);
    expect(metrics("засоби ППО — 870")).toEqual(["air-defence-systems"]);
  });
  it("reads what happened to people from the nearest outcome word", () => {
    expect(metrics("окупанти вбили щонайменше 12 та поранили 30 мирних мешканців")).toEqual(["civilians-killed", "people-injured"]);
    expect(metrics("погибли 8 мирных жителей, еще 20 получили ранения")).toEqual(["civilians-killed", "people-injured"]);
  });
  it("reads soldiers, children and losses", () => {
    expect(metrics("армия потеряла 500 военных убитыми и 900 ранеными")).toEqual(["soldiers-killed", "soldiers-wounded"]);
    expect(metrics("среди погибших 14 детей")).toEqual(["children-killed"]);
    expect(metrics("втрати ворога в особовому складі склали 1200 осіб")).toEqual(["personnel-losses"]);
    expect(metrics("захопили в полон 40 окупантів")).toEqual(["soldiers-captured"]);
  });
  it("reads shares, areas and settlements", () => {
    expect(metrics("Посёлок уничтожен на 70%")).toEqual(["share"]);
    expect(metrics("очищено 80 процентов района")).toEqual(["share"]);
    expect(metrics("звільнили 55,2 км² території")).toEqual(["territory"]);
    expect(metrics("до 90 кв. км території")).toEqual(["territory"]);
    expect(metrics("освобождены 5 населенных пунктов")).toEqual(["settlements"]);
  });
  it("does not propose distances", () => {
    expect(metrics("продвинулись на 12 километров")[0]).toMatch(/^unplaced: a distance/);
  });
  it("a list by place counts what the figure before it counted", () => {
    expect(metrics("освобождены 9 сел: пять в Луганской области, четыре в Херсонской")).toEqual(["settlements", "settlements", "settlements"]);
  });
  it("leaves a number that names nothing unplaced", () => {
    expect(metrics("на трассе 21 стоит знак")[0]).toMatch(/^unplaced/);
  });
});

describe("what a Russian or Ukrainian figure counts: carried from the figure before", () => {
  it("people with no noun after soldiers counted are soldiers", () => {
    const clause = "Еще 40 получили ранения";
    const [m] = findNumbersCyrillic(clause);
    const placed = placeFigureCyrillic(clause, m!, 0, clause.length, "soldiers-killed");
    expect(placed.placed && placed.metric).toBe("soldiers-wounded");
  });
  it("reads Russian armoured vehicles and drops the conjunction from the subject", () => {
    const clause = "уничтожены 30 бронированных машин и 12 танков";
    const mentions = findNumbersCyrillic(clause);
    const first = placeFigureCyrillic(clause, mentions[0]!, 0, mentions[1]!.start);
    expect(first.placed && [first.metric, first.subject]).toEqual(["armoured-combat-vehicles", "бронированных машин"]);
  });
});

describe("what a Russian or Ukrainian figure counts: killed and wounded together", () => {
  it("reads 'вбитими та пораненими' as losses", () => {
    const clause = "армія втратила вбитими та пораненими ще 900 солдатів";
    const [m] = findNumbersCyrillic(clause);
    const placed = placeFigureCyrillic(clause, m!);
    expect(placed.placed && placed.metric).toBe("personnel-losses");
  });
});

describe("what a Russian or Ukrainian figure counts: the injured, rockets and attacks", () => {
  it("reads 'пострадали', rockets and attacks", () => {
    expect(metrics("в результате обстрела пострадали семь мирных жителей")).toEqual(["people-injured"]);
    expect(metrics("перехвачены восемь реактивных снарядов")).toEqual(["missiles"]);
    expect(metrics("відбили 9 атак")).toEqual(["combat-engagements"]);
  });
});

describe("what a Russian or Ukrainian figure counts: units of equipment, and the dead of a strike", () => {
  it("reads 'одиниць техніки' as equipment", () => {
    expect(metrics("ворог втратив 45 військових та 12 одиниць техніки")).toEqual(["personnel-losses", "weapons-and-equipment"]);
  });
  it("does not take the dead of a strike on a city for soldiers because soldiers were counted before", () => {
    const clause = "кількість загиблих внаслідок удару по місту зросла до восьми";
    const [m] = findNumbersCyrillic(clause);
    const placed = placeFigureCyrillic(clause, m!, 0, clause.length, "personnel-losses");
    expect(placed.placed && placed.metric).toBe("people-killed");
  });
});

describe("what a Russian or Ukrainian figure counts: other outcomes", () => {
  it("reads the evacuated, refugees, the rescued, the missing and the hospitalised", () => {
    expect(metrics("из города эвакуированы 300 жителей")).toEqual(["people-displaced"]);
    expect(metrics("за кордон виїхали 2 млн людей")).toEqual(["people-fled"]);
    expect(metrics("рятувальники врятували 14 людей")).toEqual(["people-rescued"]);
    expect(metrics("безвісти зникли 20 осіб")).toEqual(["people-missing"]);
    expect(metrics("госпитализированы 9 человек")).toEqual(["people-hospitalized"]);
  });
  it("leaves people with nothing said to have happened to them unplaced", () => {
    expect(metrics("на встрече были 30 человек")[0]).toMatch(/^unplaced/);
  });
});
