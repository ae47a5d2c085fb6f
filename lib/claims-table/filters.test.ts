import { describe, expect, it } from "vitest";
import { queryToForm } from "./filters";

describe("queryToForm", () => {
  it("holds each filter under its query name, and nothing for the page", () => {
    expect(queryToForm({ claimant: "un", metric: "control", q: "8927", page: 3 })).toEqual({ q: "8927", claimant: "un", metric: "control", subject: "", from: "", to: "" });
  });
});
