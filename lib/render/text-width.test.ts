import { describe, expect, it } from "vitest";
import { clampLines, textWidth, wrapText } from "./text-width";

describe("textWidth", () => {
  it("scales with the font size and grows with weight", () => {
    expect(textWidth("Counterclaim", 20)).toBeCloseTo(2 * textWidth("Counterclaim", 10));
    expect(textWidth("Counterclaim", 20, 700)).toBeGreaterThan(textWidth("Counterclaim", 20, 400));
  });
  it("measures Source Sans 3 as Chromium does, to a few per cent", () => {
    // "Equipment destroyed" at 20px bold measured 185 px in Chromium with the site's woff2.
    expect(textWidth("Equipment destroyed", 20, 700)).toBeGreaterThan(175);
    expect(textWidth("Equipment destroyed", 20, 700)).toBeLessThan(195);
  });
});

describe("wrapText", () => {
  it("keeps every line within the width, and every word", () => {
    const text = "Sources: Russia (body not named in the report), stated by 2 Mar 2022; Ukrainian Defence Ministry, stated by 2 Mar 2022.";
    const lines = wrapText(text, 200, 13);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(200);
    expect(lines.join(" ")).toBe(text);
  });
  it("puts a word longer than the line on a line of its own", () => {
    expect(wrapText("a supercalifragilistic b", 40, 14)).toEqual(["a", "supercalifragilistic", "b"]);
  });
});

describe("clampLines", () => {
  it("ends the last kept line with an ellipsis that fits", () => {
    const lines = wrapText("one two three four five six seven eight nine ten", 60, 14);
    const kept = clampLines(lines, 2, 60, 14);
    expect(kept).toHaveLength(2);
    expect(kept[1]).toMatch(/…$/);
    expect(textWidth(kept[1] ?? "", 14)).toBeLessThanOrEqual(60);
  });
  it("leaves text that fits alone", () => {
    expect(clampLines(["a", "b"], 3, 100, 14)).toEqual(["a", "b"]);
  });
});
