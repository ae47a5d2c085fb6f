import { METRIC_INFO, METRICS, type Metric } from "../model/claims";
import type { ClaimRow } from "./rows";

/**
 * One category of a claimant's figures over time, as the claimant words it: every claim with this
 * subject and metric, oldest first. A table, not a chart: each point keeps its quote, translation,
 * doubts and report. Claims relayed by several reports are one point (their relays ride on it).
 */
export interface CategorySeries {
  /** "Ukrainian losses|tanks-and-other-armoured-combat-vehicles": unique within a claimant. */
  key: string;
  /** An id for the page's anchor and the table's caption. */
  anchor: string;
  subject: string;
  metric: Metric;
  /** "Tanks and other armoured combat vehicles". */
  label: string;
  points: ClaimRow[];
  /** How many points carry a doubt. */
  flagged: number;
  /** The first and last stated dates, ISO. */
  from: string;
  to: string;
}

export interface ClaimantSeries {
  /** Categories with at least two points, by subject, then in the order of METRICS. */
  series: CategorySeries[];
  /** Claims that make no series: claims of control, figures for part of the war, and a category stated once. */
  others: ClaimRow[];
}

function byTime(a: ClaimRow, b: ClaimRow): number {
  return a.statedDate.localeCompare(b.statedDate) || a.publication.localeCompare(b.publication) || (a.textStart ?? 0) - (b.textStart ?? 0);
}

/** Groups one claimant's rows into its series; pure, for the claimant's page. */
export function claimantSeries(rows: readonly ClaimRow[]): ClaimantSeries {
  const groups = new Map<string, ClaimRow[]>();
  const others: ClaimRow[] = [];
  for (const row of rows) {
    if (row.topic === "control" || row.partOfWar) {
      others.push(row);
      continue;
    }
    const key = `${row.subject}|${row.topic}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const series: CategorySeries[] = [];
  for (const [key, points] of groups) {
    const first = points[0];
    if (!first || first.topic === "control") continue;
    if (points.length < 2) {
      others.push(...points);
      continue;
    }
    const sorted = [...points].sort(byTime);
    series.push({
      key,
      anchor: `series-${first.subject.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}-${first.topic}`,
      subject: first.subject,
      metric: first.topic,
      label: METRIC_INFO[first.topic].label,
      points: sorted,
      flagged: sorted.filter((p) => p.doubts.length > 0).length,
      from: sorted[0]?.statedDate ?? "",
      to: sorted[sorted.length - 1]?.statedDate ?? "",
    });
  }
  series.sort((a, b) => a.subject.localeCompare(b.subject) || METRICS.indexOf(a.metric) - METRICS.indexOf(b.metric));
  return { series, others: [...others].sort(byTime) };
}
