import { describe, expect, it } from "vitest";
import type { Claimant } from "../model/claimants";
import type { ClaimInput } from "../model/claims";
import type { AnswerKey } from "./answerKey";
import { isHeldBack } from "./answerKey";
import { acceptedStatuses, claimantIsRight, formatDetails, scoreReport, scores } from "./score";

const TEXT = "date 2022-03-02\n\nThe ministry said 498 soldiers were killed and more than 1,500 wounded. Kyiv has about 3 million people. Russia said it captured Izium.";
const BODY = 17;
const at = (quote: string) => {
  const start = TEXT.indexOf(quote);
  return { kind: "text" as const, start, end: start + quote.length };
};
const known = new Map<string, Claimant>([
  ["ru-defence-ministry", { id: "ru-defence-ministry", name: "Russian Defence Ministry", kind: "ministry", side: "russia" }],
  ["russia", { id: "russia", name: "Russia", kind: "government", side: "russia" }],
]);
const base = { statedOn: { date: "2022-03-02", precision: "by" as const }, subject: "s" };

function figure(id: string, claimantId: string, stated: string, quote: string, amount: { qualifier: "exact" | "more-than" | "about"; value: number }): ClaimInput {
  return { ...base, id, kind: "figure", claimantId, metric: "soldiers-killed", stated, ...amount, quote, locator: at(quote) };
}

const key: AnswerKey = {
  date: "2022-03-02",
  figures: [
    { claimant: "The ministry", claimantId: "ru-defence-ministry", metric: "soldiers-killed", stated: "498", qualifier: "exact", value: 498, quote: "498 soldiers were killed" },
    { claimant: "The ministry", claimantId: "ru-defence-ministry", metric: "soldiers-wounded", stated: "more than 1,500", qualifier: "more-than", value: 1500, quote: "more than 1,500 wounded" },
  ],
  control: [{ claimant: "Russia", claimantId: "ru-government", place: "Izium", status: "captured", by: "ru", quote: "Russia said it captured Izium" }],
  unattributed: [{ stated: "about 3 million", quote: "Kyiv has about 3 million people" }],
};

describe("scoring candidates against an answer key", () => {
  const claims: ClaimInput[] = [
    figure("a", "ru-defence-ministry", "498", "The ministry said 498 soldiers were killed", { qualifier: "exact", value: 498 }),
    figure("b", "the-ministry", "more than 1,500", "more than 1,500 wounded", { qualifier: "about", value: 1500 }),
    figure("c", "unattributed", "about 3 million", "Kyiv has about 3 million people", { qualifier: "about", value: 3_000_000 }),
    figure("d", "unattributed", "2022", "date 2022", { qualifier: "exact", value: 2022 }),
    { ...base, id: "e", kind: "control", claimantId: "russia", place: "Izium", status: "russian-control", quote: "Russia said it captured Izium", locator: at("Russia said it captured Izium") },
  ];
  const report = scoreReport({ file: "x.txt", text: TEXT, bodyStart: BODY, key, claims, context: { known, proposed: new Map() } });
  const s = scores([report]);

  it("finds figures by overlapping quote and equal value, and checks claimant and qualifier apart", () => {
    expect(s.figuresFound).toEqual({ correct: 2, total: 2 });
    expect(s.rightClaimant).toEqual({ correct: 1, total: 2 });
    expect(s.rightQualifier).toEqual({ correct: 1, total: 2 });
  });

  it("counts a newsroom number left unattributed as right, and a number the key does not have as false", () => {
    expect(s.precision).toEqual({ correct: 3, total: 4 });
    expect(report.falseFigures.map((c) => c.id)).toEqual(["d"]);
    expect(formatDetails(report).join("\n")).toMatch(/false figure unattributed: soldiers-killed "2022"/);
  });

  it("maps the key's ids to the dataset's and its statuses to the model's", () => {
    expect(s.control).toEqual({ correct: 1, total: 1 });
    expect(acceptedStatuses({ claimant: null, claimantId: "x", place: "Lyman", status: "withdrew", by: "ru", quote: "q" })).toEqual(["ukrainian-control"]);
  });

  it("takes a new claimant for a body the dataset lacks when its name shares a distinctive word, never for a known one", () => {
    const proposed = new Map<string, Claimant>([["mediazona", { id: "mediazona", name: "Mediazona", kind: "news-agency", side: "unattributed" }]]);
    const context = { known, proposed };
    expect(claimantIsRight({ claimant: "Russian independent news site Mediazona", claimantId: "mediazona-bbc" }, "mediazona", context)).toBe(true);
    expect(claimantIsRight({ claimant: "the Defense Ministry", claimantId: "ru-defence-ministry" }, "mediazona", context)).toBe(false);
  });

  it("holds back every third report, by number", () => {
    expect(["01-a", "03-b", "06-c", "09-d", "12-e", "15-f", "16-g"].filter(isHeldBack)).toEqual(["03-b", "06-c", "09-d", "12-e", "15-f"]);
  });
});
