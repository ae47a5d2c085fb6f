import { sourceLine } from "./attribution";
import { type ControlTimeline, markSameStatements, shapeControlEntries, statusTally } from "./figures";
import type { ControlClaim } from "../model/claims";
import { CONTROL_STATUS_LABELS } from "../model/claims";
import type { Dataset } from "../dataset/validate";
import { formatDate } from "../model/dates";

/** Every claim of control about one place, in time order, with what the claims add up to. */
export interface PlaceControl {
  place: string;
  timeline: ControlTimeline;
  claimants: number;
  /** The statuses claimed, in the order first claimed: "Under Russian control", "Fighting ongoing". */
  statuses: string[];
  /** True when the claims about the place do not all say the same thing. */
  differ: boolean;
  /** The comparison page about this place, when there is one. */
  comparisonSlug?: string;
}

export function placeSlug(place: string): string {
  return place
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function dateSpan(dates: readonly string[]): string {
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return "";
  return first === last ? formatDate(first) : `${formatDate(first)} to ${formatDate(last)}`;
}

/** "stated 2 Mar 2022", or "stated by 2 Mar 2022" when a report gives no day for some of them. */
function statedWhen(claims: readonly ControlClaim[]): string {
  const dates = claims.map((c) => c.statedOn.date);
  if (claims.every((c) => c.statedOn.precision === "day")) return `stated ${dateSpan(dates)}`;
  const last = [...dates].sort().at(-1);
  return last ? `stated by ${formatDate(last)}` : "";
}

/** "5 claims by 5 claimants, stated by 2 Mar 2022. They differ: Surrounded; Under Russian control (…)." */
function summary(claims: number, claimants: number, stated: string, statuses: readonly string[]): string {
  const counted = `${plural(claims, "claim", "claims")} by ${plural(claimants, "claimant", "claimants")}, ${stated}`;
  if (statuses.length > 1) return `${counted}. They differ: ${statuses.join("; ")}.`;
  return `${counted}: ${statuses.join("")}.`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Groups every claim of control in the dataset by place. Places with more claims come first (that
 * is where sides disagree), then by their earliest claim, then by name. Within a place the claims
 * are in the order they were stated; the same day keeps data order, as the reports print them.
 */
export function controlByPlace(dataset: Dataset): PlaceControl[] {
  const byPlace = new Map<string, ControlClaim[]>();
  for (const claim of dataset.claims) {
    if (claim.kind !== "control") continue;
    byPlace.set(claim.place, [...(byPlace.get(claim.place) ?? []), claim]);
  }
  const places = [...byPlace].map(([place, claims]): PlaceControl => {
    const claimants = new Set(claims.map((c) => c.claimantId)).size;
    const comparison = dataset.comparisons.find((c) => c.kind === "control" && c.place === place);
    // One statement reported twice counts once here too, as on the comparison's page and card.
    const entries = markSameStatements(shapeControlEntries(claims.map((c) => c.id), dataset), comparison?.kind === "control" ? comparison.sameStatement : []);
    const statuses = [...new Set(entries.map((e) => e.status))];
    const timeline: ControlTimeline = {
      tally: statusTally(entries),
      slug: `control-${placeSlug(place)}`,
      title: place,
      summary: summary(claims.length, claimants, statedWhen(claims), statuses),
      place,
      entries,
      sourceLine: sourceLine(entries.map((e) => e.attribution)),
      notes: [],
      methodology: "",
    };
    return { place, timeline, claimants, statuses, differ: statuses.length > 1, comparisonSlug: comparison?.slug };
  });
  const earliest = (p: PlaceControl) => p.timeline.entries[0]?.claim.statedOn.date ?? "";
  return places.sort(
    (a, b) => b.timeline.entries.length - a.timeline.entries.length || earliest(a).localeCompare(earliest(b)) || a.place.localeCompare(b.place),
  );
}
