import { z } from "zod";
import { formatDate, IsoDate } from "../model/dates";
import { type Army, Army as ArmySchema } from "../model/topics";

/** The parameters of /chart and /embed/chart, in their canonical order. */
export const CHART_PARAMS = ["topic", "army", "lines", "from", "to", "asof"] as const;
export type ChartParam = (typeof CHART_PARAMS)[number];
export const MAX_LINES = 8;

/** What the query needs to know of the data: each topic's lines, whose army each is about, and its first and last point. */
export const ChartCatalogue = z.strictObject({
  topics: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      lines: z.array(z.strictObject({ id: z.string(), label: z.string(), army: ArmySchema.optional(), first: IsoDate, last: IsoDate })),
    }),
  ),
});
export type ChartCatalogue = z.infer<typeof ChartCatalogue>;
export type CatalogueTopic = ChartCatalogue["topics"][number];

/** A chart as asked for, every default filled in. */
export interface ChartQuery {
  topic: string;
  army?: Army;
  /** The line ids asked for; undefined: every line of the topic (for the army, if given). */
  lines?: string[];
  /** The lines drawn, in order. */
  lineIds: string[];
  from: IsoDate;
  to: IsoDate;
  asof?: IsoDate;
  /** The parameters as given, for the canonical URL. */
  given: Partial<Record<ChartParam, string>>;
}

export type ChartQueryResult = { ok: true; query: ChartQuery } | { ok: false; param: string; message: string };

/** A parameter's name, safe to print: ours, or a short plain word; anything else is "a parameter". */
function shownName(name: string): string {
  return /^[a-z][a-z0-9_-]{0,19}$/.test(name) ? `"${name}"` : "a parameter";
}

const fail = (param: string, message: string): ChartQueryResult => ({ ok: false, param, message: `${param}: ${message}` });

/**
 * Parses a chart's query against the catalogue. Never echoes a value: the messages name the
 * parameter and say what is allowed. `extra` are further parameters the endpoint takes (the
 * embed's theme), each at most once.
 */
export function parseChartQuery(params: URLSearchParams, catalogue: ChartCatalogue, extra: readonly string[] = []): ChartQueryResult {
  const seen = new Set<string>();
  const given: Partial<Record<ChartParam, string>> = {};
  for (const [name, value] of params) {
    if (!(CHART_PARAMS as readonly string[]).includes(name) && !extra.includes(name)) {
      return { ok: false, param: name, message: `${shownName(name)} is not a parameter of a chart; the parameters are ${[...CHART_PARAMS, ...extra].join(", ")}.` };
    }
    if (seen.has(name)) return fail(name, "given more than once; give it once.");
    seen.add(name);
    if ((CHART_PARAMS as readonly string[]).includes(name)) given[name as ChartParam] = value;
  }
  if (given.topic === undefined) return fail("topic", `required; one of ${catalogue.topics.map((t) => t.id).join(", ")}.`);
  const topic = catalogue.topics.find((t) => t.id === given.topic);
  if (!topic) return fail("topic", `no such topic; one of ${catalogue.topics.map((t) => t.id).join(", ")}.`);
  let army: Army | undefined;
  if (given.army !== undefined) {
    const parsed = ArmySchema.safeParse(given.army);
    if (!parsed.success) return fail("army", `one of ${ArmySchema.options.join(", ")}.`);
    army = parsed.data;
  }
  const lineIds = topic.lines.map((l) => l.id);
  let lines: string[] | undefined;
  if (given.lines !== undefined) {
    lines = given.lines.split(",");
    if (lines.length > MAX_LINES) return fail("lines", `at most ${MAX_LINES} lines.`);
    if (new Set(lines).size < lines.length) return fail("lines", "a line is named twice.");
    const unknown = lines.find((id) => !lineIds.includes(id));
    if (unknown !== undefined) return fail("lines", `not a line of topic ${topic.id}; its lines are ${lineIds.join(", ")}.`);
    const other = army ? lines.find((id) => topic.lines.find((l) => l.id === id)?.army !== army) : undefined;
    if (other !== undefined) return fail("lines", `line ${other} is not about the ${army} army's losses, which army= asks for.`);
  }
  const drawn = topic.lines.filter((l) => (lines ? lines.includes(l.id) : army === undefined || l.army === army));
  const ordered = lines ? lines.map((id) => drawn.find((l) => l.id === id)).filter((l) => l !== undefined) : drawn;
  if (ordered.length === 0) return fail("army", `topic ${topic.id} has no line about the ${army} army's losses.`);
  if (ordered.length > MAX_LINES) return fail("lines", `topic ${topic.id} has ${ordered.length} lines; choose at most ${MAX_LINES} with lines=.`);
  const dates: Partial<Record<"from" | "to" | "asof", IsoDate>> = {};
  for (const name of ["from", "to", "asof"] as const) {
    const value = given[name];
    if (value === undefined) continue;
    const parsed = IsoDate.safeParse(value);
    if (!parsed.success) return fail(name, "a date in the calendar, written YYYY-MM-DD.");
    dates[name] = parsed.data;
  }
  const first = ordered.map((l) => l.first).sort()[0] as IsoDate;
  const dataLast = ordered.map((l) => l.last).sort().at(-1) as IsoDate;
  const { asof } = dates;
  if (asof !== undefined && asof < first) return fail("asof", `before ${formatDate(first)}, the first figure of this chart: nothing had been published.`);
  const last = asof !== undefined && asof < dataLast ? asof : dataLast;
  const from = dates.from ?? first;
  const to = dates.to ?? last;
  if (from > to) return fail("from", `after to (${formatDate(to)}).`);
  if (dates.to !== undefined && asof !== undefined && dates.to > asof) return fail("to", `after asof (${formatDate(asof)}): a chart as published by a day cannot run past it.`);
  if (to > dataLast) return fail("to", `after ${formatDate(dataLast)}, the latest figure of this chart.`);
  if (to < first) return fail("to", `before ${formatDate(first)}, the first figure of this chart.`);
  if (from > last) return fail("from", `after ${formatDate(last)}, the latest figure of this chart.`);
  return { ok: true, query: { topic: topic.id, army, lines, lineIds: ordered.map((l) => l.id), from, to, asof, given } };
}

