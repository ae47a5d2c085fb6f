import { z } from "zod";

export const SIDES = ["russia", "ukraine", "united-kingdom", "united-states", "france", "norway", "international", "independent", "unattributed"] as const;
export const Side = z.enum(SIDES);
export type Side = z.infer<typeof Side>;
export const SIDE_LABELS: Record<Side, string> = {
  russia: "Russia",
  ukraine: "Ukraine",
  "united-kingdom": "United Kingdom",
  "united-states": "United States",
  france: "France",
  norway: "Norway",
  international: "International",
  independent: "Independent",
  unattributed: "Unattributed",
};

export const CLAIMANT_KINDS = [
  "ministry",
  "government",
  "emergency-service",
  "un-body",
  "intelligence-service",
  "parliament",
  "official",
  "news-agency",
  "armed-forces",
  "open-source-researchers",
  "research-institute",
  "journalist",
  "unattributed",
] as const;
export const ClaimantKind = z.enum(CLAIMANT_KINDS);
export type ClaimantKind = z.infer<typeof ClaimantKind>;
export const CLAIMANT_KIND_LABELS: Record<ClaimantKind, string> = {
  ministry: "Ministry",
  government: "Government (body not named)",
  "emergency-service": "Emergency service",
  "un-body": "UN body",
  "intelligence-service": "Intelligence service",
  parliament: "Parliament",
  official: "Official",
  "news-agency": "News agency",
  "armed-forces": "Armed forces",
  "open-source-researchers": "Open-source researchers",
  "research-institute": "Research institute",
  journalist: "Journalist",
  unattributed: "Unattributed",
};

export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a lowercase slug such as 'ua-defence-ministry'");

/** Who makes claims: a body or person as the reports name them. */
export const Claimant = z.strictObject({
  id: Slug,
  name: z.string().min(1),
  /** Shorter name for chart legends; falls back to `name`. */
  shortName: z.string().min(1).optional(),
  kind: ClaimantKind,
  side: Side,
  note: z.string().min(1).optional(),
});
export type Claimant = z.infer<typeof Claimant>;

export const ClaimantsFile = z.array(Claimant);
