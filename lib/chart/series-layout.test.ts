import { describe, expect, it } from "vitest";
import { joinedSteps, onePixelApart } from "./series-layout";

describe("onePixelApart", () => {
  it("keeps the first and last point of each pixel column, and no pixel twice", () => {
    expect(
      onePixelApart([
        [0, 10],
        [0, 10],
        [1, 12],
        [1, 11],
        [1, 14],
        [1, 13],
        [2, 13],
      ]),
    ).toEqual([
      [0, 10],
      [1, 12],
      [1, 13],
      [2, 13],
    ]);
  });

  it("leaves points a pixel or more apart as they are", () => {
    const points = [
      [0, 5],
      [3, 6],
      [7, 2],
    ] as const;
    expect(onePixelApart(points)).toEqual(points);
  });
});

describe("joinedSteps", () => {
  it("drops steps that stay on their pixel and joins runs along a row or a column, the drawing unchanged", () => {
    expect(joinedSteps([[1, 0], [0, 0], [1, 0], [2, 0], [0, -1], [0, -2], [1, 1], [-1, 0]])).toEqual([[4, 0], [0, -3], [1, 1], [-1, 0]]);
  });

  it("keeps a segment of one point as a dot", () => {
    expect(joinedSteps([[0, 0]])).toEqual([[0, 0]]);
  });
});
