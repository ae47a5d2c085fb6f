import { z } from "zod";
import type { ClaimRow, ClaimTopic } from "./rows";
import { Metric } from "../model/claims";
import { IsoDate } from "../model/dates";

/** The filters of the claims table, as the URL query holds them: `?claimant=un&metric=control&from=2022-03-03`. */
export interface ClaimFilters {
  claimant?: string;
  /** Matched case-insensitively anywhere in the claim's subject. */
  subject?: string;
  topic?: ClaimTopic;
  /** Inclusive bounds on the claim's stated date (see ClaimRow.statedDate). */
  from?: string;
  to?: string;
}

/** One choice in a filter's list: the value the URL holds, and the words the reader sees. */
export interface FilterOption {
  value: string;
  label: string;
}

const FILTER_KEYS = ["claimant", "subject", "topic", "from", "to"] as const satisfies readonly (keyof ClaimFilters)[];

/** The query parameter each filter lives in. `metric` is the public name of a topic. */
export const FILTER_PARAMS: Record<(typeof FILTER_KEYS)[number], string> = { claimant: "claimant", subject: "subject", topic: "metric", from: "from", to: "to" };

export const SUBJECT_MAX = 100;

const Topic = z.union([Metric, z.literal("control")]);

/**
 * One schema for the query. Each field falls back to "no filter" on a bad value, so a hostile or
 * stale URL shows the whole table instead of an error.
 */
function filtersSchema(claimantIds: ReadonlySet<string>) {
  const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
  return z.object({
    claimant: optional(z.string().refine((id) => claimantIds.has(id))),
    subject: optional(
      z
        .string()
        .max(SUBJECT_MAX)
        .transform((s) => s.trim() || undefined),
    ),
    topic: optional(Topic),
    from: optional(IsoDate),
    to: optional(IsoDate),
  });
}

/** Reads the filters from a query string; unknown parameters are ignored, repeated ones read once. */
export function parseClaimFilters(search: string | Pick<URLSearchParams, "get">, claimantIds: Iterable<string>): ClaimFilters {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const raw = Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(FILTER_PARAMS[key]) ?? undefined]));
  const parsed = filtersSchema(new Set(claimantIds)).safeParse(raw);
  return parsed.success ? parsed.data : {};
}

/** The query string for a set of filters (or the form's fields), "" when none is set; the inverse of parseClaimFilters. */
export function filtersToSearch(filters: ClaimFilters | ClaimFilterForm): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(FILTER_PARAMS[key], value);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function matchesFilters(row: ClaimRow, filters: ClaimFilters): boolean {
  if (filters.claimant && row.claimantId !== filters.claimant) return false;
  if (filters.topic && row.topic !== filters.topic) return false;
  if (filters.subject && !row.subject.toLowerCase().includes(filters.subject.toLowerCase())) return false;
  if (filters.from && row.statedDate < filters.from) return false;
  if (filters.to && row.statedDate > filters.to) return false;
  return true;
}

/** The filter form's fields as typed, under their query names: what a form GET would send. */
export type ClaimFilterForm = Record<(typeof FILTER_KEYS)[number], string>;

export function filtersToForm(filters: ClaimFilters): ClaimFilterForm {
  return { claimant: filters.claimant ?? "", subject: filters.subject ?? "", topic: filters.topic ?? "", from: filters.from ?? "", to: filters.to ?? "" };
}

/** What the form's fields mean, read through the same schema as the URL. */
export function formToFilters(form: ClaimFilterForm, claimantIds: Iterable<string>): ClaimFilters {
  return parseClaimFilters(filtersToSearch(form), claimantIds);
}
