import type { Dataset } from "../dataset/validate";

export interface DateSpan {
  from: string;
  to: string;
}

/** The dates the dataset covers: when its claims were stated, and when the reports quoting them appeared. */
export interface Coverage {
  /** From the claims' statedOn dates; a "before" or "by" date is the latest the claim can be. */
  stated?: DateSpan;
  published?: DateSpan;
}

function span(dates: readonly string[]): DateSpan | undefined {
  // ISO dates sort as strings.
  const sorted = [...dates].sort();
  const from = sorted[0];
  const to = sorted[sorted.length - 1];
  return from && to ? { from, to } : undefined;
}

export function coverage(dataset: Dataset): Coverage {
  return {
    stated: span(dataset.claims.map((c) => c.statedOn.date)),
    // Reports only: a table's datePublished is the last day it covers, said on its own page.
    published: span(dataset.sources.filter((s) => s.kind === "report").map((s) => s.datePublished)),
  };
}
