import { escapeHtml } from "../render/html";
import { sitePaths } from "../site/site";
import { chartWords } from "../chart/words";
import type { Locale } from "../i18n/locales";

export interface IframeOptions {
  origin: string;
  /** The embed's path on the origin: /embed/<slug>, or /embed/chart?… */
  path: string;
  title: string;
  height: number;
  /** A fixed width in px (oEmbed); without it the iframe fills its column. */
  width?: number;
  /** Caps the auto-height (oEmbed's maxheight). */
  maxHeight?: number;
  /** The edition the frame's title is written in. */
  locale?: Locale;
}

/** The <iframe> of an embed. Its height shows the whole chart even where no script runs. */
export function iframeCode(o: IframeOptions): string {
  const style = o.width ? `width:100%;max-width:${o.width}px;border:0` : "width:100%;border:0";
  const attributes = [
    `src="${escapeHtml(o.origin + o.path)}"`,
    `title="${escapeHtml(chartWords(o.locale).t("chart.embed.frameTitle", { title: o.title }))}"`,
    o.width ? `width="${o.width}"` : "",
    `height="${o.height}"`,
    `style="${style}"`,
    `loading="lazy"`,
    o.maxHeight ? `data-max-height="${o.maxHeight}"` : "",
  ].filter(Boolean);
  return `<iframe ${attributes.join(" ")}></iframe>`;
}

/** The host script that sizes the iframe to its content: include it once a page, beside the iframes. */
export function resizeScriptCode(origin: string): string {
  return `<script async src="${escapeHtml(origin + sitePaths.embedScript)}"></script>`;
}

/** Embed code as a reader copies it: the iframe, and the resize script unless they want the iframe alone. */
export function embedCode(o: IframeOptions & { withScript: boolean }): string {
  return o.withScript ? `${iframeCode(o)}\n${resizeScriptCode(o.origin)}` : iframeCode(o);
}
