import { describe, expect, it } from "vitest";
import type { ClaimRow } from "../claims-table/rows";
import { buildClaimsIndex, resultsPage, rowWords, searchClaims } from "./search";
import { haystack, matchesTerms, searchTerms } from "./text";

function row(id: string, overrides: Partial<ClaimRow>): ClaimRow {
  return {
    id, kind: "figure", claimantId: "ru-defence-ministry", claimant: "Russian Defence Ministry", colour: "#000", sourceId: "s", publication: "TASS, 1 May 2023",
    stated: "1 May 2023", statedDate: "2023-05-01", subject: "Ukrainian losses", subjectKey: "Ukrainian losses", topic: "tanks", what: "Tanks", claimed: "1", quote: "1 tank",
    quoted: { quote: "1 tank", lang: "en" }, doubts: [], alsoIn: [], partOfWar: false,
    ...overrides,
  };
}

const ROWS = [
  row("a", { statedDate: "2022-03-01", quote: "8 927 tanks", claimed: "8,927" }),
  row("b", { statedDate: "2023-05-01", quote: "8,927 tanks and other armored combat vehicles", speaker: "Igor Konashenkov", claimed: "8,927" }),
  row("c", { statedDate: "2023-05-01", claimantId: "ua-general-staff", claimant: "General Staff", quote: "3700", claimed: "3,700", subject: "Russian losses", cell: { record: "2023-05-01", field: "tank" } }),
  row("d", { statedDate: "2023-05-02", quote: "14 тыс.", claimed: "14,000", topic: "soldiers-killed", what: "Soldiers killed" }),
  row("e", { statedDate: "2024-01-01", kind: "control", topic: "control", quote: "took Kherson", what: "Kherson", claimed: "Under Russian control" }),
];
const FIGURES: Record<string, { value: number }> = { a: { value: 8927 }, b: { value: 8927 }, c: { value: 3700 }, d: { value: 14000 } };
const index = buildClaimsIndex(ROWS, (id) => FIGURES[id]);
const ids = (query: Parameters<typeof searchClaims>[1]) => searchClaims(index, query).map((i) => ROWS[i]?.id);

describe("searchClaims", () => {
  it("filters by claimant, metric, subject and day bounds, inclusive", () => {
    expect(ids({ claimant: "ru-defence-ministry", from: "2023-05-01", to: "2023-05-01" })).toEqual(["b"]);
    expect(ids({ from: "2023-05-01", to: "2023-05-02" })).toEqual(["b", "c", "d"]);
    expect(ids({ metric: "control" })).toEqual(["e"]);
    expect(ids({ subject: "RUSSIAN" })).toEqual(["c"]);
    expect(ids({ claimant: "nobody" })).toEqual([]);
  });

  it("finds a figure however it was written, and by the value a quote words otherwise", () => {
    expect(ids({ q: "8927" })).toEqual(["a", "b"]);
    expect(ids({ q: "8.927" })).toEqual(["a", "b"]);
    expect(ids({ q: "14000" })).toEqual(["d"]);
    expect(ids({ q: "3 700", claimant: "ua-general-staff" })).toEqual(["c"]);
  });

  it("needs every term, each a word's start", () => {
    expect(ids({ q: "konash 8927" })).toEqual(["b"]);
    expect(ids({ q: "konashenkov 3700" })).toEqual([]);
    expect(ids({ q: "тыс" })).toEqual(["d"]);
    expect(ids({ q: "kher" })).toEqual(["e"]);
  });

  it("agrees with a plain scan of each row's words", () => {
    for (const q of ["8927", "tank", "t", "general staff", "ukrainian losses 8927", "14", "1", "may 2023", "zz"]) {
      const scan = ROWS.filter((r) => matchesTerms(haystack([...rowWords(r, FIGURES[r.id])]), searchTerms(q))).map((r) => r.id);
      expect(ids({ q }), q).toEqual(scan);
    }
  });

  it("refuses rows out of date order", () => {
    expect(() => buildClaimsIndex([ROWS[1] as ClaimRow, ROWS[0] as ClaimRow], () => undefined)).toThrow(/out of date order/);
  });
});

describe("resultsPage", () => {
  it("pages the matches, with their count; none past the last page", () => {
    const all = searchClaims(index, {});
    expect(resultsPage(index, all, 2, 2)).toMatchObject({ total: 5, pages: 3, rows: [ROWS[2], ROWS[3]] });
    expect(resultsPage(index, all, 4, 2)).toBeUndefined();
    expect(resultsPage(index, [], 1, 2)).toEqual({ rows: [], total: 0, pages: 1 });
  });
});
