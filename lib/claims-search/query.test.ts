import { describe, expect, it } from "vitest";
import { API_PARAMS, apiFormat, claimsSearch, hasFilters, parseClaimsQuery } from "./query";

const catalogue = { claimantIds: new Set(["ru-defence-ministry", "un"]) };
const parse = (q: string, allowed?: readonly string[]) => parseClaimsQuery(new URLSearchParams(q), catalogue, allowed);

describe("parseClaimsQuery", () => {
  it("reads every filter", () => {
    const r = parse("claimant=ru-defence-ministry&metric=tanks&subject=Russian&from=2023-05-01&to=2023-05-02&q=8927&page=2");
    expect(r).toMatchObject({ ok: true, query: { claimant: "ru-defence-ministry", metric: "tanks", subject: "Russian", from: "2023-05-01", to: "2023-05-02", q: "8927", page: 2 } });
  });

  it("takes an empty field, as a GET form sends it, as no filter", () => {
    const r = parse("q=&claimant=&metric=&subject=&from=&to=");
    expect(r).toMatchObject({ ok: true, query: { page: 1 } });
    if (r.ok) expect(hasFilters(r.query)).toBe(false);
  });

  it("accepts control as a metric", () => {
    expect(parse("metric=control")).toMatchObject({ ok: true, query: { metric: "control" } });
  });

  it.each([
    ["claimant=nobody", "claimant"],
    ["claimant=%22%3E%3Cscript%3E", "claimant"],
    ["metric=constructor", "metric"],
    ["metric=__proto__", "metric"],
    ["from=2023-02-30", "from"],
    ["to=yesterday", "to"],
    ["from=2023-05-02&to=2023-05-01", "from"],
    ["page=0", "page"],
    ["page=-1", "page"],
    ["page=1.5", "page"],
    [`subject=${"x".repeat(101)}`, "subject"],
    [`q=${"x".repeat(201)}`, "q"],
    ["q=a&q=b", "q"],
    ["sort=date", "sort"],
    ["format=csv", "format"],
  ])("%s is a 400 naming %s, never its value", (query, param) => {
    const r = parse(query);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.param).toBe(param);
    expect(r.message).toMatch(param === "sort" || param === "format" ? new RegExp(`"${param}" is not a parameter`) : new RegExp(`^${param}: `));
    expect(r.message).not.toMatch(/nobody|script|constructor|proto|yesterday|xxxx/);
  });

  it("names an unprintable parameter without printing it", () => {
    const r = parse(`${encodeURIComponent("<b>x</b>")}=1`);
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/^a parameter is not/) });
  });

  it("lets Next's _rsc through, and the API's format where allowed", () => {
    expect(parse("_rsc=abc&q=x").ok).toBe(true);
    expect(parse("format=csv&q=x", API_PARAMS).ok).toBe(true);
  });
});

describe("claimsSearch", () => {
  it("writes the query in canonical order, the page only past the first", () => {
    expect(claimsSearch({ q: "8927", claimant: "un", page: 1 })).toBe("?claimant=un&q=8927");
    expect(claimsSearch({ q: "a b", page: 1 }, 3)).toBe("?q=a+b&page=3");
    expect(claimsSearch({ page: 1 })).toBe("");
  });
});

describe("apiFormat", () => {
  it("takes format= first, then an Accept that asks for CSV, else JSON", () => {
    expect(apiFormat("csv", null)).toEqual({ ok: true, format: "csv" });
    expect(apiFormat(null, "text/csv")).toEqual({ ok: true, format: "csv" });
    expect(apiFormat(null, "text/csv, application/json")).toEqual({ ok: true, format: "json" });
    expect(apiFormat(null, "*/*")).toEqual({ ok: true, format: "json" });
    expect(apiFormat("xml", null)).toMatchObject({ ok: false, message: "format: one of json, csv." });
  });
});
