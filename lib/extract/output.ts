/**
 * What `npm run extract` prints and `npm run add-source` reads back after a person has reviewed it.
 * `source` and `claims` are a valid data/sources file as they stand; the other fields are for the
 * reviewer and are never written into data/sources.
 */
import { z } from "zod";
import { Claimant, Slug } from "../model/claimants";
import { TextLocator } from "../model/claims";
import { SourceFile } from "../dataset/validate";

export const REVIEW_RECORDS = ["source", "claim", "claimant"] as const;

/** A record the extractor is unsure of, and why. Delete the note once the record is checked. */
export const ReviewNote = z.strictObject({
  record: z.enum(REVIEW_RECORDS),
  id: Slug,
  reasons: z.array(z.string().min(1)).min(1),
});
export type ReviewNote = z.infer<typeof ReviewNote>;

/** A number the extractor found but could not make a claim of (no metric in the vocabulary fits). */
export const Unplaced = z.strictObject({
  stated: z.string().min(1),
  quote: z.string().min(1),
  locator: TextLocator,
  reason: z.string().min(1),
});
export type Unplaced = z.infer<typeof Unplaced>;

export const ExtractionFile = z.strictObject({
  ...SourceFile.shape,
  /** Claimants the report names that data/claimants.json lacks; add-source appends them. */
  newClaimants: z.array(Claimant).default([]),
  review: z.array(ReviewNote).default([]),
  unplaced: z.array(Unplaced).default([]),
});
export type ExtractionFile = z.infer<typeof ExtractionFile>;
