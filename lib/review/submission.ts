/**
 * What the review page sends back, turned into a reviewed extraction for add-source's checks: every
 * drafted claim accepted (as edited) or rejected, claims the editor added, the claimants they need.
 * Ids are made again from each claim's claimant, metric or place, and date, so an edited claimant
 * never leaves a claim under another's id. Pure; errors carry the page's key of the claim.
 */
import { z } from "zod";
import { Claimant } from "../model/claimants";
import { ClaimInput } from "../model/claims";
import { ReportSource } from "../model/sources";
import { controlId, figureId } from "../extract/extract";
import type { ExtractionFile } from "../extract/output";

export const ReviewSubmission = z.strictObject({
  source: z.unknown(),
  /** Accepted claims (drafted ones keep their draft id as key; added ones have keys of their own). */
  claims: z.array(z.strictObject({ key: z.string().min(1), claim: z.unknown() })),
  /** Keys of the drafted claims the editor rejected. */
  rejected: z.array(z.string()),
  /** Claimants the editor settled (name, kind, side) for ids data/claimants.json lacks. */
  newClaimants: z.array(z.unknown()),
});
export type ReviewSubmission = z.infer<typeof ReviewSubmission>;

/** An error to show beside a claim (`key`), a claimant (`claimantId`) or the source (neither). */
export interface ReviewError {
  key?: string;
  claimantId?: string;
  field?: string;
  message: string;
}

function issues(error: z.ZodError): { field: string; message: string }[] {
  return error.issues.map((issue) => ({ field: issue.path.join("."), message: `${issue.path.join(".") || "claim"}: ${issue.message}` }));
}

export interface Built {
  extraction?: ExtractionFile;
  errors: ReviewError[];
  /** The page's key of each claim id in the extraction, to place later errors. */
  keyOf: Map<string, string>;
}

export function buildExtraction(input: {
  draft: ExtractionFile;
  text: string;
  submission: ReviewSubmission;
  /** Ids of data/claimants.json. */
  known: ReadonlySet<string>;
  /** Claimants that may be added without the editor naming them: who-is-who's bodies, the extractor's proposals. */
  proposable: readonly Claimant[];
}): Built {
  const { draft, text, submission, known, proposable } = input;
  const errors: ReviewError[] = [];
  const keyOf = new Map<string, string>();
  const decided = new Set([...submission.claims.map((c) => c.key), ...submission.rejected]);
  for (const claim of draft.claims) if (!decided.has(claim.id)) errors.push({ key: claim.id, message: "not reviewed yet: accept or reject it" });

  const source = ReportSource.safeParse(submission.source);
  if (!source.success) for (const e of issues(source.error)) errors.push({ field: e.field, message: `source ${e.message}` });

  const claims: ClaimInput[] = [];
  const seen = new Map<string, number>();
  for (const { key, claim } of submission.claims) {
    const parsed = ClaimInput.safeParse(claim);
    if (!parsed.success) {
      for (const e of issues(parsed.error)) errors.push({ key, field: e.field, message: e.message });
      continue;
    }
    const c = parsed.data;
    if (c.locator.kind !== "text" || text.slice(c.locator.start, c.locator.end) !== c.quote) {
      errors.push({ key, field: "quote", message: "the quote is not the report's text at its offsets" });
      continue;
    }
    const base = c.kind === "figure" ? figureId(c.claimantId, c.metric, c.statedOn.date) : controlId(c.claimantId, c.place, c.status, c.statedOn.date);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    keyOf.set(id, key);
    claims.push({ ...c, id });
  }

  const settled = new Map<string, Claimant>();
  submission.newClaimants.forEach((raw, i) => {
    const parsed = Claimant.safeParse(raw);
    if (parsed.success) settled.set(parsed.data.id, parsed.data);
    else for (const e of issues(parsed.error)) errors.push({ claimantId: String((raw as { id?: unknown } | null)?.id ?? i), field: e.field, message: `new claimant ${e.message}` });
  });
  const newClaimants: Claimant[] = [];
  for (const claim of claims) {
    const id = claim.claimantId;
    if (known.has(id) || newClaimants.some((c) => c.id === id)) continue;
    const claimant = settled.get(id) ?? proposable.find((c) => c.id === id);
    if (claimant) newClaimants.push(claimant);
    else errors.push({ key: keyOf.get(claim.id), field: "claimantId", message: `"${id}" is no claimant of claimants.json, who-is-who or this draft: pick one, or add it as a new claimant` });
  }
  if (errors.length > 0 || !source.success) return { errors, keyOf };
  return { extraction: { source: source.data, claims, newClaimants, review: [], unplaced: [] }, errors, keyOf };
}

/** One claim's own checks, as the editor edits it: its schema, and its quote at its offsets. Fast; the full checks run on save. */
export function checkClaim(text: string, claim: unknown): { field: string; message: string }[] {
  const parsed = ClaimInput.safeParse(claim);
  if (!parsed.success) return issues(parsed.error);
  const c = parsed.data;
  if (c.locator.kind !== "text" || text.slice(c.locator.start, c.locator.end) !== c.quote) return [{ field: "quote", message: "the quote is not the report's text at its offsets" }];
  return [];
}
