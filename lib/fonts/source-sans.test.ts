import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { render } from "../render/png";
import { cardFontFiles, withCyrillicRuns } from "./source-sans";

/** Dark pixels in a drawing of `text` at `weight`, with no system font to fall back on. */
function ink(text: string, weight: number): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="80"><text x="10" y="55" font-family="Source Sans 3" font-size="40" font-weight="${weight}">${withCyrillicRuns(text, (s) => s)}</text></svg>`;
  const pixels = render(svg, 600, false).pixels;
  let dark = 0;
  for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) < 128) dark += 1;
  return dark;
}

describe("Source Sans 3 for the cards, from the one font package", () => {
  it("unpacks the package's WOFF into TrueType files resvg reads", () => {
    const files = cardFontFiles();
    expect(files.length).toBe(8);
    for (const file of files) expect(readFileSync(file).readUInt32BE(0)).toBe(0x00010000);
  });

  it.each([400, 700])("sets Latin and Cyrillic (Russian and Ukrainian) at weight %i, with no system font", (weight) => {
    expect(ink("Armour", weight)).toBeGreaterThan(500);
    expect(ink("Уничтожено танков", weight)).toBeGreaterThan(500);
    expect(ink("Знищено ґїєі", weight)).toBeGreaterThan(500);
    // Bold is drawn bolder: the weight is not faked by falling back to the regular face.
    expect(ink("Уничтожено", 700)).toBeGreaterThan(ink("Уничтожено", 400) * (weight === 700 ? 1.1 : 0));
  });
});

describe("a card's line of mixed scripts", () => {
  it("is drawn whole: an \"ff\" after a Cyrillic run does not blank the line", () => {
    // From the Ukrainian armour card's source line, which resvg left blank while "Staff" kept its ligature.
    const text = "броньовані машини; 25 лют. 2022 р. – 8 серп. 2026 р.; опубліковано: General Staff of the Armed Forces of Ukraine (with the Ministry of Defence of";
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xml:space="preserve" width="1200" height="40"><text x="0" y="28" font-family="Source Sans 3" font-size="17">${withCyrillicRuns(text, (s) => s)}</text></svg>`;
    const pixels = render(svg, 1200, false).pixels;
    let right = 0;
    // Ink in the right half: the Latin words at the line's end are drawn.
    for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) < 128 && (i / 4) % 1200 > 600) right += 1;
    expect(right).toBeGreaterThan(300);
  });
});

describe("the web font (app/fonts.css)", () => {
  const css = readFileSync(join(process.cwd(), "app/fonts.css"), "utf8");
  const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1] ?? "");

  it.each(["400", "600", "700"])("declares Latin and Cyrillic at weight %s, from the one font package, each file present", (weight) => {
    const ofWeight = faces.filter((f) => f.includes(`font-weight: ${weight};`) && f.includes('"Source Sans 3"'));
    for (const subset of ["latin", "cyrillic"]) {
      const face = ofWeight.find((f) => f.includes(`source-sans-3-${subset}-${weight}-normal.woff2`));
      expect(face, `${subset} ${weight}`).toBeDefined();
      expect(face).toMatch(/unicode-range: /);
      const url = /url\("\.\.\/node_modules\/([^"]+)"\)/.exec(face ?? "")?.[1] ?? "";
      expect(existsSync(join(process.cwd(), "node_modules", url)), url).toBe(true);
    }
    // Russian and Ukrainian letters fall in the Cyrillic face's range.
    const cyrillic = ofWeight.find((f) => f.includes("cyrillic-"));
    expect(cyrillic).toMatch(/U\+0400-045F/);
    expect(cyrillic).toMatch(/U\+0490-0491/);
  });

  it("is the only font package: no other Source Sans package is a dependency", () => {
    const pkg = JSON.parse(readFileSync(join(process.cwd(), "package.json"), "utf8")) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const fonts = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((name) => /source-sans|fonts?/i.test(name));
    expect(fonts).toEqual(["@fontsource/source-sans-3"]);
  });
});
