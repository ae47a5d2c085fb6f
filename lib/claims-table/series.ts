import { METRICS, type Metric } from "../model/claims";
import { metricName } from "../model/metric-names";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
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
  /** Categories with at least two points: the subject with most claims first, then equipment before people, as SERIES_ORDER. */
  series: CategorySeries[];
  /** Claims that make no series: claims of control, figures for part of the war, and a category stated once. */
  others: ClaimRow[];
}

/** The order a claimant's categories are listed in: equipment as the Ministry's briefings list it, then people. */
const SERIES_ORDER: readonly Metric[] = [
  "tanks-and-other-armoured-combat-vehicles", "aircraft", "planes-on-the-ground", "helicopters", "drones", "air-defence-systems",
  "multiple-rocket-launchers", "field-artillery-and-mortars", "artillery-and-multiple-rocket-launchers", "special-military-vehicles",
  "ships-and-boats", "military-objects", "personnel-losses", "soldiers-killed", "soldiers-wounded", "prisoners-of-war",
];
const rank = (metric: Metric) => {
  const i = SERIES_ORDER.indexOf(metric);
  return i >= 0 ? i : SERIES_ORDER.length + METRICS.indexOf(metric);
};

function byTime(a: ClaimRow, b: ClaimRow): number {
  return a.statedDate.localeCompare(b.statedDate) || a.publication.localeCompare(b.publication) || (a.textStart ?? 0) - (b.textStart ?? 0);
}

/** Groups one claimant's rows into its series; pure, for the claimant's page. */
export function claimantSeries(rows: readonly ClaimRow[], locale: Locale = DEFAULT_LOCALE): ClaimantSeries {
  const groups = new Map<string, ClaimRow[]>();
  const others: ClaimRow[] = [];
  for (const row of rows) {
    if (row.topic === "control" || row.partOfWar) {
      others.push(row);
      continue;
    }
    const key = `${row.subjectKey}|${row.topic}`;
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
      anchor: `series-${first.subjectKey.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}-${first.topic}`,
      subject: first.subject,
      metric: first.topic,
      label: metricName(first.topic, locale),
      points: sorted,
      flagged: sorted.filter((p) => p.doubts.length > 0).length,
      from: sorted[0]?.statedDate ?? "",
      to: sorted[sorted.length - 1]?.statedDate ?? "",
    });
  }
  const perSubject = new Map<string, number>();
  for (const s of series) perSubject.set(s.subject, (perSubject.get(s.subject) ?? 0) + s.points.length);
  const size = (subject: string) => perSubject.get(subject) ?? 0;
  series.sort((a, b) => size(b.subject) - size(a.subject) || a.subject.localeCompare(b.subject) || rank(a.metric) - rank(b.metric));
  return { series, others: [...others].sort(byTime) };
}
