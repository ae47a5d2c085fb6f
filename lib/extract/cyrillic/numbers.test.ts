import { describe, expect, it } from "vitest";
import { findNumbersCyrillic } from "./numbers";

const figures = (text: string) => findNumbersCyrillic(text).filter((m) => !m.notFigure).map((m) => ({ stated: m.stated, amount: m.amount }));

describe("numbers in Russian and Ukrainian", () => {
  it("reads thousands separated by spaces and non-breaking spaces", () => {
    expect(figures("уничтожено 2 345 единиц")[0]?.amount).toEqual({ qualifier: "exact", value: 2345 });
    expect(figures("знищено 12\u00A0050 одиниць")[0]?.amount).toEqual({ qualifier: "exact", value: 12050 });
  });
  it("reads multipliers: тыс., тис., тысяч, тисяча, млн, and a decimal comma", () => {
    expect(figures("погибли 12 тыс. человек")[0]?.amount).toEqual({ qualifier: "exact", value: 12000 });
    expect(figures("загинули 7 тис. осіб")[0]?.amount).toEqual({ qualifier: "exact", value: 7000 });
    expect(figures("ранены 25 тысяч военных")[0]?.amount).toEqual({ qualifier: "exact", value: 25000 });
    expect(figures("загинула 21 тисяча бійців")[0]?.amount).toEqual({ qualifier: "exact", value: 21000 });
    expect(figures("выехали 1,5 млн жителей")[0]?.amount).toEqual({ qualifier: "exact", value: 1500000 });
    expect(figures("звільнили 42,7 км² землі")[0]?.amount).toEqual({ qualifier: "exact", value: 42.7 });
  });
  it("reads the qualifiers of both languages", () => {
    const q = (text: string) => figures(text)[0]?.amount;
    expect(q("более 40 танков")).toEqual({ qualifier: "more-than", value: 40 });
    expect(q("понад 40 танків")).toEqual({ qualifier: "more-than", value: 40 });
    expect(q("свыше 40 танков")).toEqual({ qualifier: "more-than", value: 40 });
    expect(q("не менее 40 танков")).toEqual({ qualifier: "at-least", value: 40 });
    expect(q("щонайменше 40 танків")).toEqual({ qualifier: "at-least", value: 40 });
    expect(q("около 40 танков")).toEqual({ qualifier: "about", value: 40 });
    expect(q("близько 40 танків")).toEqual({ qualifier: "about", value: 40 });
    expect(q("до 40 танков")).toEqual({ qualifier: "up-to", value: 40 });
  });
  it("records почти and майже as about, with a caveat", () => {
    const [m] = findNumbersCyrillic("майже 300 дронів");
    expect(m?.amount).toEqual({ qualifier: "about", value: 300 });
    expect(m?.caveat).toMatch(/nearly/);
    expect(findNumbersCyrillic("почти 300 дронов")[0]?.stated).toBe("почти 300");
  });
  it("reads number words, a hundred and a thousand in words, and a half as a share", () => {
    expect(figures("сбиты шесть дронов")[0]?.amount).toEqual({ qualifier: "exact", value: 6 });
    expect(figures("знищено дві гармати")[0]?.amount).toEqual({ qualifier: "exact", value: 2 });
    expect(figures("понад сотню машин")[0]?.amount).toEqual({ qualifier: "more-than", value: 100 });
    expect(figures("майже тисячу окупантів")[0]?.amount).toEqual({ qualifier: "about", value: 1000 });
    expect(findNumbersCyrillic("около половины раненых")[0]).toMatchObject({ amount: { qualifier: "about", value: 50 }, fraction: true });
  });
  it("reads ranges with one multiplier for both bounds", () => {
    expect(figures("потеряли от 20 до 30 тысяч солдат")[0]).toEqual({ stated: "от 20 до 30 тысяч", amount: { qualifier: "range", value: 20000, valueHigh: 30000 } });
  });
  it("reads vague amounts", () => {
    expect(figures("взяли в полон кілька десятків окупантів")[0]?.amount).toEqual({ qualifier: "vague", vagueTerm: "кілька десятків" });
    expect(figures("погибли сотни мирных жителей")[0]?.amount).toEqual({ qualifier: "vague", vagueTerm: "сотни" });
  });
  it("marks dates, years, ordinals, time frames, designations and ratios as not figures", () => {
    const reasons = (text: string) => findNumbersCyrillic(text).map((m) => m.notFigure);
    expect(reasons("5 марта")).toEqual(["date"]);
    expect(reasons("12 серпня")).toEqual(["date"]);
    expect(reasons("в 2023 году")).toEqual(["year"]);
    expect(reasons("з 2024 року")).toEqual(["year"]);
    expect(reasons("бойцы 3-го батальона")).toEqual(["ordinal"]);
    expect(reasons("за 4 дня")).toEqual(["time-frame"]);
    expect(reasons("протягом 2 тижнів")).toEqual(["time-frame"]);
    expect(reasons("истребитель Су-34")).toEqual(["designation"]);
    expect(reasons("соотношение два к семи")).toEqual(["designation", "designation"]);
    expect(reasons("одним из первых")).toEqual(["designation"]);
  });
  it("keeps a cardinal's case ending: 13-ю населенными пунктами", () => {
    expect(figures("контроль над 17-ю населенными пунктами")[0]).toEqual({ stated: "17-ю", amount: { qualifier: "exact", value: 17 } });
  });
  it("does not take 'до' after 'с' or 'від' for up to", () => {
    expect(findNumbersCyrillic("с 3 до 9 мая").filter((m) => m.amount.qualifier === "up-to")).toEqual([]);
  });
});

