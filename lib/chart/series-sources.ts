import type { Source } from "../model/sources";

/**
 * The credit a source's licence asks for, where it asks for one: a table's `upstream.attribution`
 * (for Oryx, "Oryx, as scraped by scarnecchia/oryx_data, CC BY 4.0"; see ../shared/datasets/oryx/SOURCE.md).
 */
export function sourceCredit(source: Source | undefined): string | undefined {
  return source?.kind === "table" ? source.upstream.attribution : undefined;
}
