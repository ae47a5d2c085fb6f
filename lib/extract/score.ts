/**
 * Scoring the extractor against an answer key (answerKey.ts). Pure: the caller reads the files.
 *
 * - A key figure is found when a candidate figure's quote overlaps the key's quote in the text and
 *   states the same value (lower and upper bound; or both are vague).
 * - Its claimant is right when the candidate names the dataset claimant the key's id maps to; when
 *   the dataset has none, when the candidate proposes a new claimant whose name shares a distinctive
 *   word with the key's (a new claimant is the right answer for a body the dataset lacks).
 * - A key claim of control is found when a candidate's quote overlaps it, its status is one the
 *   key's status and side allow, and its place shares a word with the key's place.
 * - Precision: the share of candidate figures that are a key figure, or one of the newsroom's own
 *   numbers left unattributed (the key lists those apart, and so should the extractor).
 */
import type { Claimant } from "../model/claimants";
import type { ClaimInput, ControlStatus } from "../model/claims";
import type { AnswerKey, KeyControl, KeyFigure, KeyUnattributed } from "./answerKey";
import { nameWords, UNATTRIBUTED_ID } from "./claimants";
import type { Span } from "./text";

type FigureInput = Extract<ClaimInput, { kind: "figure" }>;
type ControlInput = Extract<ClaimInput, { kind: "control" }>;

/** Key ids that stand for a dataset claimant under another id. */
export const KEY_CLAIMANT_ALIASES: Readonly<Record<string, string>> = {
  "ru-government": "russia",
  "ua-government": "ukraine",
  "ua-state-emergency-service": "ua-emergency-service",
  // Bodies the dev keys name that the dataset now holds under ids of its own (The Economist's compilation brought them in).
  "us-defense-department": "us-defence-department",
  "us-officials-unnamed": "us-officials",
  "mediazona-bbc": "mediazona-bbc-named",
  newsroom: UNATTRIBUTED_ID,
};

/** Words too common in claimants' names to tell one from another. */
const GENERIC_WORDS = new Set([
  "russia", "ukraine", "uk", "us", "ministry", "defence", "service", "state", "forces", "force", "office", "government",
  "armed", "national", "general", "staff", "news", "agency", "department", "group", "official", "officials", "spokesman",
  "spokesperson", "spokeswoman", "head", "chief", "region", "regional", "military", "online", "site", "media",
]);

export interface Located<T> {
  entry: T;
  span: Span;
}

export interface FigureResult {
  key: KeyFigure;
  span: Span;
  candidate?: FigureInput;
  rightClaimant: boolean;
  rightQualifier: boolean;
  /** The claimant id the key's id maps to in the dataset. */
  expectedClaimantId: string;
}

export interface ControlResult {
  key: KeyControl;
  span: Span;
  candidate?: ControlInput;
  accepted: readonly ControlStatus[];
}

export interface ReportScore {
  file: string;
  figures: FigureResult[];
  control: ControlResult[];
  /** Candidate figures matching one of the newsroom's own numbers, and whether they were left unattributed. */
  newsroom: { key: KeyUnattributed; candidate: FigureInput; leftUnattributed: boolean }[];
  candidateFigures: number;
  candidateControl: number;
  /** Candidates that match nothing in the key. */
  falseFigures: FigureInput[];
  falseControl: ControlInput[];
  /** Key quotes not found in the text (a key out of step with its report). */
  unlocated: string[];
}

export interface Ratio {
  correct: number;
  total: number;
}

export interface Scores {
  figuresFound: Ratio;
  rightClaimant: Ratio;
  rightQualifier: Ratio;
  precision: Ratio;
  control: Ratio;
  controlPrecision: Ratio;
}

export const TARGETS: Readonly<Record<keyof Scores, number>> = {
  figuresFound: 0.9,
  rightClaimant: 0.85,
  rightQualifier: 0.9,
  precision: 0.9,
  control: 0.8,
  controlPrecision: 0,
};

