import { describe, expect, it } from "vitest";
import { clauseSpans, maskQuotes, quotedSpans, slugify, splitSentences, trimSpan } from "./text";

describe("splitSentences", () => {
  it("splits at full stops before a capital or a quote mark, keeping offsets into the text", () => {
    const text = "date 2022-03-02 First one. “Second,” it said. Third on Feb. 24 by the U.S. State Department.";
    const sentences = splitSentences(text, 16);
    expect(sentences.map((s) => s.text)).toEqual(["First one.", "“Second,” it said.", "Third on Feb. 24 by the U.S. State Department."]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("never runs a sentence across a line break", () => {
    expect(splitSentences("KYIV (Reuters) -\n\nThursday, March 3\nA man said so").map((s) => s.text)).toEqual(["KYIV (Reuters) -", "Thursday, March 3", "A man said so"]);
  });
});

describe("quotations", () => {
  it("finds quoted passages, curly or straight, and masks them keeping the length", () => {
    const sentence = '“The column has stalled,” it said, and "more" too.';
    const spans = quotedSpans(sentence);
    expect(spans.map((s) => sentence.slice(s.start, s.end))).toEqual(["“The column has stalled,”", '"more"']);
    const masked = maskQuotes(sentence, spans);
    expect(masked).toHaveLength(sentence.length);
    expect(masked).toContain("it said");
    expect(masked).not.toContain("column");
  });

  it("does not take an apostrophe for a quote mark", () => {
    expect(quotedSpans("Russia’s advance and Kherson’s mayor")).toEqual([]);
  });
});

describe("clauses", () => {
  it("trims punctuation, quote marks and a leading 'that'", () => {
    const text = ' that "500 people have been brought to safety,” ';
    const span = trimSpan(text, { start: 0, end: text.length });
    expect(text.slice(span.start, span.end)).toBe("500 people have been brought to safety");
  });

  it("splits at 'and that', semicolons and ', while' outside quotations", () => {
    const text = "A died and that B were destroyed; C fled, while D stayed";
    expect(clauseSpans(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end))).toEqual(["A died", "B were destroyed", "C fled", "D stayed"]);
  });
});

describe("slugify", () => {
  it("makes ids from names", () => {
    expect(slugify("Kyiv's mayor")).toBe("kyiv-mayor");
    expect(slugify("KYIV/ KHARKIV ")).toBe("kyiv-kharkiv");
    expect(slugify("the U.N. refugee agency")).toBe("the-un-refugee-agency");
    expect(slugify("—")).toBe("unnamed");
  });
});
