import type { ChartMeta } from "../chart/meta";
import { chartCitation } from "../chart/citation";
import { SITE_NAME, sitePaths } from "../site/site";
import { embedCode } from "./code";
import { EMBED_WIDTH, defaultFrameHeight } from "./layout";
import type { EmbedModel } from "./model";
import { cardSize } from "../render/card";
import { fitFrame, fittedFrameCode } from "./frame-fit";
import { chartWords } from "../chart/words";

export interface Download {
  href: string;
  /** The file name offered to the reader: it says which chart, and which version of the data. */
  filename: string;
  label: string;
  format: string;
}

export interface EmbedCodes {
  withScript: string;
  iframeOnly: string;
  previewSrc: string;
  previewHeight: number;
}

/**
 * What a chart page offers for taking a chart elsewhere: embed code, downloads, a citation. A chart
 * that changes with the data offers its embed pinned to a day (`pinnedTo`), so it keeps the figures
 * an article discusses, and the code that always shows the latest as the other choice.
 */
export interface Sharing {
  slug: string;
  title: string;
  embed: EmbedCodes;
  downloads: Download[];
  citation: string;
  pinnedTo?: string;
  latest?: EmbedCodes;
}

/** The live chart's offer, with the embed code of its pinned model in front and the live code as the other choice. */
export function pinnedSharing(live: Sharing, pinned: Sharing, day: string): Sharing {
  return { ...live, embed: pinned.embed, pinnedTo: day, latest: live.embed };
}

export function shapeSharing(model: EmbedModel, origin: string): Sharing {
  const { slug, title } = model.meta;
  // Embed code fills its column, so its height must hold the embed at any width up to the widest.
  const height = defaultFrameHeight(model, EMBED_WIDTH.max);
  const frame = { origin, path: model.meta.paths.embed, title, height, locale: model.meta.locale };
  return {
    slug,
    title,
    embed: {
      withScript: embedCode({ ...frame, withScript: true }),
      // Without the script, the frame's height follows its column's width (frame-fit.ts), not the tallest it could need.
      iframeOnly: fittedFrameCode({ src: origin + model.meta.paths.embed, title, fit: fitFrame(model), locale: model.meta.locale }),
      previewSrc: model.meta.paths.embed,
      previewHeight: height,
    },
    downloads: downloads(model.meta, cardSize(model)),
    citation: chartCitation(model.meta, origin),
  };
}

function downloads(meta: ChartMeta, card: { width: number; height: number }): Download[] {
  const base = `${SITE_NAME.toLowerCase()}-${meta.slug}${meta.locale === "en" ? "" : `-${meta.locale}`}-v${meta.datasetVersion}`;
  const { t } = chartWords(meta.locale);
  const image = t("chart.downloads.image");
  return [
    { href: meta.paths.png, filename: `${base}.png`, label: image, format: `PNG, ${card.width} × ${card.height}` },
    { href: meta.paths.svg, filename: `${base}.svg`, label: image, format: "SVG" },
    { href: meta.paths.csv, filename: `${base}.csv`, label: t(meta.kind === "figures" ? "chart.downloads.chartFigures" : meta.kind === "series" ? "chart.downloads.everyPoint" : "chart.downloads.claims"), format: "CSV" },
  ];
}
