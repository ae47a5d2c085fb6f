import { describe, expect, it } from "vitest";
import { filtersToForm, filtersToSearch, formToFilters, matchesFilters, parseClaimFilters, SUBJECT_MAX } from "./filters";
import type { ClaimRow } from "./rows";

const CLAIMANTS = ["russia", "un", "ua-defence-ministry"];

function row(overrides: Partial<ClaimRow>): ClaimRow {
  return {
    id: "r", kind: "figure", claimantId: "russia", claimant: "Russia", colour: "#000", sourceId: "s", publication: "p",
    stated: "2 Mar 2022", statedDate: "2022-03-02", subject: "Ukrainian planes", topic: "planes", what: "Planes", claimed: "58", quote: "58 planes",
    quoted: { quote: "58 planes", lang: "en" }, doubts: [], alsoIn: [], partOfWar: false,
    ...overrides,
  };
}

describe("parseClaimFilters", () => {
  it("reads every filter from the query", () => {
    expect(parseClaimFilters("?claimant=un&subject=civil&metric=civilians-killed&from=2022-03-01&to=2022-03-02", CLAIMANTS)).toEqual({
      claimant: "un", subject: "civil", topic: "civilians-killed", from: "2022-03-01", to: "2022-03-02",
    });
  });

  it("accepts 'control' as a metric: claims of control", () => {
    expect(parseClaimFilters("metric=control", CLAIMANTS)).toEqual({ topic: "control" });
  });

  it("gives no filter for an empty query", () => {
    expect(parseClaimFilters("", CLAIMANTS)).toEqual({});
  });

  it("drops each bad value on its own and keeps the good ones", () => {
    const filters = parseClaimFilters(
      `?claimant=%3Cscript%3Ealert(1)%3C/script%3E&metric=__proto__&from=2022-13-45&to=yesterday&subject=tanks`,
      CLAIMANTS,
    );
    expect(filters).toEqual({ subject: "tanks" });
  });

  it("ignores a claimant that is a valid slug but not in the dataset", () => {
    expect(parseClaimFilters("claimant=nobody", CLAIMANTS)).toEqual({});
  });

  it("ignores an over-long or blank subject, and trims one that fits", () => {
    expect(parseClaimFilters(`subject=${"x".repeat(SUBJECT_MAX + 1)}`, CLAIMANTS)).toEqual({});
    expect(parseClaimFilters("subject=%20%20", CLAIMANTS)).toEqual({});
    expect(parseClaimFilters("subject=%20Kherson%20", CLAIMANTS)).toEqual({ subject: "Kherson" });
  });

  it("reads a repeated parameter once and ignores unknown ones", () => {
    expect(parseClaimFilters("claimant=un&claimant=russia&utm_source=x&constructor=1", CLAIMANTS)).toEqual({ claimant: "un" });
  });

  it("accepts URLSearchParams", () => {
    expect(parseClaimFilters(new URLSearchParams({ metric: "tanks" }), CLAIMANTS)).toEqual({ topic: "tanks" });
  });
});

describe("filtersToSearch", () => {
  it("writes only the filters that are set, under their public names", () => {
    expect(filtersToSearch({ claimant: "un", topic: "control", subject: undefined })).toBe("?claimant=un&metric=control");
    expect(filtersToSearch({})).toBe("");
  });

  it("round-trips through parseClaimFilters", () => {
    const filters = { claimant: "russia", subject: "tanks & armour", topic: "tanks", from: "2022-03-01", to: "2022-03-03" } as const;
    expect(parseClaimFilters(filtersToSearch(filters), CLAIMANTS)).toEqual(filters);
  });
});

describe("matchesFilters", () => {
  it("matches everything without filters", () => {
    expect(matchesFilters(row({}), {})).toBe(true);
  });

  it("matches the subject case-insensitively anywhere in it", () => {
    expect(matchesFilters(row({}), { subject: "PLANE" })).toBe(true);
    expect(matchesFilters(row({}), { subject: "tanks" })).toBe(false);
  });

  it("filters by claimant and by metric", () => {
    expect(matchesFilters(row({}), { claimant: "russia", topic: "planes" })).toBe(true);
    expect(matchesFilters(row({}), { claimant: "un" })).toBe(false);
    expect(matchesFilters(row({}), { topic: "control" })).toBe(false);
  });

  it("treats the date bounds as inclusive", () => {
    expect(matchesFilters(row({}), { from: "2022-03-02", to: "2022-03-02" })).toBe(true);
    expect(matchesFilters(row({}), { from: "2022-03-03" })).toBe(false);
    expect(matchesFilters(row({}), { to: "2022-03-01" })).toBe(false);
  });
});

describe("the filter form", () => {
  it("reads its fields through the URL schema", () => {
    expect(formToFilters({ claimant: "un", subject: " civil ", topic: "bogus", from: "", to: "2022-03-02" }, CLAIMANTS)).toEqual({
      claimant: "un", subject: "civil", to: "2022-03-02",
    });
  });

  it("shows the filters as fields, empty where no filter is set", () => {
    expect(filtersToForm({ topic: "control" })).toEqual({ claimant: "", subject: "", topic: "control", from: "", to: "" });
  });
});
