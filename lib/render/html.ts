import { chartWords } from "../chart/words";
import type { Locale } from "../i18n/locales";
/** Markup that is already safe: built by `html`, or static SVG the build drew from our own data. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Marks trusted markup (e.g. the build's chart SVG) to go into `html` unescaped. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * Escapes text for HTML element content and for quoted attribute values. Claims and titles are
 * plain text today, but a quote may one day hold "<" or "&", and none of it must become markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      default:
        return "&#39;";
    }
  });
}

type Interpolation = string | number | SafeHtml | readonly SafeHtml[] | null | undefined | false;

/**
 * A template tag that escapes every interpolated string and number, and inserts `SafeHtml`
 * (nested `html` results, `trusted` markup) as it is. null, undefined and false insert nothing.
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(out);
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map((v: SafeHtml) => v.value).join("");
  return escapeHtml(String(value));
}

/**
 * Gives a chart's static <svg> its accessible name (the chart said in words), so screen readers
 * read one sentence for it. Used by the pages and the embed alike.
 */
export function labelSvg(svg: string, label: string): string {
  return svg.replace("<svg ", html`<svg role="group" aria-label="${label}" `.value);
}

/** The accessible name of a figures chart: its title, then the chart in words. */
export function chartLabel(title: string, textSummary: string, locale: Locale = "en"): string {
  return `${chartName(title, locale)}. ${textSummary}`;
}

/** A chart's short accessible name: "Chart: <title>". */
export function chartName(title: string, locale: Locale = "en"): string {
  return chartWords(locale).t("chart.page.chartAlt", { title });
}

/**
 * Names a page's inlined chart SVG "Chart: <title>" and, given one, points its description at the
 * chart in words (`describedBy`, the id of a list elsewhere on the page). A page carries each chart
 * in three sizes, and Next sends its markup twice (HTML and the router's payload): the words in each
 * SVG's label were six copies. The standalone files and embeds keep `labelSvg`: there the SVG is all
 * there is.
 */
export function nameSvg(svg: string, name: string, describedBy?: string): string {
  const described = describedBy ? html` aria-describedby="${describedBy}"` : "";
  return svg.replace("<svg ", html`<svg role="group" aria-label="${name}"${described} `.value);
}
