import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "../../dataset/read";
import { ClaimantsFile } from "../../model/claimants";
import { ExtractionFile } from "../output";
import { extractReport } from "../extract";
import { defaultWhoIsWho } from "../whoIsWho";
import { slugify } from "../text";
import { nameWords } from "../names";
import { isCyrillic, stemCyrillic, transliterate } from "./script";

const claimants = ClaimantsFile.parse(JSON.parse(readFileSync(join(DATA_DIR, "claimants.json"), "utf8")));
const who = defaultWhoIsWho();

function extract(body: string, date = "2023-03-01") {
  const text = `date ${date}\n\n${body}`;
  return extractReport({ text, file: "t.txt", claimants });
}

const brief = (body: string, date?: string) =>
  extract(body, date).claims.map((c) =>
    c.kind === "figure"
      ? { claimantId: c.claimantId, metric: c.metric, qualifier: c.qualifier, ...(c.qualifier === "vague" ? {} : { value: c.value }) }
      : { claimantId: c.claimantId, place: c.place, status: c.status },
  );

describe("Cyrillic script, stems and ids", () => {
  it("tells a Russian or Ukrainian sentence from an English one", () => {
    expect(isCyrillic("Минобороны сообщило о 12 дронах")).toBe(true);
    expect(isCyrillic("The ministry said 12 drones (дронов) were downed")).toBe(false);
  });
  it("stems declined forms to one word and leaves Latin words alone", () => {
    expect(stemCyrillic("Генерального")).toBe(stemCyrillic("Генеральний"));
    expect(stemCyrillic("штабу")).toBe("штаб");
    expect(stemCyrillic("Ministry")).toBe("ministry");
    expect([...nameWords("Генерального штабу ЗСУ")]).toEqual([...nameWords("Генеральний штаб ЗСУ")]);
  });
  it("gives Cyrillic names a Latin id", () => {
    expect(transliterate("Лісове")).toBe("Lisove");
    expect(slugify("Каменка")).toBe("kamenka");
  });
});

describe("who-is-who in Russian and Ukrainian", () => {
  it("finds a person by a Cyrillic surname in any case, at the office held on the date", () => {
    expect(who.person("Также Шойгу", "2023-01-10")).toMatchObject({ claimantId: "ru-defence-ministry", speaker: "Sergei Shoigu" });
    expect(who.person("словам Зеленского", "2023-01-10")).toMatchObject({ claimantId: "ukraine" });
    expect(who.person("головнокомандувач Залужний", "2023-01-10")).toMatchObject({ claimantId: "ua-commander-in-chief" });
    expect(who.person("головнокомандувач Сирський", "2024-06-01")).toMatchObject({ claimantId: "ua-commander-in-chief", speaker: "Oleksandr Syrskyi" });
  });
  it("finds bodies by Cyrillic names in their declensions", () => {
    expect(who.alias("Генерального штабу ЗСУ")?.claimantId).toBe("ua-general-staff");
    expect(who.alias("Минобороны России")?.claimantId).toBe("ru-defence-ministry");
    expect(who.alias("Повітряних сил")?.claimantId).toBe("ua-air-force");
    expect(who.alias("Кремля")?.claimantId).toBe("russia");
  });
  it("finds offices by Cyrillic titles", () => {
    expect(who.title("очільник Донецької ОВА", "2023-01-10")?.claimantId).toBe("ua-donetsk-governor");
    expect(who.title("министр обороны России", "2023-01-10")).toMatchObject({ claimantId: "ru-defence-ministry", speaker: "Sergei Shoigu" });
  });
  it("treats Russian and Ukrainian outlets as relays", () => {
    expect(who.isRelay("ТАСС")).toBe(true);
    expect(who.isRelay("Укрінформ")).toBe(true);
  });
});

describe("extracting a Russian or Ukrainian report", () => {
  it("reads a Ukrainian General Staff list, attributed by the sentence after the paragraph", () => {
    const claims = brief(
      "Загалом втрати ворога сягнули 150 000 осіб.\nПро це повідомив Генштаб ЗСУ.\nВтрати в техніці:\n- танки — 3 100 (+7);\n- літаки — 300.",
    );
    expect(claims).toEqual([
      { claimantId: "ua-general-staff", metric: "personnel-losses", qualifier: "exact", value: 150000 },
      { claimantId: "ua-general-staff", metric: "tanks", qualifier: "exact", value: 3100 },
      { claimantId: "ua-general-staff", metric: "tanks", qualifier: "exact", value: 7 },
      { claimantId: "ua-general-staff", metric: "aircraft", qualifier: "exact", value: 300 },
    ]);
  });
  it("reads a Russian briefing: the speaker's words run on until the newsroom's own", () => {
    const claims = brief(
      "Генерал-майор Игорь Конашенков сообщил, что сбиты 14 беспилотников.\nОсвобождены населенные пункты Каменка и Луговое.\nРанее сообщалось о 40 беспилотниках.",
      "2023-05-02",
    );
    expect(claims).toEqual([
      { claimantId: "ru-defence-ministry", metric: "drones", qualifier: "exact", value: 14 },
      { claimantId: "ru-defence-ministry", place: "Каменка", status: "russian-control" },
      { claimantId: "ru-defence-ministry", place: "Луговое", status: "russian-control" },
      { claimantId: "unattributed", metric: "drones", qualifier: "exact", value: 40 },
    ]);
  });
  it("reads a denial, and gives the claim it answers to whoever made it", () => {
    const claims = brief("Генштаб ЗСУ спростував заяви Кремля про захоплення села Лісове.", "2024-02-01");
    expect(claims).toEqual([
      { claimantId: "ua-general-staff", place: "Лісове", status: "ukrainian-control" },
      { claimantId: "russia", place: "Лісове", status: "russian-control" },
    ]);
  });
  it("reads a governor's toll with qualifiers and his words after 'за його словами'", () => {
    const claims = brief("Очільник Донецької ОВА Павло Кириленко повідомив, що окупанти вбили щонайменше 4 мирних мешканців.\nЗа його словами, ще 9 людей дістали поранення.");
    expect(claims).toEqual([
      { claimantId: "ua-donetsk-governor", metric: "civilians-killed", qualifier: "at-least", value: 4 },
      { claimantId: "ua-donetsk-governor", metric: "people-injured", qualifier: "exact", value: 9 },
    ]);
  });
  it("writes a valid extraction file with Latin ids", () => {
    const file = extract("Российские войска взяли под полный контроль поселок Лесной, сообщили в Минобороны России.");
    expect(() => ExtractionFile.parse(file)).not.toThrow();
    expect(file.claims.map((c) => c.id)).toEqual(["ru-defence-ministry-lesnoi-russian-control-2023-03-01"]);
  });
});

