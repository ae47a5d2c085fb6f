import { CHART_SIZES } from "@/components/chart/layout";
import { EMBED_BOX as b, EMBED_BREAKPOINTS } from "./layout";

const LIGHT = "color-scheme:light;--bg:#fff;--fg:#1a1a1a;--muted:#555;--rule:#d6d6d6;--link:#0b57a4";
const DARK = "color-scheme:dark;--bg:#121212;--fg:#ececec;--muted:#b0b0b0;--rule:#3a3a3a;--link:#8ab8ff";

/**
 * No web font: system fonts scaled to Source Sans 3's widths, so text wraps and the chart's labels
 * fit as the geometry was computed (lib/render/text-width.ts measures Source Sans 3). Measured on slow
 * 4G (npm run bench, docs/embedding.md): the preloaded 28 KB variable font held the first paint until
 * it arrived, about 390 ms later than without it, for text that reads as well in the fallback. A
 * reader who has Source Sans 3 installed gets it. Arial and its metric twins (and Roboto, Android's
 * sans-serif, close to Arial's widths) take the values next/font computes for the site's own
 * fallback; DejaVu Sans (Linux) the ratio of their widths measured in Chromium (0.81 regular, 0.76 bold).
 */
const FONTS = [
  `@font-face{font-family:"Source Sans 3 Fallback";src:local("Arial"),local("Liberation Sans"),local("Arimo"),local("Helvetica"),local("Roboto");ascent-override:108.71%;descent-override:42.47%;line-gap-override:0%;size-adjust:94.19%}`,
  `@font-face{font-family:"Source Sans 3 Fallback DejaVu";src:local("DejaVu Sans");size-adjust:79%}`,
].join("");

/**
 * The embed's whole stylesheet, inline, so the first response paints the chart. Theme: the reader's
 * preference (prefers-color-scheme), unless the document was made light or dark (class on <html>).
 */
export const EMBED_CSS = [
  FONTS,
  `:root{${LIGHT}}`,
  `@media (prefers-color-scheme:dark){:root:not(.cc-light){${DARK}}}`,
  `:root.cc-dark{${DARK}}`,
  `*{box-sizing:border-box}`,
  `html,body{margin:0;background:var(--bg);color:var(--fg)}`,
  `body{font:400 ${b.text.size}px/${b.text.line}px "Source Sans 3","Source Sans 3 Fallback","Source Sans 3 Fallback DejaVu",sans-serif;-webkit-text-size-adjust:100%}`,
  `a{color:var(--link)}`,
  `.e{padding:${b.padTop}px ${b.padX}px ${b.padBottom}px}`,
  `h1{font-size:${b.title.size}px;line-height:${b.title.line}px;font-weight:700;margin:0 0 ${b.title.after}px}`,
  `.lg{list-style:none;margin:0 0 ${b.legend.after}px;padding:0}`,
  `.lg li{position:relative;padding-left:${b.legend.indent}px;margin:0 0 ${b.legend.itemAfter}px}`,
  `.lg .ab{color:var(--muted)}`,
  `.sw{position:absolute;left:0;top:4px;width:11px;height:11px;border-radius:2px}`,
  `.ch{container-type:inline-size}`,
  `.sz{display:none}`,
  `.sz svg{display:block;width:100%;height:auto;overflow:visible}`,
  // Drawn at a fixed width, a chart is never stretched beyond it: its height stays known.
  ...Object.entries(CHART_SIZES).map(([size, width]) => `.sz-${size} svg{max-width:${width}px}`),
  `@container (max-width:${EMBED_BREAKPOINTS.medium - 0.02}px){.sz-narrow{display:block}}`,
  `@container (min-width:${EMBED_BREAKPOINTS.medium}px) and (max-width:${EMBED_BREAKPOINTS.wide - 0.02}px){.sz-medium{display:block}}`,
  `@container (min-width:${EMBED_BREAKPOINTS.wide}px){.sz-wide{display:block}}`,
  `.sz .cc-missing{fill:var(--muted)}`,
  `.sz .cc-hollow{fill:var(--bg)}.sz .cc-muted-text{fill:var(--muted)}`,
  `.sz .cc-figure:focus{outline:none}`,
  `.sz .cc-figure:focus rect,.sz .cc-figure:hover rect{stroke:var(--fg);stroke-width:2px}`,
  `.nt{list-style:none;margin:${b.notesBefore}px 0 0;padding:0;font-size:${b.small.size}px;line-height:${b.small.line}px}`,
  `.tl{list-style:none;margin:0;padding:0}`,
  `.tl li{position:relative;padding-left:${b.entry.indent}px;margin:0 0 ${b.entry.after}px}`,
  `.tl p{margin:0;font-weight:600}`,
  `.tl q{display:block}`,
  `.src,.ft{font-size:${b.small.size}px;line-height:${b.small.line}px;color:var(--muted)}`,
  `.src{margin:${b.sourceBefore}px 0 0;padding-top:${b.sourcePadTop}px;border-top:${b.sourceRule}px solid var(--rule)}`,
  `.ft{margin:${b.footerBefore}px 0 0}`,
].join("");