export const SCORE_LABELS: Readonly<Record<keyof Scores, string>> = {
  figuresFound: "figures found (right value, quote overlaps)",
  rightClaimant: "right claimant (of the key's figures)",
  rightQualifier: "right qualifier (of the key's figures)",
  precision: "precision of figures",
  control: "claims of control found",
  controlPrecision: "precision of claims of control",
};

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function spanOf(claim: ClaimInput): Span {
  return claim.locator.kind === "text" ? claim.locator : { start: -1, end: -1 };
}

/** Where the figure's stated words stand in the text. */
function statedSpan(claim: FigureInput): Span {
  const span = spanOf(claim);
  const at = claim.quote.indexOf(claim.stated);
  return at < 0 ? span : { start: span.start + at, end: span.start + at + claim.stated.length };
}

/**
 * Places each key entry's quote in the text (from `from`, the body's start). Entries that repeat a
 * quote take its later occurrences in turn ("one entry per mention").
 */
export function locate<T extends { quote: string }>(text: string, entries: readonly T[], from: number, unlocated: string[]): Located<T>[] {
  const seen = new Map<string, number>();
  const located: Located<T>[] = [];
  for (const entry of entries) {
    const occurrences: number[] = [];
    for (let at = text.indexOf(entry.quote, from); at >= 0; at = text.indexOf(entry.quote, at + 1)) occurrences.push(at);
    const nth = seen.get(entry.quote) ?? 0;
    seen.set(entry.quote, nth + 1);
    const start = occurrences[Math.min(nth, occurrences.length - 1)];
    if (start === undefined) {
      unlocated.push(entry.quote);
      continue;
    }
    located.push({ entry, span: { start, end: start + entry.quote.length } });
  }
  return located;
}

function sameValue(key: KeyFigure, candidate: FigureInput): boolean {
  if (key.qualifier === "vague" || key.value === null) return candidate.qualifier === "vague";
  if (candidate.qualifier === "vague") return false;
  const high = candidate.qualifier === "range" ? candidate.valueHigh : null;
  return candidate.value === key.value && high === (key.qualifier === "range" ? (key.valueHigh ?? null) : null);
}

function distinctive(words: Iterable<string>): Set<string> {
  return new Set([...words].filter((w) => w.length > 2 && !GENERIC_WORDS.has(w)));
}

export interface ClaimantContext {
  /** The dataset's claimants (data/claimants.json). */
  known: ReadonlyMap<string, Claimant>;
  /** Claimants the extraction proposed. */
  proposed: ReadonlyMap<string, Claimant>;
}

export function expectedClaimantId(keyId: string): string {
  return KEY_CLAIMANT_ALIASES[keyId] ?? keyId;
}

export function claimantIsRight(key: { claimant: string | null; claimantId: string }, candidateId: string, context: ClaimantContext): boolean {
  const expected = expectedClaimantId(key.claimantId);
  if (candidateId === expected) return true;
  if (context.known.has(expected)) return false;
  const proposed = context.proposed.get(candidateId);
  if (!proposed) return false;
  const keyWords = distinctive([...nameWords(key.claimant ?? ""), ...key.claimantId.split("-")]);
  const proposedWords = distinctive([...nameWords(proposed.name), ...candidateId.split("-")]);
  return [...proposedWords].some((w) => keyWords.has(w));
}

/** The model's statuses a key's status allows, given the side it names. */
export function acceptedStatuses(key: KeyControl): ControlStatus[] {
  const holder = (side: "ru" | "ua" | null): ControlStatus[] =>
    side === "ru" ? ["russian-control"] : side === "ua" ? ["ukrainian-control"] : ["russian-control", "ukrainian-control"];
  switch (key.status) {
    case "captured":
    case "recaptured":
    case "held":
      return holder(key.by);
    case "withdrew":
      // The model has no "withdrew": a side that withdrew leaves the place to the other.
      return holder(key.by === "ru" ? "ua" : key.by === "ua" ? "ru" : null);
    case "encircled":
      return ["encircled"];
    case "contested":
      return ["fighting", "russian-troops-inside"];
  }
}