describe("numbers in Russian and Ukrainian: 'по' for each place", () => {
  it("reads 'по одному у A, B та C' as one figure for each place", () => {
    const each = findNumbersCyrillic("поранені по одному у Лісовому, Каменці та Луговому").filter((m) => !m.notFigure);
    expect(each.map((m) => [m.stated, m.amount])).toEqual([
      ["по одному", { qualifier: "exact", value: 1 }],
      ["по одному", { qualifier: "exact", value: 1 }],
      ["по одному", { qualifier: "exact", value: 1 }],
    ]);
    expect(each[2]?.caveat).toMatch(/Луговому/);
  });
  it("reads 'багато' and 'много' as vague only before people", () => {
    expect(findNumbersCyrillic("взяли в полон багато окупантів").map((m) => m.amount)).toEqual([{ qualifier: "vague", vagueTerm: "багато" }]);
    expect(findNumbersCyrillic("багато тіл не впізнано")).toEqual([]);
  });
});

describe("numbers in Russian and Ukrainian: compounds in words", () => {
  it("reads 'двадцять п'ять' and 'сорок три' as one number", () => {
    expect(figures("збито двадцять п'ять дронів")).toEqual([{ stated: "двадцять п'ять", amount: { qualifier: "exact", value: 25 } }]);
    expect(figures("более сорок три тысяч")[0]?.amount).toEqual({ qualifier: "more-than", value: 43000 });
  });
});

describe("numbers in Russian and Ukrainian: more word forms", () => {
  it("reads instrumental and collective forms: двома ракетами, двоє людей, трое военных", () => {
    expect(figures("атакував двома ракетами")[0]?.amount).toEqual({ qualifier: "exact", value: 2 });
    expect(figures("загинули двоє людей")[0]?.amount).toEqual({ qualifier: "exact", value: 2 });
    expect(figures("ранены трое военных")[0]?.amount).toEqual({ qualifier: "exact", value: 3 });
  });
  it("reads a time's minutes as part of the time", () => {
    expect(figures("станом на 09:00 збито 18 дронів").map((m) => m.stated)).toEqual(["18"]);
  });
});

describe("numbers in Russian and Ukrainian: a toll that rose to a number", () => {
  it("reads 'зросла до восьми' as exactly eight, not up to", () => {
    expect(figures("кількість загиблих зросла до восьми")[0]?.amount).toEqual({ qualifier: "exact", value: 8 });
    expect(figures("число погибших возросло до 12")[0]?.amount).toEqual({ qualifier: "exact", value: 12 });
  });
});
