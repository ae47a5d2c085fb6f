import type { Claimant } from "../model/claimants";
import type { Claim, StatedOn } from "../model/claims";
import { formatDate } from "../model/dates";
import { PUBLISHER_NOT_IDENTIFIED, type Source } from "../model/sources";

/** Who said a claim, when, through whom, and where we read it: the words under every chart. */
export interface Attribution {
  claimId: string;
  claimantId: string;
  claimant: string;
  sourceId: string;
  /** "stated 2 Mar 2022", "stated by 2 Mar 2022", "stated before 2 Mar 2022 (\"previously\")". */
  stated: string;
  /** "via Facebook post", or undefined. */
  relay?: string;
  /** "Reuters, 3 Mar 2022" or "report of 2 Mar 2022, publisher not identified". */
  publication: string;
}

export function statedPhrase(stated: StatedOn): string {
  const date = formatDate(stated.date);
  if (stated.precision === "day") return `stated ${date}`;
  if (stated.precision === "by") return `stated by ${date}`;
  return `stated before ${date}${stated.wording ? ` ("${stated.wording}")` : ""}`;
}

export function publicationPhrase(source: Source): string {
  const date = formatDate(source.datePublished);
  if (source.kind === "table") return `${source.publisher}, published table (to ${date})`;
  if (source.publisher === PUBLISHER_NOT_IDENTIFIED) return `report of ${date}, publisher not identified`;
  return `${source.publisher}, ${date}`;
}

export function attribute(claim: Claim, claimant: Claimant | undefined, source: Source | undefined): Attribution {
  return {
    claimId: claim.id,
    claimantId: claim.claimantId,
    claimant: claimant?.name ?? claim.claimantId,
    sourceId: claim.sourceId,
    stated: statedPhrase(claim.statedOn),
    relay: claim.relay ? `via ${claim.relay.via}` : undefined,
    publication: source ? publicationPhrase(source) : claim.sourceId,
  };
}

/**
 * The source line: every claimant, relay and publication behind a chart, once each, e.g.
 * "Sources: Russia (body not named in the report), stated by 2 Mar 2022; … Reported in: report of
 * 2 Mar 2022, publisher not identified."
 */
export function sourceLine(attributions: readonly Attribution[]): string {
  const claimants = new Map<string, string>();
  for (const a of attributions) {
    const key = `${a.claimant}|${a.relay ?? ""}|${a.stated}`;
    if (!claimants.has(key)) claimants.set(key, [a.claimant, a.relay, a.stated].filter(Boolean).join(", "));
  }
  const publications = [...new Set(attributions.map((a) => a.publication))];
  return `Sources: ${[...claimants.values()].join("; ")}. Reported in: ${publications.join("; ")}.`;
}
