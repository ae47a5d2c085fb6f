import type { ChartMeta } from "./meta";
import { SITE_NAME } from "../site/site";
import { chartWords } from "./words";

/**
 * "Cite this chart": who, what, which version of the data, and where. The dataset version is in it
 * because the figures behind a chart change only with a new version.
 */
export function chartCitation(meta: ChartMeta, origin: string): string {
  return chartWords(meta.locale).t("chart.citation", { site: SITE_NAME, title: meta.title, dataset: meta.datasetTitle, version: meta.datasetVersion, dateLine: lowerFirst(meta.dateLine), url: `${origin}${meta.paths.page}` });
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