function placeWords(place: string): Set<string> {
  return new Set(
    place
      .toLowerCase()
      .split(/[^\p{L}\d]+/u)
      .filter((w) => w.length > 2 && !["the", "and", "city", "town", "village", "region", "of"].includes(w)),
  );
}

function placesAgree(key: KeyControl, candidate: ControlInput): boolean {
  const keyWords = placeWords(key.place);
  const words = placeWords(`${candidate.place} ${candidate.placeDetail ?? ""}`);
  // A key place with no name of its own ("the city", "a new village") agrees with any place the quote names.
  if (!/\p{Lu}/u.test(key.place)) return true;
  return [...words].some((w) => keyWords.has(w) || [...keyWords].some((k) => k.startsWith(w.slice(0, 5)) && w.length >= 5));
}

export interface ScoreInput {
  file: string;
  text: string;
  /** Where the report's body starts (after the date line). */
  bodyStart: number;
  key: AnswerKey;
  claims: readonly ClaimInput[];
  context: ClaimantContext;
}

export function scoreReport({ file, text, bodyStart, key, claims, context }: ScoreInput): ReportScore {
  const unlocated: string[] = [];
  const figures = claims.filter((c): c is FigureInput => c.kind === "figure");
  const controls = claims.filter((c): c is ControlInput => c.kind === "control");
  const used = new Set<ClaimInput>();

  const figureResults: FigureResult[] = locate(text, key.figures, bodyStart, unlocated).map(({ entry, span }) => {
    const expected = expectedClaimantId(entry.claimantId);
    const options = figures
      .filter((c) => !used.has(c) && overlaps(spanOf(c), span) && sameValue(entry, c))
      .sort((a, b) => Number(claimantIsRight(entry, b.claimantId, context)) - Number(claimantIsRight(entry, a.claimantId, context)) || Math.abs(spanOf(a).start - span.start) - Math.abs(spanOf(b).start - span.start));
    const candidate = options[0];
    if (candidate) used.add(candidate);
    return {
      key: entry,
      span,
      ...(candidate ? { candidate } : {}),
      expectedClaimantId: expected,
      rightClaimant: candidate !== undefined && claimantIsRight(entry, candidate.claimantId, context),
      rightQualifier: candidate !== undefined && candidate.qualifier === entry.qualifier,
    };
  });

  const newsroom: ReportScore["newsroom"] = [];
  for (const { entry, span } of locate(text, key.unattributed, bodyStart, unlocated)) {
    const at = entry.quote.indexOf(entry.stated);
    const stated = at < 0 ? span : { start: span.start + at, end: span.start + at + entry.stated.length };
    const candidate = figures.find((c) => !used.has(c) && overlaps(statedSpan(c), stated));
    if (!candidate) continue;
    used.add(candidate);
    newsroom.push({ key: entry, candidate, leftUnattributed: candidate.claimantId === UNATTRIBUTED_ID });
  }

  const controlResults: ControlResult[] = locate(text, key.control, bodyStart, unlocated).map(({ entry, span }) => {
    const accepted = acceptedStatuses(entry);
    const candidate = controls.find((c) => !used.has(c) && overlaps(spanOf(c), span) && accepted.includes(c.status) && placesAgree(entry, c));
    if (candidate) used.add(candidate);
    return { key: entry, span, ...(candidate ? { candidate } : {}), accepted };
  });

  return {
    file,
    figures: figureResults,
    control: controlResults,
    newsroom,
    candidateFigures: figures.length,
    candidateControl: controls.length,
    falseFigures: figures.filter((c) => !used.has(c) || newsroom.some((n) => n.candidate === c && !n.leftUnattributed)),
    falseControl: controls.filter((c) => !used.has(c)),
    unlocated,
  };
}

