import { describe, expect, it } from "vitest";
import { findAttributionsCyrillic } from "./attribution";

const read = (sentence: string) =>
  findAttributionsCyrillic(sentence).attributions.map((a) => ({ mention: a.mention, scope: sentence.slice(a.scope.start, a.scope.end) }));

describe("attribution in Russian and Ukrainian", () => {
  it("reads a speaker before the verb, with what follows 'что' or 'що'", () => {
    expect(read("Губернатор Иван Петров сообщил, что погибли трое.")).toEqual([{ mention: "Губернатор Иван Петров", scope: "погибли трое." }]);
    expect(read("Обласна рада повідомила, що загинули двоє.")).toEqual([{ mention: "Обласна рада", scope: "загинули двоє." }]);
  });
  it("drops adverbs and dates around the speaker's name", () => {
    expect(read("Также Петров 5 мая впервые заявил, что сбиты 10 дронов.")[0]?.mention).toBe("Петров");
  });
  it("reads a speaker after the verb: «…», — заявил X; …, повідомили у X", () => {
    expect(read("Сбиты 10 дронов, — заявил Иван Петров.")).toEqual([{ mention: "Иван Петров", scope: "Сбиты 10 дронов" }]);
    expect(read("Знищено 5 танків, повідомили у Штабі оборони.")[0]).toEqual({ mention: "Штабі оборони", scope: "Знищено 5 танків" });
  });
  it("reads по данным, за даними, согласно, по словам", () => {
    expect(read("По данным Штаба обороны, сбиты 10 дронов.")[0]?.mention).toBe("Штаба обороны");
    expect(read("За даними Обласної ради, загинули двоє.")[0]?.mention).toBe("Обласної ради");
    expect(read("Згідно з Обласною радою, загинули двоє.")[0]?.mention).toBe("Обласною радою");
  });
  it("gives pronouns in English for the extractor's coreference", () => {
    expect(read("Он сообщил, что сбиты 10 дронов.")[0]?.mention).toBe("he");
    expect(read("За його словами, знищено 5 танків.")[0]?.mention).toBe("he");
    expect(read("Вона заявила, що загинули двоє.")[0]?.mention).toBe("she");
  });
  it("reads a side named by its adjective", () => {
    expect(read("По оценкам российской стороны, сбиты 10 дронов.")[0]?.mention).toBe("Russia");
  });
  it("reads a document or a ministry named before as the last to issue one", () => {
    expect(read("В сводке говорится, что сбиты 10 дронов.")[0]?.mention).toBe("the statement");
    expect(read("Отмечается, что сбиты 10 дронов.")[0]?.mention).toBe("the statement");
    expect(read("Военное ведомство сообщило, что сбиты 10 дронов.")[0]?.mention).toBe("the ministry");
  });
  it("'Об этом сообщил X' and 'Про це йдеться в повідомленні X' attribute the sentence before", () => {
    expect(findAttributionsCyrillic("Об этом сообщил губернатор Петров.").back?.mention).toBe("губернатор Петров");
    expect(findAttributionsCyrillic("Про це у вівторок, 3 червня, повідомила Обласна рада.").back?.mention).toBe("Обласна рада");
    expect(findAttributionsCyrillic("Про це йдеться в повідомленні Штабу оборони.").back?.mention).toBe("Штабу оборони");
  });
  it("reads no attribution where the newsroom speaks or no speaker is named", () => {
    expect(read("До этого сообщалось, что сбиты 10 дронов.")).toEqual([]);
    expect(read("военные сообщили, что сбиты 10 дронов.")).toEqual([]);
  });
  it("ends one speaker's scope where the next begins", () => {
    expect(read("Петров сообщил, что сбиты 10 дронов, а Иванов заявил, что 5.")).toEqual([
      { mention: "Петров", scope: "сбиты 10 дронов" },
      { mention: "Иванов", scope: "5." },
    ]);
  });
});

describe("attribution in Russian and Ukrainian: the imperfective and a date before the speaker", () => {
  it("reads 'повідомляв' after a date", () => {
    expect(findAttributionsCyrillic("3 травня Обласна рада повідомляла, що загинули двоє.").attributions[0]?.mention).toBe("Обласна рада");
  });
});

describe("attribution in Russian and Ukrainian: a source citing others", () => {
  it("keeps the source and drops what it cites: 'X со ссылкой на … недавно писал'", () => {
    expect(findAttributionsCyrillic("Газета Вечерний курьер со ссылкой на данные разведки недавно писала, что погибли 500 солдат.").attributions.map((a) => a.mention)).toContain("Газета Вечерний курьер");
  });
});

describe("attribution in Russian and Ukrainian: an outlet citing a body", () => {
  it("takes the body an outlet cites by name", () => {
    expect(findAttributionsCyrillic("Про це повідомляє Вечірній кур'єр з посиланням на Обласну раду.").back?.mention).toBe("Обласну раду");
  });
});

describe("attribution in Russian and Ukrainian: where it was said", () => {
  it("reads 'сообщил в своем Telegram-канале, что'", () => {
    const s = "Губернатор Петров сообщил в своем Telegram-канале, что пострадали трое.";
    const [a] = findAttributionsCyrillic(s).attributions;
    expect(s.slice(a!.scope.start, a!.scope.end)).toBe("пострадали трое.");
  });
});

describe("attribution in Russian and Ukrainian: a headline's speaker", () => {
  it("reads 'X: …' as X's words", () => {
    expect(read("Обласна рада: загинули двоє.")).toEqual([{ mention: "Обласна рада", scope: "загинули двоє." }]);
  });
});
