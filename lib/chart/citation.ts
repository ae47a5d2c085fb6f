import type { ChartMeta } from "./meta";
import { SITE_NAME, sitePaths } from "../site/site";

/**
 * "Cite this chart": who, what, which version of the data, and where. The dataset version is in it
 * because the figures behind a chart change only with a new version.
 */
export function chartCitation(meta: ChartMeta, origin: string): string {
  return `${SITE_NAME}, “${meta.title}” (chart). ${meta.datasetTitle}, dataset version ${meta.datasetVersion}; ${lowerFirst(meta.dateLine)}. ${origin}${meta.paths.page}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
