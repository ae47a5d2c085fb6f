import { describe, expect, it } from "vitest";
import { searchParamsOf } from "./search-params";

describe("searchParamsOf", () => {
  it("keeps every value of a repeated name, in order, and drops names without one", () => {
    expect(searchParamsOf({ topic: "tanks", lines: ["a", "b"], army: undefined }).toString()).toBe("topic=tanks&lines=a&lines=b");
  });
});
