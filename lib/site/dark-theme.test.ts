import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EMBED_CSS } from "../embed/styles";
import { nonColourDarkDeclarations } from "./dark-theme";

describe("the dark theme changes colours only", () => {
  it("in the site's stylesheet", () => {
    const css = readFileSync(join(import.meta.dirname, "../../app/globals.css"), "utf8");
    expect(css).toMatch(/prefers-color-scheme:\s*dark/);
    expect(nonColourDarkDeclarations(css)).toEqual([]);
  });

  it("in the embed's stylesheet, the reader's preference and the forced dark class alike", () => {
    expect(EMBED_CSS).toContain(".cc-dark");
    expect(nonColourDarkDeclarations(EMBED_CSS)).toEqual([]);
  });

  it("catches a dark rule that changes the layout, in a media query or under the dark class", () => {
    expect(nonColourDarkDeclarations("@media (prefers-color-scheme: dark) { .a { color: #fff; display: none } }")).toEqual([".a { display: none }"]);
    expect(nonColourDarkDeclarations(":root.cc-dark{--bg:#121212;--pad:2rem}")).toEqual([":root.cc-dark { --pad: 2rem }"]);
    expect(nonColourDarkDeclarations("@media (prefers-color-scheme:dark){.b{border-left:3px solid #fff}}")).toEqual([".b { border-left: 3px solid #fff }"]);
    expect(nonColourDarkDeclarations(".light{display:none}")).toEqual([]);
  });
});
