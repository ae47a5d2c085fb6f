import type { ClaimRow } from "../claims-table/rows";
import { type Metric, type Qualifier, qualifierLabel } from "../model/claims";
import { metricName } from "../model/metric-names";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import type { IsoDate } from "../model/dates";
import type { Topic } from "../model/topics";

/** One figure on the day's page: the claim's row (quote or cell, source, link) and its qualifier in words. */
export interface DayFigure {
  row: ClaimRow;
  /** The metric's label ("Tanks"), for a line that adds several up or runs under several names. */
  metric: string;
  qualifier: string;
}

/** What one of a topic's lines says on the day: a claimant's claims of that day, or a reference's nearest listing. */
export interface DayLine {
  id: string;
  label: string;
  role: "claim" | "reference";
  /** The day the figures were stated: the day itself, or for a reference the nearest listing. */
  date: IsoDate;
  /** True when a reference's listing is of another day than the one asked (so the page says whose date it is). */
  otherDay: boolean;
  figures: DayFigure[];
}

export interface DayTopic {
  id: string;
  name: string;
  lines: DayLine[];
}

export interface DayView {
  day: IsoDate;
  topics: DayTopic[];
  /** Claims of the day that no topic's line holds (claims of control, one-off figures, other types), in data order. */
  others: ClaimRow[];
  /** How many claims were stated that day. */
  count: number;
  /** The nearest days before and after that have claims. */
  previous?: IsoDate;
  next?: IsoDate;
}

export interface DayIndex {
  /** Every day that has a claim, ascending. */
  days: IsoDate[];
  /** Row positions by day, rows in the order stated. */
  byDay: Map<IsoDate, ClaimRow[]>;
  /** For each topic line, the days it has a figure on, ascending. */
  lineDays: Map<string, IsoDate[]>;
  topics: readonly Topic[];
  qualifiers: ReadonlyMap<string, Qualifier>;
  /** The edition whose words the rows, topics and qualifiers are in. */
  locale: Locale;
}

type Line = Topic["lines"][number];

const lineKey = (topic: Topic, line: Line) => `${topic.id}/${line.id}`;
const lineMetrics = (line: Line): readonly Metric[] => line.sum ?? line.renamed ?? (line.metric ? [line.metric] : []);

function onLine(row: ClaimRow, line: Line): boolean {
  return row.kind === "figure" && row.claimantId === line.claimantId && row.subjectKey === line.subject && (lineMetrics(line) as readonly string[]).includes(row.topic);
}

/** Indexes every claim by day, and each topic line by the days it has figures on; made once per dataset. */
export function buildDayIndex(rows: readonly ClaimRow[], topics: readonly Topic[], qualifiers: ReadonlyMap<string, Qualifier>, locale: Locale = DEFAULT_LOCALE): DayIndex {
  const byDay = new Map<IsoDate, ClaimRow[]>();
  for (const row of rows) {
    const list = byDay.get(row.statedDate);
    if (list) list.push(row);
    else byDay.set(row.statedDate, [row]);
  }
  const days = [...byDay.keys()].sort();
  const lineDays = new Map<string, IsoDate[]>();
  for (const topic of topics) {
    for (const line of topic.lines) {
      lineDays.set(lineKey(topic, line), days.filter((d) => (byDay.get(d) ?? []).some((r) => onLine(r, line))));
    }
  }
  return { days, byDay, lineDays, topics, qualifiers, locale };
}

/** The nearest of sorted days to `day`: the same day, else the closer one; on a tie, the later (a listing made after the claim, not before it). */
export function nearestDay(days: readonly IsoDate[], day: IsoDate): IsoDate | undefined {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] ?? "") < day) lo = mid + 1;
    else hi = mid;
  }
  const after = days[lo];
  const before = days[lo - 1];
  if (after === day || before === undefined) return after;
  if (after === undefined) return before;
  return dayNumber(day) - dayNumber(before) < dayNumber(after) - dayNumber(day) ? before : after;
}

function dayNumber(day: IsoDate): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}

/** The nearest day before and after `day` that has claims. */
function neighbours(days: readonly IsoDate[], day: IsoDate): { previous?: IsoDate; next?: IsoDate } {
  const previous = [...days].reverse().find((d) => d < day);
  const next = days.find((d) => d > day);
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

function figuresOf(rows: readonly ClaimRow[], line: Line, qualifiers: ReadonlyMap<string, Qualifier>, locale: Locale): DayFigure[] {
  const metrics = lineMetrics(line);
  return rows
    .filter((r) => onLine(r, line))
    .sort((a, b) => metrics.indexOf(a.topic as Metric) - metrics.indexOf(b.topic as Metric))
    .map((row) => {
      const qualifier = qualifiers.get(row.id);
      return { row, metric: row.topic === "control" ? row.what : metricName(row.topic, locale), qualifier: qualifier ? qualifierLabel(qualifier, locale) : "" };
    });
}

/**
 * What every claimant claimed on one day, topic by topic: each claim line's figures of that day, and
 * beside them each reference line's listing of that day or, when it has none, of the nearest day,
 * marked with its own date. A topic is shown when a claimant claimed something of it that day.
 */
export function shapeDay(index: DayIndex, day: IsoDate): DayView {
  const rows = index.byDay.get(day) ?? [];
  const shown = new Set<string>();
  const topics: DayTopic[] = [];
  for (const topic of index.topics) {
    const claims = topic.lines.filter((l) => l.role !== "reference");
    const lines: DayLine[] = claims.flatMap((line) => {
      const figures = figuresOf(rows, line, index.qualifiers, index.locale);
      return figures.length > 0 ? [{ id: line.id, label: line.label, role: "claim" as const, date: day, otherDay: false, figures }] : [];
    });
    if (lines.length === 0) continue;
    for (const line of topic.lines.filter((l) => l.role === "reference")) {
      const date = nearestDay(index.lineDays.get(lineKey(topic, line)) ?? [], day);
      if (!date) continue;
      const figures = figuresOf(index.byDay.get(date) ?? [], line, index.qualifiers, index.locale);
      if (figures.length > 0) lines.push({ id: line.id, label: line.label, role: "reference", date, otherDay: date !== day, figures });
    }
    for (const line of lines) for (const f of line.figures) if (f.row.statedDate === day) shown.add(f.row.id);
    topics.push({ id: topic.id, name: topic.name, lines });
  }
  return { day, topics, others: rows.filter((r) => !shown.has(r.id)), count: rows.length, ...neighbours(index.days, day) };
}
