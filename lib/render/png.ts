import { Resvg } from "@resvg/resvg-js";
import { cardFontFiles, FONT_FAMILY } from "../fonts/source-sans";

/**
 * Draws an SVG to PNG at `width` px, without a browser, in Source Sans 3 (Latin and Cyrillic, from
 * the site's one font package). System fonts are loaded too, as a fallback for the few signs Source
 * Sans 3 lacks (▲, ▽).
 */
export function svgToPng(svg: string, width: number, options: { systemFonts?: boolean } = {}): Buffer {
  return render(svg, width, options.systemFonts ?? true).asPng();
}

/** The drawn image, for tests that look at its pixels. */
export function render(svg: string, width: number, systemFonts = true) {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: { fontFiles: cardFontFiles(), loadSystemFonts: systemFonts, defaultFontFamily: FONT_FAMILY },
    background: "#ffffff",
  });
  return resvg.render();
}
