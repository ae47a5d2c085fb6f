/**
 * A second, keyless check: ../shared/reports/ru-defence-ministry/manifest.json gives, for each report,
 * the totals the Russian Defence Ministry stated. A total is found when a candidate figure states
 * that value, and attributed when that candidate's claimant is ru-defence-ministry. Pure: the caller
 * reads the files.
 */
import { z } from "zod";
import type { ClaimInput } from "../model/claims";

export const MINISTRY_ID = "ru-defence-ministry";

export const ManifestReport = z.object({
  file: z.string(),
  language: z.string(),
  totals: z.record(z.string(), z.number()),
});
export const Manifest = z.object({ reports: z.array(ManifestReport) });
export type ManifestReport = z.infer<typeof ManifestReport>;

export interface TotalsScore {
  file: string;
  totals: number;
  found: number;
  attributed: number;
  /** "aircraft=31 missing", "uavs=1600 by russian-military". */
  misses: string[];
}

export function scoreTotals(report: ManifestReport, claims: readonly ClaimInput[]): TotalsScore {
  const figures = claims.filter((c) => c.kind === "figure" && c.qualifier !== "vague");
  const misses: string[] = [];
  let found = 0;
  let attributed = 0;
  for (const [name, value] of Object.entries(report.totals)) {
    const matches = figures.filter((c) => "value" in c && c.value === value);
    if (matches.length === 0) {
      misses.push(`${name}=${value} missing`);
      continue;
    }
    found += 1;
    if (matches.some((c) => c.claimantId === MINISTRY_ID)) attributed += 1;
    else misses.push(`${name}=${value} by ${matches[0]?.claimantId}`);
  }
  return { file: report.file, totals: Object.keys(report.totals).length, found, attributed, misses };
}
