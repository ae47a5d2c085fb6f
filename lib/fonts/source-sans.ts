import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { woffToSfnt } from "./woff";

/**
 * Source Sans 3, from its one package (@fontsource/source-sans-3): the subsets the site's text
 * needs (Latin, for English and the Latin-script reports; Cyrillic, for the Russian and Ukrainian
 * quotes), in the styles the pages and cards set. app/fonts.css declares the same files for the web.
 */
export const FONT_FAMILY = "Source Sans 3";
/** The Cyrillic subset's own family name in the cards' fonts (resvg; see woffToSfnt). */
export const CYRILLIC_FAMILY = "Source Sans 3 Cyrillic";
export const FONT_SUBSETS = ["latin", "cyrillic"] as const;
export const FONT_STYLES = ["400-normal", "400-italic", "600-normal", "700-normal"] as const;

// Resolved from the project's own node_modules at run time: cards are drawn by build scripts and, for
// custom charts, by the server, where a bundler would turn require.resolve into a module id.
const require = createRequire(join(/* turbopackIgnore: true */ process.cwd(), "package.json"));

export function fontPackageFile(subset: (typeof FONT_SUBSETS)[number], style: (typeof FONT_STYLES)[number], format: "woff" | "woff2"): string {
  const dir = dirname(require.resolve("@fontsource/source-sans-3/package.json"));
  return join(dir, "files", `source-sans-3-${subset}-${style}.${format}`);
}

let files: string[] | undefined;

/**
 * Text for a card, as SVG markup (escaped by `escape`): runs of Cyrillic set in the Cyrillic subset
 * by its own family name, since resvg sets a run in one face and its fallback for a missing letter
 * ignores the weight (a bold Russian word would come out regular).
 */
export function withCyrillicRuns(text: string, escape: (s: string) => string): string {
  const parts = text.split(/([\u0400-\u052F\u2116]+(?:[\s\u00AB\u00BB\u2013\u2014,.:;'"()-]+[\u0400-\u052F\u2116]+)*)/);
  if (parts.length === 1) return escape(text);
  // A zero-width non-joiner keeps "ff" from its ligature in a line with Cyrillic: resvg (0.45) drew nothing
  // of a line where an "ff" ("General Staff") followed a Cyrillic run. The letters are the same; only the ligature goes.
  return parts.map((part, i) => (i % 2 === 1 ? `<tspan font-family="${CYRILLIC_FAMILY}">${escape(part)}</tspan>` : escape(part.replaceAll("ff", "f\u200Cf")))).join("");
}

/**
 * The fonts as TrueType files, for resvg: unpacked from the package's WOFF once per machine into a
 * folder named by their content, so a new package version never meets an old file.
 */
export function cardFontFiles(): string[] {
  if (files) return files;
  const faces = FONT_SUBSETS.flatMap((subset) => FONT_STYLES.map((style) => ({ subset, file: fontPackageFile(subset, style, "woff") })));
  const woffs = faces.map((f) => f.file);
  const contents = woffs.map((file) => readFileSync(file));
  const hash = createHash("sha256");
  for (const c of contents) hash.update(c);
  hash.update(`${CYRILLIC_FAMILY}:v2`);
  const dir = join(tmpdir(), `counterclaim-fonts-${hash.digest("hex").slice(0, 16)}`);
  mkdirSync(dir, { recursive: true });
  files = woffs.map((woff, i) => {
    const out = join(dir, woff.split("/").at(-1)?.replace(/\.woff$/, ".ttf") ?? `${i}.ttf`);
    if (!existsSync(out)) {
      // Written aside and renamed: build workers may unpack the same file at once.
      const temp = `${out}.${process.pid}.tmp`;
      writeFileSync(temp, woffToSfnt(contents[i] as Buffer, faces[i]?.subset === "cyrillic" ? { family: CYRILLIC_FAMILY } : {}));
      renameSync(temp, out);
    }
    return out;
  });
  return files;
}
