import { describe, expect, it } from "vitest";
import { chartLabel, chartName, escapeHtml, html, labelSvg, nameSvg, trusted } from "./html";

describe("escapeHtml", () => {
  it("escapes the five characters that can start markup or end an attribute", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
  });
  it("leaves other text, including non-ASCII, as it is", () => {
    expect(escapeHtml("more than 1,500 — “tanks” ≠ vehicles")).toBe("more than 1,500 — “tanks” ≠ vehicles");
  });
  it("escapes an ampersand once, so escaped text is not unescaped by a second pass", () => {
    expect(escapeHtml("&lt;")).toBe("&amp;lt;");
  });
});

describe("html", () => {
  it("escapes interpolated text in content and in attributes", () => {
    const title = `"><img src=x onerror=alert(1)>`;
    expect(html`<p title="${title}">${title}</p>`.value).toBe(
      `<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</p>`,
    );
  });
  it("inserts nested html, trusted markup and lists of them unescaped, and nothing for null or false", () => {
    const items = ["a<b", "c"].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>${trusted("<svg></svg>")}${null}${false}${undefined}${3}`.value).toBe("<ul><li>a&lt;b</li><li>c</li></ul><svg></svg>3");
  });
});

describe("naming a chart's SVG", () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect/></svg>`;
  it("a page's SVG: the short name, and its description pointed at the chart in words, escaped", () => {
    const named = nameSvg(svg, chartName(`Tanks "lost"`, "en"), "armour-words");
    expect(named).toBe(`<svg role="group" aria-label="Chart: Tanks &quot;lost&quot;" aria-describedby="armour-words" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect/></svg>`);
  });
  it("a home card's SVG: the short name alone (its bars are named each with its figure)", () => {
    expect(nameSvg(svg, chartName("Tanks", "ru"))).toBe(`<svg role="group" aria-label="График: Tanks" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect/></svg>`);
  });
  it("a standalone SVG or embed: the name with the chart in words, in the edition's language", () => {
    expect(labelSvg(svg, chartLabel("Танки", "Генштаб: 11 000.", "uk"))).toContain(`aria-label="Графік: Танки. Генштаб: 11 000."`);
  });
});
