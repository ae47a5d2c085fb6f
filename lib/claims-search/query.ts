import { z } from "zod";
import { Metric } from "../model/claims";
import { formatDate, IsoDate } from "../model/dates";

/** The filters of /claims and /api/claims, in their canonical order; `page` comes last. */
export const CLAIMS_PARAMS = ["claimant", "metric", "subject", "from", "to", "q", "page"] as const;
export type ClaimsParam = (typeof CLAIMS_PARAMS)[number];
/** /api/claims also takes `format` (json or csv). */
export const API_PARAMS = [...CLAIMS_PARAMS, "format"] as const;
export const API_FORMATS = ["json", "csv"] as const;
export type ApiFormat = (typeof API_FORMATS)[number];

export const SUBJECT_MAX = 100;
export const Q_MAX = 200;

/** What a claim is about, as the `metric` filter names it: a figure's metric, or "control" for a claim of control. */
export const ClaimTopic = z.union([Metric, z.literal("control")]);
export type ClaimTopic = z.infer<typeof ClaimTopic>;

/** The search as asked: every filter optional, each already checked. */
export interface ClaimsQuery {
  claimant?: string;
  metric?: ClaimTopic;
  /** Matched case-insensitively anywhere in the claim's subject. */
  subject?: string;
  /** Inclusive bounds on the claim's stated date. */
  from?: IsoDate;
  to?: IsoDate;
  /** Words and figures, every one of which the claim must hold (see ./text.ts). */
  q?: string;
  /** 1-based; 1 when not given. */
  page: number;
}

export type ClaimsQueryResult<Q = ClaimsQuery> = { ok: true; query: Q } | { ok: false; param: string; message: string };

/** What the query needs to know of the data: who may be named as claimant. */
export interface ClaimsCatalogue {
  claimantIds: ReadonlySet<string>;
}

/** A parameter's name, safe to print: a short plain word, or "a parameter". */
function shownName(name: string): string {
  return /^[a-z][a-z0-9_-]{0,19}$/.test(name) ? `"${name}"` : "a parameter";
}

/** Next's client router adds `_rsc` to the requests it makes for a page's data: not the reader's. */
const INTERNAL = new Set(["_rsc"]);

const text = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.trim() || undefined);

function schemaOf(catalogue: ClaimsCatalogue) {
  return z.object({
    claimant: z
      .string()
      .refine((id) => catalogue.claimantIds.has(id))
      .optional(),
    metric: ClaimTopic.optional(),
    subject: text(SUBJECT_MAX).optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    q: text(Q_MAX).optional(),
    page: z
      .string()
      .regex(/^[1-9]\d{0,6}$/)
      .transform(Number)
      .optional(),
  });
}

/** What each parameter must be, said without its value. */
const EXPECTED: Record<ClaimsParam, string> = {
  claimant: "not a known claimant; the claimants are listed at /claimants.",
  metric: 'not a known metric; choose one from the form at /claims, or "control" for claims of control.',
  subject: `at most ${SUBJECT_MAX} characters.`,
  from: "a date in the calendar, written YYYY-MM-DD.",
  to: "a date in the calendar, written YYYY-MM-DD.",
  q: `at most ${Q_MAX} characters.`,
  page: "a whole number from 1.",
};

/**
 * Reads the claims filters from a URL query. An empty value (what a GET form sends for an empty
 * field) is no filter; anything else is checked, and a bad value, an unknown or repeated parameter,
 * or `from` after `to` is an error naming the parameter, never repeating its value.
 */
export function parseClaimsQuery(params: URLSearchParams, catalogue: ClaimsCatalogue, allowed: readonly string[] = CLAIMS_PARAMS): ClaimsQueryResult<ClaimsQuery & { given: Partial<Record<string, string>> }> {
  const given: Partial<Record<string, string>> = {};
  for (const [name, value] of params) {
    if (INTERNAL.has(name)) continue;
    if (!allowed.includes(name)) return { ok: false, param: name, message: `${shownName(name)} is not a parameter here; the parameters are ${allowed.join(", ")}.` };
    if (name in given) return { ok: false, param: name, message: `${name}: given more than once; give it once.` };
    given[name] = value;
  }
  const raw = Object.fromEntries(CLAIMS_PARAMS.flatMap((name) => (given[name] ? [[name, given[name]]] : [])));
  const parsed = schemaOf(catalogue).safeParse(raw);
  if (!parsed.success) {
    const param = String(parsed.error.issues[0]?.path[0] ?? "query") as ClaimsParam;
    return { ok: false, param, message: `${param}: ${EXPECTED[param] ?? "not valid."}` };
  }
  const { page, ...filters } = parsed.data;
  if (filters.from && filters.to && filters.from > filters.to) return { ok: false, param: "from", message: `from: after to (${formatDate(filters.to)}); give from on or before to.` };
  const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as Omit<ClaimsQuery, "page">;
  const kept = Object.fromEntries(Object.entries(given).filter(([name, v]) => v !== "" && name !== "format" && (CLAIMS_PARAMS as readonly string[]).includes(name)));
  return { ok: true, query: { ...query, page: page ?? 1, given: kept } };
}

/** Whether the query filters anything (a page number alone does not). */
export function hasFilters(query: ClaimsQuery): boolean {
  return CLAIMS_PARAMS.some((name) => name !== "page" && query[name] !== undefined);
}

/** The query string of a search, in canonical order, with `page` only past the first: "" when nothing is set. */
export function claimsSearch(query: Partial<ClaimsQuery>, page = query.page ?? 1): string {
  const params = new URLSearchParams();
  for (const name of CLAIMS_PARAMS) {
    if (name === "page") continue;
    const value = query[name];
    if (value !== undefined && value !== "") params.set(name, String(value));
  }
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The API's format: `format=` first, else an Accept header that prefers CSV, else JSON. */
export function apiFormat(formatParam: string | null, accept: string | null): { ok: true; format: ApiFormat } | { ok: false; message: string } {
  if (formatParam !== null && formatParam !== "") {
    const parsed = z.enum(API_FORMATS).safeParse(formatParam);
    return parsed.success ? { ok: true, format: parsed.data } : { ok: false, message: `format: one of ${API_FORMATS.join(", ")}.` };
  }
  const wantsCsv = accept !== null && /(^|,)\s*text\/csv\b/i.test(accept) && !/(^|,)\s*application\/json\b/i.test(accept);
  return { ok: true, format: wantsCsv ? "csv" : "json" };
}
