import { describe, expect, it } from "vitest";
import { loadDataset } from "../dataset/load";
import { claimantColours, SIDE_COLOURS } from "./palette";

describe("claimant colours", () => {
  it("gives every claimant in the dataset its own colour", () => {
    const colours = [...claimantColours(loadDataset().claimants).values()];
    expect(new Set(colours).size).toBe(colours.length);
  });

  it("takes each claimant's colour from its side's hues, in data order", () => {
    const colours = claimantColours([
      { id: "a", side: "russia" },
      { id: "b", side: "ukraine" },
      { id: "c", side: "russia" },
    ]);
    expect([...colours.entries()]).toEqual([
      ["a", SIDE_COLOURS.russia[0]],
      ["b", SIDE_COLOURS.ukraine[0]],
      ["c", SIDE_COLOURS.russia[1]],
    ]);
  });

  it("wraps around when a side has more claimants than hues", () => {
    const many = Array.from({ length: 3 }, (_, i) => ({ id: `fr${i}`, side: "france" as const }));
    expect(new Set(claimantColours(many).values()).size).toBe(1);
  });
});
