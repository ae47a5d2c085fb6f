import { chartWords } from "../chart/words";
import type { Locale } from "../i18n/locales";
import { escapeHtml } from "../render/html";
import { EMBED_WIDTH, estimateEmbedHeight } from "./layout";
import type { EmbedModel } from "./model";

/**
 * The "frame alone" embed's height at every column width, with no script: a wrapper whose
 * padding-bottom is a CSS length of the column's width (a percentage in padding is of the width),
 * written as min()/max() of straight lines that follow the embed's own height estimate from the
 * narrowest frame to the widest. A fixed height tall enough for a phone left 770 px blank in a
 * 680 px column; this follows the chart down as the column widens (text wraps less) and steps
 * where the chart is drawn at another size.
 */

/** A straight line of the width: px + percent × width / 100. */
export interface Line {
  px: number;
  percent: number;
}

/** max() of lines within each stretch of widths; the stretches joined where the chart changes size. */
export interface FrameFit {
  stretches: { from: number; to: number; lines: Line[] }[];
}

const STEP = 10;
/** Blank px a line may leave under the embed (beyond SAFETY) before a new stretch starts. */
const BLANK = 8;
/**
 * The estimate's allowance for wide text (layout.ts): 1.06 keeps the with-script default height
 * always tall enough; here, where blank space counts too, the widths as Chromium set them in the
 * embed's fallback fonts (measured for three charts at 320, 400, 680 and 1,000 px: the estimate
 * 2 to 27 px over the real height, never under).
 */
const FIT_MARGIN = 0.94;
/** Room for what the estimate cannot know (a font's rounding). */
const SAFETY = 4;

function at(line: Line, width: number): number {
  return line.px + (line.percent * width) / 100;
}

/** Percent of the width per px past a stretch's end: 10 px past a boundary puts a stretch 10,000 px out of reach. */
const STEEP = 100_000;

/** The guards of stretch i: lines that put it out of min()'s reach outside [from, to). */
function guards(fit: FrameFit, i: number): Line[] {
  const s = fit.stretches[i];
  if (!s) return [];
  const out: Line[] = [];
  // Half a step before each boundary, so at every measured width exactly one stretch is in reach.
  if (i + 1 < fit.stretches.length) out.push({ px: -(STEEP * (s.to - STEP / 2)) / 100, percent: STEEP });
  if (i > 0) out.push({ px: (STEEP * (s.from - STEP / 2)) / 100, percent: -STEEP });
  return out;
}

/** The fit's height at a width, computed as the browser computes fitCss (min of each stretch's max). */
export function fitHeight(fit: FrameFit, width: number): number {
  return Math.min(...fit.stretches.map((s, i) => Math.max(...[...s.lines, ...guards(fit, i)].map((l) => at(l, width)))));
}

export function fitFrame(model: EmbedModel, min: number = EMBED_WIDTH.min, max: number = EMBED_WIDTH.max): FrameFit {
  const widths: number[] = [];
  for (let w = min; w < max; w += STEP) widths.push(w);
  widths.push(max);
  const heights = widths.map((w) => estimateEmbedHeight(model, w, FIT_MARGIN) + SAFETY);
  /** The chord from i0 to i1, raised to cover every estimate between; and its most blank px. */
  const chord = (i0: number, i1: number): { line: Line; blank: number } => {
    const w0 = widths[i0] ?? 0;
    const w1 = widths[i1] ?? w0;
    const h0 = heights[i0] ?? 0;
    const h1 = heights[i1] ?? h0;
    const slope = w1 === w0 ? 0 : (h1 - h0) / (w1 - w0);
    const percent = Number((slope * 100).toFixed(3));
    let px = h0 - (percent * w0) / 100;
    let raise = 0;
    for (let i = i0; i <= i1; i++) raise = Math.max(raise, (heights[i] ?? 0) - (px + (percent * (widths[i] ?? 0)) / 100));
    px = Math.ceil(px + raise);
    let blank = 0;
    for (let i = i0; i <= i1; i++) blank = Math.max(blank, px + (percent * (widths[i] ?? 0)) / 100 - (heights[i] ?? 0));
    return { line: { px, percent }, blank };
  };
  // Greedy: each stretch as wide as one line can follow the estimate within BLANK px.
  const stretches: FrameFit["stretches"] = [];
  let start = 0;
  while (start < widths.length) {
    let end = start;
    while (end + 1 < widths.length && chord(start, end + 1).blank <= BLANK) end += 1;
    const next = widths[end + 1];
    stretches.push({ from: stretches.length === 0 ? 0 : (widths[start] ?? 0), to: next === undefined ? Infinity : next, lines: [chord(start, end).line] });
    start = end + 1;
  }
  return { stretches };
}

function lineCss(line: Line): string {
  return line.percent < 0 ? `calc(${line.px}px - ${-line.percent}%)` : `calc(${line.percent}% - ${-line.px}px)`.replace("- -", "+ ");
}

/**
 * The fit as one CSS length for padding-bottom. Each stretch is max() of its lines; stretches are
 * chosen by width with two steep lines, since CSS has no "if": a stretch's value is raised out of
 * reach left of where it starts (min() then takes the one before) and right of where it ends.
 */
export function fitCss(fit: FrameFit): string {
  const parts = fit.stretches.map((s, i) => {
    const lines = [...s.lines, ...guards(fit, i)].map(lineCss);
    return lines.length === 1 ? (lines[0] ?? "0px") : `max(${lines.join(", ")})`;
  });
  return parts.length === 1 ? (parts[0] ?? "0px") : `min(${parts.join(", ")})`;
}

/** The "frame alone" embed code: the iframe in a wrapper whose height follows its column's width. */
export function fittedFrameCode(o: { src: string; title: string; fit: FrameFit; locale?: Locale }): string {
  const wrapper = `position:relative;width:100%;height:0;padding-bottom:${fitCss(o.fit)}`;
  return `<div style="${wrapper}"><iframe src="${escapeHtml(o.src)}" title="${escapeHtml(chartWords(o.locale).t("chart.embed.frameTitle", { title: o.title }))}" style="position:absolute;top:0;left:0;width:100%;height:100%;border:0" loading="lazy"></iframe></div>`;
}
