import type { EmbedModel } from "../embed/model";
import { escapeHtml } from "./html";
import { SITE_NAME } from "../site/site";
import { type FontWeight, textWidth, wrapText } from "./text-width";
import { withCyrillicRuns } from "../fonts/source-sans";
import { chartWords } from "../chart/words";
import type { Locale } from "../i18n/locales";

/**
 * A chart as a picture that travels alone (downloads, link previews): title, legend, the chart, its
 * caveats, the source line with every licence credit, the date and the site's name, drawn into one SVG
 * 1200 px wide with concrete colours (no CSS, no currentColor), so any SVG viewer, and resvg at build
 * time, draws it the same. Nothing is cut short: the card is 630 px tall (a link preview's 1.91:1)
 * when all of it fits, the chart shrinking to a floor first, and taller when it does not.
 */
export const CARD = { width: 1200, height: 630, pad: 48 } as const;
export const CARD_COLOURS = { bg: "#ffffff", fg: "#1a1a1a", muted: "#555555", rule: "#d6d6d6" } as const;
export const CARD_FONT = "Source Sans 3";

const INNER = CARD.width - 2 * CARD.pad;

/** The chart is drawn at least this big (times its own size), even if the card must grow for it. */
const MIN_CHART_SCALE = 1;
const MAX_CHART_SCALE = 1.5;

interface Text {
  x: number;
  y: number;
  text: string;
  size: number;
  weight?: FontWeight;
  fill?: string;
  anchor?: "start" | "end";
}

