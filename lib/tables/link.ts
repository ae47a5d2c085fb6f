import type { Claim } from "../model/claims";

const figureKey = (claim: Claim) =>
  claim.kind === "figure" && claim.qualifier !== "vague"
    ? [claim.claimantId, claim.subject, claim.period?.asOf ?? claim.statedOn.date, claim.value, claim.qualifier === "range" ? claim.valueHigh : ""].join("|")
    : undefined;

/**
 * A compilation's row that repeats a claim the dataset already holds (the UK MoD's monthly total in
 * The Economist's list of estimates; a Russian Defence Ministry total already quoted from a report):
 * the same claimant, subject, day and figure. It is one claim, not two: the row is kept as a relay of
 * the first (`alsoIn`, with its cell), and counted once. Returns the claims of `compiled` still standing.
 */
export function linkRepeats(compiled: readonly Claim[], others: readonly Claim[]): Claim[] {
  const first = new Map<string, Claim>();
  for (const claim of others) {
    const key = figureKey(claim);
    if (key !== undefined && !first.has(key)) first.set(key, claim);
  }
  return compiled.filter((claim) => {
    const key = figureKey(claim);
    const target = key === undefined ? undefined : first.get(key);
    if (!target || target.sourceId === claim.sourceId || target.alsoIn?.some((r) => r.sourceId === claim.sourceId)) return true;
    target.alsoIn = [...(target.alsoIn ?? []), { sourceId: claim.sourceId, quote: claim.quote, locator: claim.locator }];
    return false;
  });
}
