/**
 * The answer keys of ../shared/reports/dev (`NN-slug.expected.json`): every figure and claim of control
 * a careful reader records in a report, and the newsroom's own numbers. Their claimant ids, statuses and
 * metrics are the key's own vocabulary; score.ts maps them to the dataset's where one exists.
 */
import { z } from "zod";

export const KEY_QUALIFIERS = ["exact", "more-than", "at-least", "about", "up-to", "range", "vague"] as const;
export const KEY_CONTROL_STATUSES = ["captured", "held", "contested", "withdrew", "encircled", "recaptured"] as const;

export const KeyFigure = z.object({
  /** Worded as in the text ("The spokesperson"). */
  claimant: z.string().nullable(),
  /** A stable id in the key's vocabulary ("ru-defence-ministry", "ru-government", "newsroom"). */
  claimantId: z.string(),
  relay: z.string().nullable().optional(),
  metric: z.string(),
  subject: z.string().optional(),
  stated: z.string(),
  qualifier: z.enum(KEY_QUALIFIERS),
  /** Null for a vague amount ("millions more"). */
  value: z.number().nullable(),
  valueHigh: z.number().nullable().optional(),
  quote: z.string().min(1),
});
export type KeyFigure = z.infer<typeof KeyFigure>;

export const KeyControl = z.object({
  claimant: z.string().nullable(),
  claimantId: z.string(),
  place: z.string(),
  status: z.enum(KEY_CONTROL_STATUSES),
  /** The side that captured, holds, withdrew, encircles, recaptured or is advancing. */
  by: z.enum(["ru", "ua"]).nullable(),
  quote: z.string().min(1),
});
export type KeyControl = z.infer<typeof KeyControl>;

/** A number of the newsroom's own, which no claimant stands behind. */
export const KeyUnattributed = z.object({
  stated: z.string(),
  quote: z.string().min(1),
  why: z.string().optional(),
});
export type KeyUnattributed = z.infer<typeof KeyUnattributed>;

export const AnswerKey = z.object({
  url: z.string().optional(),
  outlet: z.string().optional(),
  title: z.string().nullable().optional(),
  date: z.string(),
  truncated: z.boolean().optional(),
  figures: z.array(KeyFigure),
  control: z.array(KeyControl),
  unattributed: z.array(KeyUnattributed),
  notes: z.string().optional(),
});
export type AnswerKey = z.infer<typeof AnswerKey>;

export const KEY_SUFFIX = ".expected.json";

/**
 * The reports held back while the extractor was developed, fixed before any was read: every third
 * file by its number (03, 06, 09, 12, 15). Nothing in lib/extract was written from their texts or keys.
 */
export function isHeldBack(file: string): boolean {
  const number = /^(\d+)-/.exec(file)?.[1];
  return number !== undefined && Number(number) % 3 === 0;
}
