import { describe, expect, it } from "vitest";
import { readReportHead } from "./report";

describe("readReportHead", () => {
  it("reads the date line, and a wire dateline with its agency", () => {
    const text = " date 2022-03-03 KYIV/ KHARKIV (Reuters) -\n\nThursday";
    const head = readReportHead(text, "r.txt");
    expect(head).toMatchObject({ datePublished: "2022-03-03", dateline: "KYIV/ KHARKIV (Reuters)", publisher: "Reuters" });
    expect(text.slice(head.bodyStart).trim()).toBe("Thursday");
  });

  it("says 'not identified' when no dateline names a publisher", () => {
    const head = readReportHead(" date 2022-03-02 The Russian invasion (of Ukraine) - text", "r.txt");
    expect(head).toEqual({ datePublished: "2022-03-02", bodyStart: 17, publisher: "not identified" });
  });

  it("refuses a text without the date line, naming the file and what it found", () => {
    expect(() => readReportHead("KYIV - no date here", "r.txt")).toThrow('r.txt: expected a first line "date YYYY-MM-DD"; found "KYIV - no date here"');
    expect(() => readReportHead("date 2022-02-30 text", "r.txt")).toThrow("r.txt");
  });
});
