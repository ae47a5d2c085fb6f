import { describe, expect, it } from "vitest";
import { loadDataset } from "./dataset/load";
import { colourAt, PALETTE } from "./palette";

describe("claimant colours", () => {
  it("gives every claimant in the dataset its own colour", () => {
    const colours = loadDataset().claimants.map((_, index) => colourAt(index));
    expect(new Set(colours).size).toBe(colours.length);
  });

  it("wraps around past the end of the palette and for unknown claimants", () => {
    expect(colourAt(PALETTE.length)).toBe(PALETTE[0]);
    expect(colourAt(-1)).toBe(PALETTE[PALETTE.length - 1]);
  });
});
