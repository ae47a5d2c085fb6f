import type { Source } from "../model/sources";

/**
 * The credit a source's licence asks for, where it asks for one. Oryx's counts are CC BY 4.0 and
 * reach us through scarnecchia/oryx_data's scrape (../shared/datasets/oryx/SOURCE.md); the credit
 * names both. A source record may carry its own `credit`; else it is recognised by its id.
 */
export function sourceCredit(source: Source | undefined): string | undefined {
  if (!source) return undefined;
  const own = (source as { credit?: unknown }).credit;
  if (typeof own === "string" && own.length > 0) return own;
  if (source.id.startsWith("oryx")) return "Oryx, as scraped by scarnecchia/oryx_data, CC BY 4.0";
  return undefined;
}
