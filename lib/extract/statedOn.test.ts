import { describe, expect, it } from "vitest";
import { statedOnFrom } from "./statedOn";

describe("statedOnFrom", () => {
  it("dates a weekday to the latest such day on or before the report", () => {
    // 2022-03-03 was a Thursday.
    expect(statedOnFrom("on Thursday", "2022-03-03")).toEqual({ date: "2022-03-03", precision: "day", wording: "on Thursday" });
    expect(statedOnFrom("late on Wednesday", "2022-03-03")).toEqual({ date: "2022-03-02", precision: "day", wording: "late on Wednesday" });
    expect(statedOnFrom("on Friday", "2022-03-03")).toMatchObject({ date: "2022-02-25" });
  });

  it("keeps 'previously' as before the report, and no time as by its date", () => {
    expect(statedOnFrom("previously", "2022-03-02")).toEqual({ date: "2022-03-02", precision: "before", wording: "previously" });
    expect(statedOnFrom(undefined, "2022-03-02")).toEqual({ date: "2022-03-02", precision: "by" });
    expect(statedOnFrom("yesterday", "2022-03-01")).toMatchObject({ date: "2022-02-28", precision: "day" });
  });

  it("reads a month and day, in the report's year or the year before", () => {
    expect(statedOnFrom("on April 5", "2022-04-22")).toEqual({ date: "2022-04-05", precision: "day", wording: "on April 5" });
    expect(statedOnFrom("on 30 December", "2023-01-02")).toEqual({ date: "2022-12-30", precision: "day", wording: "on 30 December" });
  });
});
