import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { estimateEmbedHeight } from "./layout";
import { fitCss, fitFrame, fitHeight, fittedFrameCode } from "./frame-fit";
import { fixtureControlModel, fixtureFigureModel } from "./testing";

/** "The frame alone": its height follows the column's width, never short of the embed, never far over. */
describe("the frame alone", () => {
  for (const [name, model] of [["figures", fixtureFigureModel()], ["control", fixtureControlModel()]] as const) {
    it(`${name}: covers the embed at every width from 280 to 1,200 px with at most 40 px to spare`, () => {
      const fit = fitFrame(model);
      for (let w = 280; w <= 1200; w += 10) {
        const needed = estimateEmbedHeight(model, w, 0.94);
        expect(fitHeight(fit, w), `at ${w}`).toBeGreaterThanOrEqual(needed);
        expect(fitHeight(fit, w) - needed, `at ${w}`).toBeLessThanOrEqual(40);
      }
    });
  }

  it("is plain HTML a CMS keeps: a wrapper with an inline padding-bottom, the iframe filling it; no script", () => {
    const code = fittedFrameCode({ src: "https://counterclaim.example/embed/x?a=1&b=2", title: "A <b>title</b>", fit: fitFrame(fixtureFigureModel()) });
    const doc = new JSDOM(code).window.document;
    const wrapper = doc.querySelector("body > div");
    expect(wrapper?.getAttribute("style")).toMatch(/^position:relative;width:100%;height:0;padding-bottom:(min|max|calc)\(/);
    expect(doc.querySelector("iframe")?.getAttribute("src")).toBe("https://counterclaim.example/embed/x?a=1&b=2");
    expect(doc.querySelector("iframe")?.getAttribute("title")).toBe("Chart: A <b>title</b>");
    expect(doc.querySelector("script")).toBeNull();
    expect(fitCss(fitFrame(fixtureFigureModel()))).not.toMatch(/NaN|Infinity/);
  });
});