/** The canonical query string: the parameters given, in the canonical order, then the extra ones. */
export function canonicalQuery(given: Partial<Record<string, string>>, extra: readonly string[] = []): string {
  const parts = [...CHART_PARAMS, ...extra].flatMap((name) => {
    const value = given[name];
    return value === undefined ? [] : [`${name}=${encodeURIComponent(value).replace(/%2C/g, ",")}`];
  });
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

/**
 * What the picker's plain GET form sends, as the chart's parameters: empty fields dropped, the
 * checkboxes (`line`, repeated) joined into `lines` (only those of the chosen topic: a form sent after
 * changing topic still holds the old topic's boxes), all of a topic's lines meaning none named.
 * Undefined when the query needs no folding.
 */
export function foldFormQuery(params: URLSearchParams, catalogue: ChartCatalogue): URLSearchParams | undefined {
  const names = [...params.keys()];
  const needs = names.includes("line") || [...params.values()].some((v) => v === "");
  if (!needs) return undefined;
  const out = new URLSearchParams();
  for (const [name, value] of params) if (name !== "line" && value !== "") out.append(name, value);
  const topic = catalogue.topics.find((t) => t.id === params.get("topic"));
  const army = params.get("army") || undefined;
  const boxes = params.getAll("line");
  if (topic && boxes.length > 0 && !out.has("lines")) {
    const ids = topic.lines.filter((l) => boxes.includes(l.id) && (!army || l.army === army)).map((l) => l.id);
    const all = topic.lines.filter((l) => !army || l.army === army).map((l) => l.id);
    if (ids.length > 0 && ids.length < all.length) out.set("lines", ids.join(","));
  }
  return out;
}

/** Whether the parameters are already in canonical order (so the URL is the chart's one URL). */
export function isCanonicalOrder(params: URLSearchParams, extra: readonly string[] = []): boolean {
  const order = [...CHART_PARAMS, ...extra] as string[];
  const names = [...params.keys()].map((n) => order.indexOf(n));
  return names.every((n, i) => i === 0 || n > (names[i - 1] ?? -1));
}
