import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { embedDocument } from "./document";
import { fixtureControlModel, fixtureFigureModel } from "./testing";

function parse(markup: string) {
  return new JSDOM(markup).window.document;
}

describe("the embed document", () => {
  it("holds the title, the legend, every chart size, the source line, the date and the two links", () => {
    const model = fixtureFigureModel();
    const doc = parse(embedDocument(model));
    expect(doc.querySelector("h1")?.textContent).toBe("Drones");
    expect([...doc.querySelectorAll(".lg li")].map((li) => li.textContent)).toEqual(["Northern Ministry — drones shot down", "Southern Agency — drones crossing"]);
    expect(doc.querySelectorAll(".ch svg")).toHaveLength(3);
    expect(doc.querySelector(".ch svg")?.getAttribute("aria-label")).toMatch(/^Chart: Drones\. /);
    expect(doc.querySelector(".src")?.textContent).toBe(model.meta.sourceLine);
    expect(doc.querySelector(".ft time")?.getAttribute("datetime")).toBe("2024-05-06");
    expect(doc.querySelector('a[href="/charts/test-comparison.csv"]')?.textContent).toBe("Get the data");
    expect(doc.querySelector('a[href="/compare/test-comparison"]')?.getAttribute("target")).toBe("_blank");
  });

  it("names the site's icon, so a reader who opens it alone does not send the browser to a missing /favicon.ico", () => {
    const doc = parse(embedDocument(fixtureFigureModel()));
    expect(doc.querySelector('link[rel="icon"]')?.getAttribute("href")).toBe("/icon.svg");
  });

  it("loads no script file, stylesheet or font: everything needed to see it is in the one response", () => {
    const doc = parse(embedDocument(fixtureFigureModel()));
    expect(doc.querySelectorAll("script[src], link[rel=stylesheet], link[rel=preload]")).toHaveLength(0);
    expect(doc.querySelector("style")?.textContent).not.toMatch(/url\(/);
    const inline = [...doc.querySelectorAll("script")].map((s) => s.textContent ?? "").join("");
    expect(inline.length).toBeLessThan(1000);
  });

  it("runs no script before the chart: the only one stands after it, and the theme is in the markup", () => {
    for (const theme of ["auto", "light", "dark"] as const) {
      const markup = embedDocument(fixtureFigureModel(), theme);
      expect(markup.indexOf("<script")).toBeGreaterThan(markup.indexOf("</main>"));
      expect(parse(markup).documentElement.className).toBe(theme === "auto" ? "" : `cc-${theme}`);
    }
  });

  it("escapes markup in titles, names and quotes", () => {
    const hostile = `<img src=x onerror="alert(1)">`;
    const model = fixtureFigureModel((dataset) => {
      const comparison = dataset.comparisons[0];
      if (comparison) comparison.title = hostile;
      const claimant = dataset.claimants[0];
      if (claimant) claimant.name = hostile;
    });
    const markup = embedDocument(model);
    expect(markup).not.toContain("<img");
    const doc = parse(markup);
    expect(doc.querySelector("h1")?.textContent).toBe(hostile);
    expect(doc.querySelector(".src")?.textContent).toContain(hostile);
    expect(doc.querySelectorAll("img")).toHaveLength(0);
  });

  it("shows a timeline of claims of control as a list, with each quote", () => {
    const doc = parse(embedDocument(fixtureControlModel()));
    expect(doc.querySelector("h1")?.textContent).toBe("Who holds Testville");
    expect(doc.querySelectorAll(".tl li")).toHaveLength(1);
    expect(doc.querySelector(".tl q")?.textContent?.length).toBeGreaterThan(5);
    expect(doc.querySelector(".lg")).toBeNull();
  });
});
