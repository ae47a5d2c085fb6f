import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

// Resolved from the project's own node_modules at run time: the card is drawn by build scripts and, for
// custom charts, by the server, where a bundler would turn require.resolve into a module id.
const require = createRequire(join(/* turbopackIgnore: true */ process.cwd(), "package.json"));
const FONT_DIR = dirname(require.resolve("@expo-google-fonts/source-sans-3/package.json"));

/** Source Sans 3 as TTF (resvg reads TrueType, not the site's woff2), in the weights the cards use. */
export const CARD_FONT_FILES = ["400Regular", "400Regular_Italic", "600SemiBold", "700Bold"].map((style) => join(FONT_DIR, style, `SourceSans3_${style}.ttf`));

/**
 * Draws an SVG to PNG at `width` px, without a browser. System fonts are loaded too, as a fallback
 * for the few signs Source Sans 3 lacks.
 */
export function svgToPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: { fontFiles: CARD_FONT_FILES, loadSystemFonts: true, defaultFontFamily: "Source Sans 3" },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}
