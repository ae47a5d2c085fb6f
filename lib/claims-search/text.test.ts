import { describe, expect, it } from "vitest";
import { haystack, joinFigures, matchesTerms, searchTerms, searchWords } from "./text";

describe("a figure matches however it was written", () => {
  it.each(["8 927", "8.927", "8,927", "8\u00a0927", "8\u202f927", "8927"])("%s is 8927", (written) => {
    expect(joinFigures(`destroyed ${written} tanks`)).toBe("destroyed 8927 tanks");
    expect(matchesTerms(haystack([`destroyed ${written} tanks`]), searchTerms("8927"))).toBe(true);
    expect(matchesTerms(haystack(["8927"]), searchTerms(written))).toBe(true);
  });

  it("joins millions, and leaves decimals, dates and lone numbers alone", () => {
    expect(joinFigures("1,234,567 and 1.5 and 2023-05-01 and 12 tanks")).toBe("1234567 and 1.5 and 2023-05-01 and 12 tanks");
  });

  it("matches a figure whole, not inside a longer one", () => {
    const hay = haystack(["18,927 tanks", 89270]);
    expect(matchesTerms(hay, searchTerms("8927"))).toBe(false);
    expect(matchesTerms(hay, searchTerms("18927"))).toBe(true);
    expect(matchesTerms(hay, searchTerms("89270"))).toBe(true);
  });
});

describe("words", () => {
  it("match the start of a word, any case, accents and marks dropped, every term required", () => {
    const hay = haystack(["Lieutenant-General Igor Konashenkov", "Ukrainian losses", "Москва заявила"]);
    expect(matchesTerms(hay, searchTerms("konash"))).toBe(true);
    expect(matchesTerms(hay, searchTerms("KONASHENKOV losses"))).toBe(true);
    expect(matchesTerms(hay, searchTerms("konashenkov russian"))).toBe(false);
    expect(matchesTerms(hay, searchTerms("москва"))).toBe(true);
    expect(matchesTerms(hay, searchTerms("shenkov"))).toBe(false);
    expect(searchWords("Kyïv, Zaporizhzhia’s")).toEqual(["kyiv", "zaporizhzhia", "s"]);
  });

  it("treats markup and pattern characters as the text they are", () => {
    expect(searchTerms('<script>alert(1)</script> .* (a+)+$')).toEqual([
      { text: "script", figure: false },
      { text: "alert", figure: false },
      { text: "1", figure: true },
      { text: "a", figure: false },
    ]);
    expect(matchesTerms(haystack(["tanks"]), searchTerms(".*"))).toBe(true);
  });
});
