import { describe, expect, it } from "vitest";
import { EMBED_WIDTH, defaultFrameHeight, estimateEmbedHeight, sizeForWidth } from "./layout";
import { fixtureControlModel, fixtureFigureModel } from "./testing";

describe("sizeForWidth", () => {
  it("uses the comparison page's breakpoints", () => {
    expect(sizeForWidth(256)).toBe("narrow");
    expect(sizeForWidth(479)).toBe("narrow");
    expect(sizeForWidth(480)).toBe("medium");
    expect(sizeForWidth(759)).toBe("medium");
    expect(sizeForWidth(760)).toBe("wide");
  });
});

describe("the embed's height", () => {
  it("grows as the frame narrows and text wraps", () => {
    const model = fixtureFigureModel();
    expect(estimateEmbedHeight(model, 280)).toBeGreaterThan(estimateEmbedHeight(model, 1200) - 60);
  });

  it("by default, is enough for the embed at every width up to the frame's", () => {
    for (const model of [fixtureFigureModel(), fixtureControlModel()]) {
      const height = defaultFrameHeight(model, EMBED_WIDTH.default);
      for (let width = EMBED_WIDTH.min; width <= EMBED_WIDTH.default; width += 7) expect(height).toBeGreaterThanOrEqual(estimateEmbedHeight(model, width));
    }
  });

  it("never counts a chart taller than it was drawn: it is not stretched beyond its width", () => {
    const model = fixtureFigureModel();
    if (model.body.kind !== "figures") throw new Error("figures expected");
    const wide = model.body.sizes.find((s) => s.size === "wide");
    expect(estimateEmbedHeight(model, 1200) - estimateEmbedHeight(model, 1000)).toBeLessThanOrEqual(0);
    expect(wide?.width).toBe(800);
  });
});
