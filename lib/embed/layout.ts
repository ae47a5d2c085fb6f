import { chartWords } from "../chart/words";
import type { ChartSize } from "@/components/chart/layout";
import { SITE_NAME } from "../site/site";
import { type FontWeight, wrapText } from "../render/text-width";
import type { EmbedModel } from "./model";

/**
 * The embed's geometry in px. The stylesheet (styles.ts) is written from these numbers and the
 * height estimate below adds them up, so the two cannot drift apart.
 */
export const EMBED_BOX = {
  padX: 12,
  padTop: 12,
  padBottom: 12,
  title: { size: 20, line: 25, after: 6 },
  text: { size: 14, line: 19 },
  legend: { indent: 18, itemAfter: 2, after: 8 },
  small: { size: 13, line: 18 },
  notesBefore: 6,
  sourceBefore: 8,
  sourceRule: 1,
  sourcePadTop: 6,
  footerBefore: 4,
  entry: { after: 8, indent: 18 },
} as const;

/** Chart sizes by the width of the chart's box; the same breakpoints as the comparison page. */
export const EMBED_BREAKPOINTS = { medium: 480, wide: 760 } as const;

/** The narrowest and widest frames the embed is designed for. */
export const EMBED_WIDTH = { min: 280, max: 1200, default: 600 } as const;

export function sizeForWidth(chartBoxWidth: number): ChartSize {
  if (chartBoxWidth >= EMBED_BREAKPOINTS.wide) return "wide";
  if (chartBoxWidth >= EMBED_BREAKPOINTS.medium) return "medium";
  return "narrow";
}

/** The footer's words, for the estimate: the document writes the same three parts. */
export const FOOTER_LINKS = { data: "Get the data", page: `Full comparison on ${SITE_NAME}` } as const;

/**
 * Estimated widths run a little wide on purpose: the system fonts the embed uses, scaled to Source
 * Sans 3, still set some text slightly wider than it, and a line too many costs only a little white space.
 */
const WIDTH_MARGIN = 1.06;

function wrappedLines(text: string, width: number, size: number, weight: FontWeight = 400, margin = WIDTH_MARGIN): number {
  return wrapText(text, width / margin, size, weight).length;
}

/**
 * The embed's content height, in px, in a frame `frameWidth` px wide: what the auto-height script
 * would measure, estimated from the words and the charts' fixed geometry.
 */
export function estimateEmbedHeight(model: EmbedModel, frameWidth: number, margin: number = WIDTH_MARGIN): number {
  const b = EMBED_BOX;
  const lines = (text: string, width: number, size: number, weight: FontWeight = 400) => wrappedLines(text, width, size, weight, margin);
  const width = frameWidth - 2 * b.padX;
  let height = b.padTop;
  height += lines(model.meta.title, width, b.title.size, 700) * b.title.line + b.title.after;
  if (model.legend.length > 0) {
    for (const item of model.legend) height += lines(`${item.name} — ${item.about}`, width - b.legend.indent, b.text.size) * b.text.line + b.legend.itemAfter;
    height += b.legend.after;
  }
  if (model.body.kind === "figures") {
    const size = sizeForWidth(width);
    const drawn = model.body.sizes.find((s) => s.size === size);
    // The SVG fills the box up to the width it was drawn at, and keeps its aspect ratio.
    if (drawn) height += Math.ceil((drawn.height * Math.min(width, drawn.width)) / drawn.width);
    if (model.body.notes.length > 0) {
      height += b.notesBefore;
      for (const note of model.body.notes) height += lines(note, width, b.small.size) * b.small.line;
    }
  } else {
    for (const entry of model.body.entries) {
      height += lines(`${entry.date} · ${entry.claimant}: ${entry.status}`, width - b.entry.indent, b.text.size, 600) * b.text.line;
      height += lines(`“${entry.quote}”`, width - b.entry.indent, b.text.size) * b.text.line + b.entry.after;
    }
  }
  height += b.sourceBefore + b.sourceRule + b.sourcePadTop + lines(model.meta.sourceLine, width, b.small.size) * b.small.line;
  const { t } = chartWords(model.meta.locale);
  height += b.footerBefore + lines(`${model.meta.dateLine} · ${t("chart.embed.getData")} · ${t("chart.embed.fullChart", { site: SITE_NAME })}`, width, b.small.size) * b.small.line;
  return Math.ceil(height + b.padBottom);
}

/** Room added to the estimate, for what an estimate cannot know (a font's rounding, a scrollbar). */
const SAFETY = 12;

/**
 * The iframe height to write into embed code: tall enough for the whole embed at every frame width
 * from the narrowest it is designed for up to `maxWidth`, so that it shows everything even where
 * the resize script does not run.
 */
export function defaultFrameHeight(model: EmbedModel, maxWidth: number, minWidth: number = EMBED_WIDTH.min): number {
  const low = Math.min(minWidth, maxWidth);
  let tallest = 0;
  for (let width = low; width <= maxWidth; width += 10) tallest = Math.max(tallest, estimateEmbedHeight(model, width));
  tallest = Math.max(tallest, estimateEmbedHeight(model, maxWidth));
  return tallest + SAFETY;
}
