/**
 * What the review page shows: the report's text, the extractor's draft, and the choices an editor
 * picks from (claimants with who speaks for them, metrics, qualifiers, statuses). Pure.
 */
import { type Claimant, CLAIMANT_KINDS, SIDES } from "../model/claimants";
import { CONTROL_STATUS_LABELS, CONTROL_STATUSES, METRIC_INFO, METRICS, QUALIFIER_LABELS, QUALIFIERS } from "../model/claims";
import type { ExtractionFile } from "../extract/output";
import type { WhoIsWho } from "../extract/whoIsWho";

export interface ClaimantOption {
  id: string;
  name: string;
  kind: string;
  side: string;
  /** Not in data/claimants.json: saving adds it (a who-is-who body, or one the extractor proposed). */
  isNew: boolean;
  /** Who speaks for it and its other names (who-is-who), so a search for "Shoigu" finds it. */
  hints: string[];
}

export interface ReviewDraft {
  file: string;
  text: string;
  extraction: ExtractionFile;
  claimants: ClaimantOption[];
  metrics: { id: string; label: string; unit: string }[];
  qualifiers: { id: string; label: string }[];
  statuses: { id: string; label: string }[];
  kinds: readonly string[];
  sides: readonly string[];
}

/** Each claimant's hints from who-is-who: the people who held its offices, the offices' titles, its other names. */
export function claimantHints(whoIsWho: WhoIsWho, claimantId: string): string[] {
  const hints = new Set<string>();
  for (const office of whoIsWho.offices.values()) {
    if (office.claimantId !== claimantId) continue;
    hints.add(office.title);
    for (const person of whoIsWho.people) {
      const tenures = person.held.filter((t) => t.office === office.id);
      for (const t of tenures) hints.add(t.from || t.until ? `${person.name} (${t.from ?? "…"} to ${t.until ?? "…"})` : person.name);
    }
  }
  for (const name of whoIsWho.aliasNames(claimantId)) hints.add(name);
  return [...hints];
}

export function reviewDraft(input: { file: string; text: string; extraction: ExtractionFile; claimants: readonly Claimant[]; whoIsWho: WhoIsWho }): ReviewDraft {
  const { file, text, extraction, claimants, whoIsWho } = input;
  const inDataset = new Set(claimants.map((c) => c.id));
  const all = [...whoIsWho.withBodies(claimants), ...extraction.newClaimants.filter((c) => !whoIsWho.bodies.some((b) => b.id === c.id) && !inDataset.has(c.id))];
  return {
    file,
    text,
    extraction,
    claimants: all.map((c) => ({ id: c.id, name: c.name, kind: c.kind, side: c.side, isNew: !inDataset.has(c.id), hints: claimantHints(whoIsWho, c.id) })),
    metrics: METRICS.map((id) => ({ id, label: METRIC_INFO[id].label, unit: METRIC_INFO[id].unit })),
    qualifiers: QUALIFIERS.map((id) => ({ id, label: QUALIFIER_LABELS[id] })),
    statuses: CONTROL_STATUSES.map((id) => ({ id, label: CONTROL_STATUS_LABELS[id] })),
    kinds: CLAIMANT_KINDS,
    sides: SIDES,
  };
}
