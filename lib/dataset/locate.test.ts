import { describe, expect, it } from "vitest";
import { locateQuote } from "./locate";

describe("locateQuote", () => {
  it("gives JavaScript string offsets, which count a character outside the BMP as two", () => {
    const text = "😀 254 tanks and other armored vehicles";
    const at = locateQuote(text, "254 tanks");
    expect(at).toBe(3);
    expect(text.slice(at, (at ?? 0) + "254 tanks".length)).toBe("254 tanks");
  });

  it("picks the occurrence nearest the old offset when a quote stands twice", () => {
    const text = "125 aircraft, 91 helicopters. Later: 125 aircraft.";
    expect(locateQuote(text, "125 aircraft", 0)).toBe(0);
    expect(locateQuote(text, "125 aircraft", 40)).toBe(37);
  });

  it("finds nothing for a quote that is not in the text", () => {
    expect(locateQuote("31 planes on the ground", "31 planes in the air")).toBeUndefined();
    expect(locateQuote("anything", "")).toBeUndefined();
  });
});
