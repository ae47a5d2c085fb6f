import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { fixtureControlModel, fixtureFigureModel } from "../embed/testing";
import { CARD, chartCard, siteCard } from "./card";
import { svgToPng } from "./png";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function texts(svg: string): string[] {
  const doc = new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;
  return [...doc.querySelectorAll("text")].map((t) => t.textContent ?? "");
}

describe("the chart card", () => {
  it("draws the title, the legend, the source line, the date and the site's name", () => {
    const model = fixtureFigureModel();
    const all = texts(chartCard(model)).join(" ");
    expect(all).toContain("Drones");
    expect(all).toContain("Northern Ministry");
    expect(all).toContain("Sources: Northern Ministry");
    expect(all).toContain("As reported 6 May 2024");
    expect(all).toContain("Counterclaim");
  });

  it("uses concrete colours only, so any viewer draws it the same", () => {
    const svg = chartCard(fixtureFigureModel());
    expect(svg).not.toContain("currentColor");
    expect(svg).not.toMatch(/var\(--/);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it("is well-formed XML even when the data holds markup", () => {
    const hostile = `</text><script>alert(1)</script>&`;
    const svg = chartCard(fixtureFigureModel((dataset) => {
      const comparison = dataset.comparisons[0];
      if (comparison) comparison.title = hostile;
    }));
    const doc = new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.querySelector("script")).toBeNull();
    expect(texts(svg)[0]).toBe(hostile);
  });

  it("draws a timeline of claims of control as rows", () => {
    expect(texts(chartCard(fixtureControlModel())).join(" ")).toContain("Northern Ministry");
  });

  it("becomes a PNG of the card's size without a browser", () => {
    const png = svgToPng(chartCard(fixtureFigureModel()), CARD.width);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    expect(png.length).toBeGreaterThan(10_000);
  });

  it("has a site card for pages that are not one chart", () => {
    const all = texts(siteCard({ tagline: "Claims side by side.", datasetTitle: "Test", datasetVersion: "1.2.3", claims: 3, sources: 1 })).join(" ");
    expect(all).toContain("Counterclaim");
    expect(all).toContain("version 1.2.3");
  });
});
