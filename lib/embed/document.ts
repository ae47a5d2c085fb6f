import { SafeHtml, html, labelSvg, trusted } from "../render/html";
import { SITE_NAME, sitePaths } from "../site/site";
import { chartWords } from "../chart/words";
import type { EmbedBody, EmbedModel } from "./model";
import { EMBED_ROOT_ID, HEIGHT_SCRIPT } from "./scripts";
import { EMBED_CSS } from "./styles";
import type { EmbedTheme } from "./theme";

/**
 * The embed at /embed/<slug>: one small, complete HTML document with the chart's static SVG, its
 * title, legend, source line and date, "Get the data" and a link to the full page. Inline CSS, no
 * script needed to see it; links are relative, so the same file works on any origin it is served from.
 * Everything the first paint needs is in this one response: no stylesheet, font or script to wait
 * for. The theme a newsroom asks for (?theme=) is its own document, made here: `auto` follows the
 * reader's preference.
 */
export function embedDocument(model: EmbedModel, theme: EmbedTheme = "auto"): string {
  const { meta } = model;
  const { t } = chartWords(meta.locale);
  const doc = html`<!doctype html>
<html lang="${meta.locale}"${theme === "auto" ? null : html` class="cc-${theme}"`}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${meta.title} · ${SITE_NAME}</title>
<meta name="robots" content="noindex"><link rel="canonical" href="${meta.paths.page}">
<link rel="icon" href="${sitePaths.icon}" type="image/svg+xml">
<style>${trusted(EMBED_CSS)}</style>
</head><body><main class="e" id="${EMBED_ROOT_ID}">
<h1>${meta.title}</h1>
${model.legend.length > 0 ? html`<ul class="lg" aria-label="${t("chart.page.legend")}">${model.legend.map((item) => html`<li><span class="sw" style="background:${item.colour}" aria-hidden="true"></span><strong>${item.name}</strong> <span class="ab">— ${item.about}</span></li>`)}</ul>` : null}
${body(model.body)}
<p class="src">${meta.sourceLine}</p>
<p class="ft"><time datetime="${meta.latestDate}">${meta.dateLine}</time> · <a href="${meta.paths.csv}" download>${t("chart.embed.getData")}</a> · <a href="${meta.paths.page}" target="_blank" rel="noopener">${t("chart.embed.fullChart", { site: SITE_NAME })}</a></p>
</main><script>${trusted(HEIGHT_SCRIPT)}</script></body></html>
`;
  return doc.value;
}

function body(content: EmbedBody): SafeHtml {
  if (content.kind === "control") {
    return html`<ol class="tl">${content.entries.map(
      (e) => html`<li><span class="sw" style="background:${e.colour}" aria-hidden="true"></span><p><time datetime="${e.dateIso}">${e.date}</time> · ${e.claimant}: ${e.status}</p><q>${e.quote}</q></li>`,
    )}</ol>`;
  }
  // Static SVG drawn by recharts at build time from our own data (scripts/render-charts.tsx); every
  // text in it was escaped by React when it was drawn.
  const sizes = content.sizes.map((s) => html`<div class="sz sz-${s.size}">${trusted(labelSvg(s.svg, content.label))}</div>`);
  return html`<div class="ch">${sizes}</div>${content.notes.length > 0 ? html`<ul class="nt">${content.notes.map((n) => html`<li>${n}</li>`)}</ul>` : null}`;
}

