import { Resvg, type ResvgRenderOptions, renderAsync } from "@resvg/resvg-js";
import { cardFontFiles, FONT_FAMILY } from "../fonts/source-sans";

/**
 * Draws an SVG to PNG at `width` px, without a browser, in Source Sans 3 (Latin and Cyrillic, from
 * the site's one font package). System fonts are loaded too, as a fallback for the few signs Source
 * Sans 3 lacks (▲, ▽).
 */
export function svgToPng(svg: string, width: number, options: { systemFonts?: boolean } = {}): Buffer {
  return render(svg, width, options.systemFonts ?? true).asPng();
}

/** svgToPng on libuv's thread pool: the build draws its hundreds of cards on every core. */
export async function svgToPngAsync(svg: string, width: number): Promise<Buffer> {
  return (await renderAsync(svg, options(width, true))).asPng();
}

function options(width: number, systemFonts: boolean): ResvgRenderOptions {
  return {
    fitTo: { mode: "width", value: width },
    font: { fontFiles: cardFontFiles(), loadSystemFonts: systemFonts, defaultFontFamily: FONT_FAMILY },
    background: "#ffffff",
  };
}

/** The drawn image, for tests that look at its pixels. */
export function render(svg: string, width: number, systemFonts = true) {
  return new Resvg(svg, options(width, systemFonts)).render();
}