describe("extracting a Russian or Ukrainian report: the newsroom's own words", () => {
  it("a sentence after 'ранее сообщалось' stays the newsroom's until someone is named", () => {
    const claims = brief(
      "Генерал-майор Игорь Конашенков сообщил, что сбиты 14 беспилотников.\nРанее сообщалось о 40 беспилотниках. Артиллерия поразила 12 складов.\nКонашенков также сообщил, что сбиты 3 самолета.",
      "2023-05-02",
    );
    expect(claims.map((c) => c.claimantId)).toEqual(["ru-defence-ministry", "unattributed", "unattributed", "ru-defence-ministry"]);
  });
});

describe("extracting a Russian or Ukrainian report: the Ministry's running totals", () => {
  it("reads a totals paragraph in the Russian Ministry's manner", () => {
    const { claims } = extract(
      "Всего с начала операции, по данным Минобороны России, уничтожены: 400 самолетов, 2 100 беспилотных летательных аппаратов, 5 200 танков и других боевых бронированных машин, 780 боевых машин реактивных систем залпового огня, 3 100 орудий полевой артиллерии и минометов, а также 6 000 единиц специальной военной автомобильной техники.",
      "2023-01-15",
    );
    expect(claims.map((c) => (c.kind === "figure" && c.qualifier !== "vague" ? [c.claimantId, c.metric, c.value] : []))).toEqual([
      ["ru-defence-ministry", "aircraft", 400],
      ["ru-defence-ministry", "drones", 2100],
      ["ru-defence-ministry", "tanks-and-other-armoured-combat-vehicles", 5200],
      ["ru-defence-ministry", "multiple-rocket-launchers", 780],
      ["ru-defence-ministry", "field-artillery-and-mortars", 3100],
      ["ru-defence-ministry", "special-military-vehicles", 6000],
    ]);
  });
});

describe("extracting a Russian or Ukrainian report: the General Staff's running totals in one paragraph", () => {
  it("reads 'label ‒ number (+rise)' items and skips dates written in digits", () => {
    const { claims } = extract(
      "Загальні бойові втрати противника з 01.02.23 по 15.02.23 орієнтовно склали: особового складу ‒ близько 140 000 (+800) осіб, танків ‒ 3 300 (+9), гелікоптерів ‒ 290. Про це повідомив Генштаб ЗСУ.",
      "2023-02-15",
    );
    expect(claims.map((c) => (c.kind === "figure" && c.qualifier !== "vague" ? [c.claimantId, c.metric, c.qualifier, c.value] : []))).toEqual([
      ["ua-general-staff", "personnel-losses", "about", 140000],
      ["ua-general-staff", "personnel-losses", "exact", 800],
      ["ua-general-staff", "tanks", "exact", 3300],
      ["ua-general-staff", "tanks", "exact", 9],
      ["ua-general-staff", "helicopters", "exact", 290],
    ]);
  });
});

describe("who-is-who in Russian and Ukrainian: governors", () => {
  it("finds the Odesa governor by his Cyrillic surname", () => {
    expect(who.person("очільник ОВА Олег Кіпер", "2024-10-02")?.claimantId).toBe("ua-odesa-governor");
    expect(extract("Загинули троє людей, повідомив очільник ОВА Олег Кіпер.", "2024-10-02").claims[0]).toMatchObject({ claimantId: "ua-odesa-governor", speaker: "Олег Кіпер" });
  });
});

describe("who-is-who in Russian and Ukrainian: country words", () => {
  it("reads России, РФ and Российской Федерации as one country", () => {
    expect(who.alias("Министерстве обороны Российской Федерации")?.claimantId).toBe("ru-defence-ministry");
    expect(who.alias("Минобороны РФ")?.claimantId).toBe("ru-defence-ministry");
  });
});

describe("who-is-who's Cyrillic names do not reach English mentions", () => {
  it("no Cyrillic alias is a bare country word that English 'Russian …' or 'Ukrainian …' would contain", () => {
    expect(who.alias("Russian independent news site Mediazona")?.claimantId).not.toBe("russia");
    expect(who.alias("Ukrainian media")?.claimantId).not.toBe("ukraine");
  });
});
