import type { FigureClaim } from "../model/claims";
import type { IsoDate } from "../model/dates";
import type { Source } from "../model/sources";

/**
 * A claim as it stood on `asof`, or undefined when it had not been published by then. A report's
 * claim counts from the day its report was published. A table's cell counts from the day of its
 * record, with the value it had before any revision imported after `asof` (the importer keeps each
 * revised value, with the day of the import that replaced it). What an import before `asof` held is
 * all the record knows: a value revised before the first import here is not known.
 */
export function claimAsOf(claim: FigureClaim, sources: ReadonlyMap<string, Source>, asof: IsoDate): FigureClaim | undefined {
  if (claim.locator.kind !== "cell") {
    const published = sources.get(claim.sourceId)?.datePublished;
    return published !== undefined && published <= asof ? claim : undefined;
  }
  if (claim.statedOn.date > asof) return undefined;
  const undone = (claim.table?.revisions ?? []).filter((r) => r.importedOn > asof).sort((a, b) => a.importedOn.localeCompare(b.importedOn))[0];
  if (!undone || typeof undone.from !== "number" || claim.qualifier === "vague" || claim.qualifier === "range") return claim;
  const text = String(undone.from);
  // The cell as it read then: its quote and wording are the cell's figure.
  const wasCell = claim.quote === String(claim.value);
  return { ...claim, value: undone.from, quote: wasCell ? text : claim.quote, stated: wasCell && claim.stated === claim.quote ? text : claim.stated };
}

/** The claims as published by `asof` (every claim, as it stands, without one). */
export function claimsAsOf(claims: readonly FigureClaim[], sources: ReadonlyMap<string, Source>, asof: IsoDate | undefined): FigureClaim[] {
  if (asof === undefined) return [...claims];
  return claims.flatMap((c) => claimAsOf(c, sources, asof) ?? []);
}
