import { describe, expect, it } from "vitest";
import { canonicalQuery, type ChartCatalogue, foldFormQuery, isCanonicalOrder, parseChartQuery } from "./query";

const catalogue: ChartCatalogue = {
  topics: [
    {
      id: "artillery",
      name: "Artillery",
      lines: [
        { id: "ru-mod", label: "MoD", army: "ukrainian", first: "2022-02-27", last: "2026-01-01" },
        { id: "gs", label: "GS", army: "russian", first: "2022-02-25", last: "2026-08-08" },
        { id: "oryx-ru", label: "Oryx RU", army: "russian", first: "2022-03-28", last: "2025-07-19" },
      ],
    },
  ],
};
const parse = (q: string, extra: string[] = []) => parseChartQuery(new URLSearchParams(q), catalogue, extra);
const message = (q: string) => {
  const r = parse(q);
  return r.ok ? "ok" : r.message;
};

describe("a chart's query", () => {
  it("fills in every line and the data's days when only the topic is given", () => {
    const r = parse("topic=artillery");
    expect(r.ok && r.query).toMatchObject({ topic: "artillery", lineIds: ["ru-mod", "gs", "oryx-ru"], from: "2022-02-25", to: "2026-08-08" });
  });

  it("keeps the days asked for, and the army's lines only", () => {
    const r = parse("topic=artillery&army=russian&from=2023-10-10&to=2024-02-20");
    expect(r.ok && r.query).toMatchObject({ lineIds: ["gs", "oryx-ru"], from: "2023-10-10", to: "2024-02-20" });
  });

  it("ends a pinned chart at its day", () => {
    const r = parse("topic=artillery&asof=2024-06-30");
    expect(r.ok && r.query).toMatchObject({ to: "2024-06-30", asof: "2024-06-30" });
  });

  it.each([
    ["topic=tanks", /^topic: no such topic/],
    ["army=russian", /^topic: required/],
    ["topic=artillery&army=both", /^army: one of russian, ukrainian/],
    ["topic=artillery&lines=gs,nope", /^lines: not a line of topic artillery/],
    ["topic=artillery&lines=gs,gs", /^lines: a line is named twice/],
    ["topic=artillery&army=ukrainian&lines=gs", /^lines: line gs is not about the ukrainian army/],
    ["topic=artillery&lines=a,b,c,d,e,f,g,h,i", /^lines: at most 8/],
    ["topic=artillery&from=2024-02-30", /^from: a date in the calendar/],
    ["topic=artillery&to=2024-13-01", /^to: a date in the calendar/],
    ["topic=artillery&from=2024-02-20&to=2023-10-10", /^from: after to/],
    ["topic=artillery&to=2027-01-01", /^to: after 8 Aug 2026/],
    ["topic=artillery&to=2021-01-01", /^from: after to|^to: before/],
    ["topic=artillery&from=2027-01-01&to=2027-02-01", /^to: after/],
    ["topic=artillery&asof=2021-01-01", /^asof: before 25 Feb 2022/],
    ["topic=artillery&asof=2024-06-30&to=2024-07-01", /^to: after asof/],
    ["topic=artillery&topic=artillery", /^topic: given more than once/],
    ["topic=artillery&colour=red", /^"colour" is not a parameter of a chart/],
  ])("%s answers with a message naming the parameter", (q, pattern) => {
    expect(message(q)).toMatch(pattern);
  });

  it("never repeats a value, not even an unknown parameter's name when it is markup", () => {
    const r = parse("topic=<script>alert(1)</script>");
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.message).not.toContain("<");
    const odd = parse("topic=artillery&<img src=x>=1");
    expect(odd.ok ? "" : odd.message).toMatch(/^a parameter is not a parameter/);
  });

  it("takes the endpoint's extra parameters", () => {
    expect(parse("topic=artillery&theme=dark", ["theme"]).ok).toBe(true);
    expect(parse("topic=artillery&theme=dark").ok).toBe(false);
  });

  it("writes one URL for one chart, in the canonical order", () => {
    expect(canonicalQuery({ asof: "2024-06-30", lines: "gs,oryx-ru", topic: "artillery" })).toBe("?topic=artillery&lines=gs,oryx-ru&asof=2024-06-30");
    expect(isCanonicalOrder(new URLSearchParams("topic=a&from=2024-01-01"))).toBe(true);
    expect(isCanonicalOrder(new URLSearchParams("from=2024-01-01&topic=a"))).toBe(false);
  });

  it("folds the picker's form: empty fields dropped, ticked lines of the chosen topic joined", () => {
    const folded = foldFormQuery(new URLSearchParams("topic=artillery&army=&from=2023-10-10&to=&asof=&line=gs&line=oryx-ru&line=from-another-topic"), catalogue);
    expect(folded?.toString()).toBe("topic=artillery&from=2023-10-10&lines=gs%2Coryx-ru");
    // Every line of the army ticked is the same as none named.
    expect(foldFormQuery(new URLSearchParams("topic=artillery&army=russian&line=gs&line=oryx-ru"), catalogue)?.toString()).toBe("topic=artillery&army=russian");
    expect(foldFormQuery(new URLSearchParams("topic=artillery"), catalogue)).toBeUndefined();
  });
});