function text({ x, y, text: words, size, weight = 400, fill = CARD_COLOURS.fg, anchor = "start" }: Text): string {
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${withCyrillicRuns(words, escapeHtml)}</text>`;
}

/** The chart's own SVG, placed at (x, y) and scaled, its currentColor made the card's ink. */
function placeChart(svg: string, x: number, y: number, width: number, height: number): string {
  return svg.replace(/currentColor/g, CARD_COLOURS.fg).replace("<svg ", `<svg x="${x}" y="${y}" width="${width}" height="${height}" `);
}

/** A stretch of words in one weight and colour, as wrapped onto lines by `wrapRuns`. */
interface Run {
  text: string;
  weight: FontWeight;
  fill: string;
}

/** Wraps runs of differing weight word by word to `width`, keeping each word's run; nothing is dropped. */
export function wrapRuns(runs: readonly Run[], width: number, size: number, firstWidth = width): Run[][] {
  const lines: Run[][] = [];
  let line: Run[] = [];
  let used = 0;
  const room = () => (lines.length === 0 ? firstWidth : width);
  for (const run of runs) {
    for (const word of run.text.split(/[^\S\u00a0\u202f]+/).filter(Boolean)) {
      const space = line.length > 0 ? textWidth(" ", size, run.weight) : 0;
      const w = textWidth(word, size, run.weight);
      if (line.length > 0 && used + space + w > room()) {
        lines.push(line);
        line = [];
        used = 0;
      }
      const last = line.at(-1);
      const sep = line.length > 0 ? " " : "";
      if (last && last.weight === run.weight && last.fill === run.fill) last.text += sep + word;
      else line.push({ text: sep + word, weight: run.weight, fill: run.fill });
      used += (sep ? space : 0) + w;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

function runsText(x: number, y: number, runs: readonly Run[], size: number): string {
  const spans = runs.map((r) => `<tspan font-weight="${r.weight}" fill="${r.fill}">${withCyrillicRuns(r.text, escapeHtml)}</tspan>`).join("");
  return `<text x="${x}" y="${y}" font-size="${size}">${spans}</text>`;
}

/** Draws from a top edge down; returns the markup and the next free top edge. */
interface Block {
  markup: string;
  height: number;
}

function titleBlock(title: string, top: number): Block {
  const lines = wrapText(title, INNER, 40, 700);
  return { markup: lines.map((line, i) => text({ x: CARD.pad, y: top + 34 + i * 48, text: line, size: 40, weight: 700 })).join(""), height: lines.length * 48 - 6 };
}

/**
 * The legend in rows: a swatch, the name in bold, what its figures are about. Items share a row
 * while they fit; an item wider than the card wraps onto lines of its own.
 */
function legendBlock(model: EmbedModel, top: number): Block {
  if (model.legend.length === 0) return { markup: "", height: 0 };
  const size = 20;
  const line = 28;
  const gap = 28;
  const swatch = 22;
  const parts: string[] = [];
  let x = CARD.pad;
  let row = 0;
  for (const item of model.legend) {
    const runs: Run[] = [
      { text: item.name, weight: 700, fill: CARD_COLOURS.fg },
      { text: `— ${item.about}`, weight: 400, fill: CARD_COLOURS.muted },
    ];
    const lines = wrapRuns(runs, INNER - swatch, size);
    const width = swatch + Math.max(...lines.map((l) => textWidth(l.map((r) => r.text).join(""), size, 700)));
    if (x > CARD.pad && (lines.length > 1 || x + width > CARD.pad + INNER)) {
      x = CARD.pad;
      row += 1;
    }
    const y = top + 20 + row * line;
    parts.push(`<rect x="${x}" y="${y - 15}" width="15" height="15" rx="2" fill="${item.colour}"/>`);
    lines.forEach((l, i) => parts.push(runsText(x + swatch, y + i * line, l, size)));
    if (lines.length > 1) {
      row += lines.length;
      x = CARD.pad;
    } else {
      x += width + gap;
    }
  }
  const rows = x === CARD.pad ? row : row + 1;
  return { markup: parts.join(""), height: rows * line - 2 };
}

/** Claims of control as rows: date, swatch, who, and what they claim, each in full. */
function timelineBlock(model: EmbedModel, top: number): Block {
  if (model.body.kind !== "control") return { markup: "", height: 0 };
  const parts: string[] = [];
  let y = top + 26;
  for (const e of model.body.entries) {
    const lines = wrapText(`${e.claimant}: ${e.status}`, INNER - 200, 22, 600);
    parts.push(text({ x: CARD.pad, y, text: e.date, size: 20, fill: CARD_COLOURS.muted }));
    parts.push(`<rect x="${CARD.pad + 170}" y="${y - 16}" width="16" height="16" rx="2" fill="${e.colour}"/>`);
    lines.forEach((line, i) => parts.push(text({ x: CARD.pad + 196, y: y + i * 28, text: line, size: 22, weight: 600 })));
    y += 12 + lines.length * 28;
  }
  return { markup: parts.join(""), height: y - top - 26 };
}

/**
 * Signs Source Sans 3 lacks, in words: resvg sets a whole line in a fallback face when one sign in it
 * needs one (a tspan of its own does not help), so the card says the mark's shape instead.
 */
const SIGN_KEYS = { "▲": "up", "▽": "down", "◇": "diamond", "■": "square" } as const;
export function signsInWords(text: string, locale: Locale = "en"): string {
  const { t } = chartWords(locale);
  return text.replace(/[▲▽◇■]/g, (sign) => {
    const key = SIGN_KEYS[sign as keyof typeof SIGN_KEYS];
    return key ? t(`chart.signs.${key}`) : sign;
  });
}

/** Lines of small type, each paragraph whole: the chart's caveats, or its source line. */
function paragraphs(items: readonly string[], top: number, fill: string, locale: Locale): Block {
  const size = 17;
  const line = 22;
  const parts: string[] = [];
  let y = top + 16;
  for (const item of items) {
    for (const l of wrapText(signsInWords(item, locale), INNER, size)) {
      parts.push(text({ x: CARD.pad, y, text: l, size, fill }));
      y += line;
    }
    y += 6;
  }
  return { markup: parts.join(""), height: items.length > 0 ? y - top - 6 - 16 + 4 : 0 };
}

export interface DrawnCard {
  svg: string;
  width: number;
  height: number;
}

/** The card of a chart, and its size: 1200 wide, 630 tall or more. */
export function drawChartCard(model: EmbedModel): DrawnCard {
  const { meta } = model;
  const parts: string[] = [];
  const title = titleBlock(meta.title, CARD.pad);
  parts.push(title.markup);
  let y = CARD.pad + title.height + 24;
  const legend = legendBlock(model, y);
  parts.push(legend.markup);
  if (legend.height > 0) y += legend.height + 18;

  const notes = model.body.kind === "figures" ? model.body.notes : [];
  // What stands under the chart, measured before the chart so the chart can take the room left.
  const measureBelow = (top: number) => {
    const caveats = paragraphs(notes, top, CARD_COLOURS.fg, meta.locale);
    const sourceTop = top + (caveats.height > 0 ? caveats.height + 14 : 0);
    const source = paragraphs([meta.sourceLine], sourceTop + 2, CARD_COLOURS.muted, meta.locale);
    const footerY = sourceTop + 2 + source.height + 36;
    return { caveats, sourceTop, source, footerY, bottom: footerY + 36 };
  };
  const belowHeight = measureBelow(0).bottom;

  if (model.body.kind === "control") {
    const timeline = timelineBlock(model, y);
    parts.push(timeline.markup);
    y += timeline.height + 24;
  } else {
    const wide = model.body.sizes.find((s) => s.size === "wide") ?? model.body.sizes.at(-1);
    if (wide) {
      const room = CARD.height - y - 16 - belowHeight;
      // The chart shrinks (to a floor) to keep the card at 630; a card that must grow anyway draws it full width.
      const full = Math.min(INNER / wide.width, MAX_CHART_SCALE);
      const fits = room / wide.height;
      const scale = fits >= MIN_CHART_SCALE ? Math.min(full, fits) : full;
      const width = Math.round(wide.width * scale);
      const height = Math.round(wide.height * scale);
      // Centred in the room left, so a short chart does not leave a gap under it alone.
      const top = y + Math.max(0, Math.round((room - height) / 2));
      parts.push(placeChart(wide.svg, CARD.pad, top, width, height));
      y = Math.max(y + room, top + height) + 16;
    }
  }

  const below = measureBelow(y);
  const height = Math.max(CARD.height, Math.ceil(below.bottom));
  // Anchored to the card's foot, so a card kept at 630 has its footer at the same place as ever.
  const shift = height - below.bottom;
  const at = measureBelow(y + shift);
  parts.push(at.caveats.markup);
  parts.push(`<rect x="${CARD.pad}" y="${at.sourceTop}" width="${INNER}" height="1" fill="${CARD_COLOURS.rule}"/>`);
  parts.push(at.source.markup);
  parts.push(text({ x: CARD.pad, y: at.footerY, text: meta.dateLine, size: 20, fill: CARD_COLOURS.muted }));
  parts.push(text({ x: CARD.width - CARD.pad, y: at.footerY, text: SITE_NAME, size: 26, weight: 700, anchor: "end" }));
  const background = `<rect width="${CARD.width}" height="${height}" fill="${CARD_COLOURS.bg}"/>`;
  return { svg: svgDocument(background + parts.join(""), meta.title, height), width: CARD.width, height };
}

export function chartCard(model: EmbedModel): string {
  return drawChartCard(model).svg;
}

/** The card's size in px at `width` (the PNGs are drawn 1200, 600 and 300 wide, in proportion). */
export function cardSize(model: EmbedModel, width: number = CARD.width): { width: number; height: number } {
  const { height } = drawChartCard(model);
  return { width, height: Math.round((height * width) / CARD.width) };
}

/** The site's own card: what stands in a link preview for a page that is not one chart. */
export function siteCard(info: { tagline: string; datasetTitle: string; datasetVersion: string; claims: number; sources: number }): string {
  const parts = [
    `<rect width="${CARD.width}" height="${CARD.height}" fill="${CARD_COLOURS.bg}"/>`,
    `<rect x="${CARD.pad}" y="${CARD.pad}" width="12" height="${CARD.height - 2 * CARD.pad}" fill="#D55E00"/>`,
    `<rect x="${CARD.pad + 18}" y="${CARD.pad}" width="12" height="${CARD.height - 2 * CARD.pad}" fill="#0072B2"/>`,
    text({ x: CARD.pad + 64, y: 210, text: SITE_NAME, size: 96, weight: 700 }),
  ];
  wrapText(info.tagline, INNER - 64, 36).slice(0, 3).forEach((line, i) => parts.push(text({ x: CARD.pad + 64, y: 290 + i * 46, text: line, size: 36 })));
  parts.push(text({ x: CARD.pad + 64, y: CARD.height - CARD.pad - 8, text: `${info.datasetTitle} · version ${info.datasetVersion} · ${info.claims} claims from ${info.sources} reports`, size: 20, fill: CARD_COLOURS.muted }));
  return svgDocument(parts.join(""), SITE_NAME, CARD.height);
}

/**
 * xml:space="preserve" keeps a space that starts a <tspan> (the legend's " — ", the chart's
 * " ≠ not comparable"), which resvg would otherwise drop; no text here holds line breaks or runs of spaces.
 */
function svgDocument(content: string, title: string, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" xml:space="preserve" width="${CARD.width}" height="${height}" viewBox="0 0 ${CARD.width} ${height}" font-family="'${CARD_FONT}', 'Source Sans Pro', Arial, sans-serif" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>${content}</svg>\n`;
}
