import type { EmbedModel } from "../embed/model";
import { escapeHtml } from "./html";
import { SITE_NAME } from "../site/site";
import { type FontWeight, clampLines, textWidth, wrapText } from "./text-width";

/**
 * A chart as a picture that travels alone (downloads, link previews): title, legend, the chart,
 * the source line, the date and the site's name, drawn into one 1200×630 SVG with concrete colours
 * (no CSS, no currentColor), so any SVG viewer, and resvg at build time, draws it the same.
 */
export const CARD = { width: 1200, height: 630, pad: 48 } as const;
export const CARD_COLOURS = { bg: "#ffffff", fg: "#1a1a1a", muted: "#555555", rule: "#d6d6d6" } as const;
export const CARD_FONT = "Source Sans 3";

const INNER = CARD.width - 2 * CARD.pad;

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
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeHtml(words)}</text>`;
}

/** The chart's own SVG, placed at (x, y) and scaled, its currentColor made the card's ink. */
function placeChart(svg: string, x: number, y: number, width: number, height: number): string {
  return svg.replace(/currentColor/g, CARD_COLOURS.fg).replace("<svg ", `<svg x="${x}" y="${y}" width="${width}" height="${height}" `);
}

/** The legend laid out in rows: a swatch, the name in bold, what its figures are about. */
function legend(model: EmbedModel, top: number): { markup: string; bottom: number } {
  const size = 20;
  const line = 28;
  const gap = 28;
  let x = CARD.pad;
  let y = top;
  const parts: string[] = [];
  for (const item of model.legend) {
    const nameWidth = textWidth(item.name, size, 700);
    const room = INNER - 22 - nameWidth - textWidth(" ", size);
    const aboutShown = ` ${clampLines(wrapText(`— ${item.about}`, room, size), 1, room, size)[0] ?? ""}`;
    const width = 22 + nameWidth + textWidth(aboutShown, size);
    if (x > CARD.pad && x + width > CARD.pad + INNER) {
      x = CARD.pad;
      y += line;
    }
    parts.push(`<rect x="${x}" y="${y - 15}" width="15" height="15" rx="2" fill="${item.colour}"/>`);
    parts.push(`<text x="${x + 22}" y="${y}" font-size="${size}" fill="${CARD_COLOURS.fg}"><tspan font-weight="700">${escapeHtml(item.name)}</tspan><tspan fill="${CARD_COLOURS.muted}">${escapeHtml(aboutShown)}</tspan></text>`);
    x += width + gap;
  }
  return { markup: parts.join(""), bottom: model.legend.length > 0 ? y + 14 : top - line };
}

/** Claims of control as rows: date, swatch, who, and what they claim. */
function timeline(model: EmbedModel, top: number, bottom: number): string {
  if (model.body.kind !== "control") return "";
  const row = 40;
  const fits = Math.max(1, Math.floor((bottom - top) / row));
  const entries = model.body.entries;
  const shown = entries.length > fits ? entries.slice(0, fits - 1) : entries;
  const parts = shown.map((e, i) => {
    const y = top + 26 + i * row;
    const who = clampLines(wrapText(`${e.claimant}: ${e.status}`, INNER - 200, 22, 600), 1, INNER - 200, 22, 600)[0] ?? "";
    return [
      text({ x: CARD.pad, y, text: e.date, size: 20, fill: CARD_COLOURS.muted }),
      `<rect x="${CARD.pad + 170}" y="${y - 16}" width="16" height="16" rx="2" fill="${e.colour}"/>`,
      text({ x: CARD.pad + 196, y, text: who, size: 22, weight: 600 }),
    ].join("");
  });
  if (shown.length < entries.length) parts.push(text({ x: CARD.pad, y: top + 26 + shown.length * row, text: `and ${entries.length - shown.length} more claims`, size: 20, fill: CARD_COLOURS.muted }));
  return parts.join("");
}

/** The legend (and the chart's notes) as a column beside a tall chart: each claimant over its words. */
function legendColumn(model: EmbedModel, x: number, top: number, width: number, bottom: number = CARD.height): string {
  const parts: string[] = [];
  let y = top + 20;
  // A long legend (a series chart's) stops above the source line rather than run over it.
  const fits = () => y < bottom;
  for (const item of model.legend) {
    if (!fits()) break;
    parts.push(`<rect x="${x}" y="${y - 15}" width="15" height="15" rx="2" fill="${item.colour}"/>`);
    for (const line of clampLines(wrapText(item.name, width - 22, 20, 700), 2, width - 22, 20, 700)) {
      parts.push(text({ x: x + 22, y, text: line, size: 20, weight: 700 }));
      y += 26;
    }
    for (const line of clampLines(wrapText(item.about, width - 22, 18), model.legend.length > 3 ? 2 : 3, width - 22, 18)) {
      if (!fits()) break;
      parts.push(text({ x: x + 22, y, text: line, size: 18, fill: CARD_COLOURS.muted }));
      y += 23;
    }
    y += 14;
  }
  if (model.body.kind === "figures") {
    for (const note of model.body.notes) {
      y += 4;
      for (const line of clampLines(wrapText(note, width, 16), 4, width, 16)) {
        if (!fits()) break;
        parts.push(text({ x, y, text: line, size: 16 }));
        y += 21;
      }
    }
  }
  return parts.join("");
}

const ASIDE_MIN = 330;

export function chartCard(model: EmbedModel): string {
  const { meta } = model;
  const parts: string[] = [`<rect width="${CARD.width}" height="${CARD.height}" fill="${CARD_COLOURS.bg}"/>`];

  const title = clampLines(wrapText(meta.title, INNER, 40, 700), 2, INNER, 40, 700);
  let y = CARD.pad + 34;
  for (const line of title) {
    parts.push(text({ x: CARD.pad, y, text: line, size: 40, weight: 700 }));
    y += 48;
  }
  const belowTitle = y - 20;

  // From the bottom up: the site's name and the date, then the source line above its rule.
  const footerY = CARD.height - 36;
  parts.push(text({ x: CARD.pad, y: footerY, text: meta.dateLine, size: 20, fill: CARD_COLOURS.muted }));
  parts.push(text({ x: CARD.width - CARD.pad, y: footerY, text: SITE_NAME, size: 26, weight: 700, anchor: "end" }));
  const source = clampLines(wrapText(meta.sourceLine, INNER, 17), 4, INNER, 17);
  const sourceTop = footerY - 34 - source.length * 22;
  parts.push(`<rect x="${CARD.pad}" y="${sourceTop - 2}" width="${INNER}" height="1" fill="${CARD_COLOURS.rule}"/>`);
  source.forEach((line, i) => parts.push(text({ x: CARD.pad, y: sourceTop + 20 + i * 22, text: line, size: 17, fill: CARD_COLOURS.muted })));
  const bottom = sourceTop - 14;

  if (model.body.kind === "control") {
    const drawnLegend = legend(model, belowTitle + 24);
    parts.push(drawnLegend.markup, timeline(model, drawnLegend.bottom + 18, bottom));
    return svgDocument(parts.join(""), meta.title);
  }

  const wide = model.body.sizes.find((s) => s.size === "wide") ?? model.body.sizes.at(-1);
  if (!wide) return svgDocument(parts.join(""), meta.title);
  // A tall chart shrinks too much under a legend: then the legend stands beside it.
  const drawnLegend = legend(model, belowTitle + 24);
  const topArea = { top: drawnLegend.bottom + 18, height: bottom - drawnLegend.bottom - 18 };
  const scaleTop = Math.min(INNER / wide.width, topArea.height / wide.height, 1.5);
  const asideArea = { top: belowTitle + 8, height: bottom - belowTitle - 8 };
  const scaleAside = Math.min((INNER - ASIDE_MIN - 40) / wide.width, asideArea.height / wide.height, 1.5);
  if (scaleAside > scaleTop * 1.15) {
    const width = Math.round(wide.width * scaleAside);
    parts.push(placeChart(wide.svg, CARD.pad, asideArea.top, width, Math.round(wide.height * scaleAside)));
    parts.push(legendColumn(model, CARD.pad + width + 40, asideArea.top, INNER - width - 40, bottom));
  } else {
    const height = Math.round(wide.height * scaleTop);
    // Centred in the room left, so a short chart does not leave a gap under it alone.
    const top = topArea.top + Math.max(0, Math.round((topArea.height - height) / 2));
    parts.push(drawnLegend.markup, placeChart(wide.svg, CARD.pad, top, Math.round(wide.width * scaleTop), height));
  }
  return svgDocument(parts.join(""), meta.title);
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
  return svgDocument(parts.join(""), SITE_NAME);
}

/**
 * xml:space="preserve" keeps a space that starts a <tspan> (the legend's " — ", the chart's
 * " ≠ not comparable"), which resvg would otherwise drop; no text here holds line breaks or runs of spaces.
 */
function svgDocument(content: string, title: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" xml:space="preserve" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" font-family="'${CARD_FONT}', 'Source Sans Pro', Arial, sans-serif" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>${content}</svg>\n`;
}