/** The five measures (and the precision of control), over one or more reports. */
export function scores(reports: readonly ReportScore[]): Scores {
  const sum = (pick: (r: ReportScore) => number) => reports.reduce((total, r) => total + pick(r), 0);
  const keyFigures = sum((r) => r.figures.length);
  return {
    figuresFound: { correct: sum((r) => r.figures.filter((f) => f.candidate).length), total: keyFigures },
    rightClaimant: { correct: sum((r) => r.figures.filter((f) => f.rightClaimant).length), total: keyFigures },
    rightQualifier: { correct: sum((r) => r.figures.filter((f) => f.rightQualifier).length), total: keyFigures },
    precision: { correct: sum((r) => r.candidateFigures - r.falseFigures.length), total: sum((r) => r.candidateFigures) },
    control: { correct: sum((r) => r.control.filter((c) => c.candidate).length), total: sum((r) => r.control.length) },
    controlPrecision: { correct: sum((r) => r.candidateControl - r.falseControl.length), total: sum((r) => r.candidateControl) },
  };
}

export function rate({ correct, total }: Ratio): number {
  return total === 0 ? 1 : correct / total;
}

const pct = (r: Ratio) => `${(rate(r) * 100).toFixed(1)}%`;

/** The scores as a Markdown table, with the targets. */
export function formatScores(s: Scores): string {
  const keys = Object.keys(SCORE_LABELS) as (keyof Scores)[];
  return [
    "| measured | score | correct / total | target |",
    "| --- | --- | --- | --- |",
    ...keys.map((k) => `| ${SCORE_LABELS[k]} | ${pct(s[k])} | ${s[k].correct} / ${s[k].total} | ${TARGETS[k] > 0 ? `≥ ${TARGETS[k] * 100}%` : "–"} |`),
  ].join("\n");
}

function describeCandidate(c: ClaimInput): string {
  const what = c.kind === "figure" ? `${c.metric} "${c.stated}" (${c.qualifier})` : `${c.place} ${c.status}`;
  return `${c.claimantId}: ${what} — "${c.quote}"`;
}

/** Every miss, wrong field and false candidate of a report, one a line. */
export function formatDetails(report: ReportScore): string[] {
  const lines: string[] = [];
  for (const f of report.figures) {
    const said = `"${f.key.stated}" (${f.key.qualifier}, ${f.key.claimantId}) — "${f.key.quote}"`;
    if (!f.candidate) lines.push(`  missed figure ${said}`);
    else {
      if (!f.rightClaimant) lines.push(`  wrong claimant: ${f.candidate.claimantId} for ${f.expectedClaimantId}: ${said}`);
      if (!f.rightQualifier) lines.push(`  wrong qualifier: ${f.candidate.qualifier} for ${f.key.qualifier}: ${said}`);
    }
  }
  for (const c of report.control) {
    if (!c.candidate) lines.push(`  missed control ${c.key.place} ${c.key.status} by ${c.key.by ?? "?"} (${c.key.claimantId}; wants ${c.accepted.join("/")}) — "${c.key.quote}"`);
    // Not scored: listed so the claimant of a claim of control can be checked by eye.
    else if (expectedClaimantId(c.key.claimantId) !== c.candidate.claimantId) lines.push(`  control claimant ${c.candidate.claimantId} for ${expectedClaimantId(c.key.claimantId)}: ${c.key.place}`);
  }
  for (const n of report.newsroom) if (!n.leftUnattributed) lines.push(`  newsroom number attributed to ${n.candidate.claimantId}: "${n.key.stated}" — "${n.key.quote}"`);
  for (const c of report.falseFigures.filter((c) => !report.newsroom.some((n) => n.candidate === c))) lines.push(`  false figure ${describeCandidate(c)}`);
  for (const c of report.falseControl) lines.push(`  false control ${describeCandidate(c)}`);
  for (const q of report.unlocated) lines.push(`  key quote not in the text: "${q}"`);
  return lines;
}
