/**
 * Measuring candidate claims against hand-checked ones. A candidate matches a hand-checked figure
 * when their quotes overlap in the text and their values agree (or both are vague); each is matched
 * at most once. Recall counts hand-checked claims, precision counts candidates.
 */
import type { ClaimInput } from "../model/claims";

type FigureInput = Extract<ClaimInput, { kind: "figure" }>;
type ControlInput = Extract<ClaimInput, { kind: "control" }>;

export interface Row {
  /** What must agree for a match to count here. */
  name: string;
  correct: number;
  hand: number;
  candidates: number;
  recall: number;
  precision: number;
}

export interface Mismatch {
  hand: ClaimInput;
  candidate: ClaimInput;
  /** The fields that differ: "value", "qualifier", "metric", "claimantId". */
  fields: string[];
}

export interface Evaluation {
  rows: Row[];
  /** Hand-checked claims no candidate matched. */
  misses: ClaimInput[];
  /** Candidates that match no hand-checked claim. */
  falseCandidates: ClaimInput[];
  /** Matched pairs that differ in a field measured. */
  mismatches: Mismatch[];
}

function span(claim: ClaimInput): { start: number; end: number } | undefined {
  return claim.locator.kind === "text" ? claim.locator : undefined;
}

function overlaps(a: ClaimInput, b: ClaimInput): boolean {
  const x = span(a);
  const y = span(b);
  return x !== undefined && y !== undefined && x.start < y.end && y.start < x.end;
}

function valuesAgree(a: FigureInput, b: FigureInput): boolean {
  if (a.qualifier === "vague" || b.qualifier === "vague") return a.qualifier === b.qualifier;
  return a.value === b.value;
}

function sameValue(a: FigureInput, b: FigureInput): boolean {
  if (a.qualifier === "vague" || b.qualifier === "vague") return a.qualifier === "vague" && b.qualifier === "vague" && a.vagueTerm === b.vagueTerm;
  const high = (c: FigureInput) => (c.qualifier === "range" ? c.valueHigh : undefined);
  return a.value === b.value && high(a) === high(b);
}

function pair<T extends ClaimInput>(hand: readonly T[], candidates: readonly T[], agree: (h: T, c: T) => boolean, prefer: (h: T, c: T) => number) {
  const used = new Set<T>();
  const pairs: { hand: T; candidate: T }[] = [];
  for (const h of hand) {
    const options = candidates.filter((c) => !used.has(c) && overlaps(h, c) && agree(h, c)).sort((a, b) => prefer(h, b) - prefer(h, a));
    const best = options[0];
    if (best) {
      used.add(best);
      pairs.push({ hand: h, candidate: best });
    }
  }
  return { pairs, unmatched: candidates.filter((c) => !used.has(c)), missed: hand.filter((h) => !pairs.some((p) => p.hand === h)) };
}

function row(name: string, correct: number, hand: number, candidates: number): Row {
  return { name, correct, hand, candidates, recall: hand === 0 ? 1 : correct / hand, precision: candidates === 0 ? 1 : correct / candidates };
}

const isFigure = (c: ClaimInput): c is FigureInput => c.kind === "figure";
const isControl = (c: ClaimInput): c is ControlInput => c.kind === "control";

export function evaluate(hand: readonly ClaimInput[], candidates: readonly ClaimInput[]): Evaluation {
  const handFigures = hand.filter(isFigure);
  const candidateFigures = candidates.filter(isFigure);
  const figures = pair(handFigures, candidateFigures, valuesAgree, (h, c) => Number(h.metric === c.metric) * 2 + Number(h.stated === c.stated));
  const count = (test: (h: FigureInput, c: FigureInput) => boolean) => figures.pairs.filter((p) => test(p.hand, p.candidate)).length;
  const figureRow = (name: string, correct: number) => row(name, correct, handFigures.length, candidateFigures.length);

  const handControl = hand.filter(isControl);
  const candidateControl = candidates.filter(isControl);
  const control = pair(handControl, candidateControl, (h, c) => h.place === c.place && h.status === c.status, (h, c) => Number(h.claimantId === c.claimantId));

  const mismatches: Mismatch[] = [];
  for (const { hand: h, candidate: c } of figures.pairs) {
    const fields = [
      ...(sameValue(h, c) ? [] : ["value"]),
      ...(h.qualifier === c.qualifier ? [] : ["qualifier"]),
      ...(h.metric === c.metric ? [] : ["metric"]),
      ...(h.claimantId === c.claimantId ? [] : ["claimantId"]),
    ];
    if (fields.length > 0) mismatches.push({ hand: h, candidate: c, fields });
  }
  for (const { hand: h, candidate: c } of control.pairs) {
    if (h.claimantId !== c.claimantId) mismatches.push({ hand: h, candidate: c, fields: ["claimantId"] });
  }

  return {
    rows: [
      figureRow("figures (found at all)", figures.pairs.length),
      figureRow("values (value, upper bound, vague term)", count(sameValue)),
      figureRow("qualifiers", count((h, c) => h.qualifier === c.qualifier)),
      figureRow("metrics", count((h, c) => h.metric === c.metric)),
      figureRow("claimants", count((h, c) => h.claimantId === c.claimantId)),
      row("claims of control (place and status)", control.pairs.length, handControl.length, candidateControl.length),
    ],
    misses: [...figures.missed, ...control.missed],
    falseCandidates: [...figures.unmatched, ...control.unmatched],
    mismatches,
  };
}

/** Adds up the evaluations of several reports. */
export function combine(evaluations: readonly Evaluation[]): Evaluation {
  const first = evaluations[0];
  if (!first) return { rows: [], misses: [], falseCandidates: [], mismatches: [] };
  const rows = first.rows.map((r, i) => {
    const same = evaluations.map((e) => e.rows[i] ?? r);
    const sum = (pick: (x: Row) => number) => same.reduce((total, x) => total + pick(x), 0);
    return row(r.name, sum((x) => x.correct), sum((x) => x.hand), sum((x) => x.candidates));
  });
  return {
    rows,
    misses: evaluations.flatMap((e) => e.misses),
    falseCandidates: evaluations.flatMap((e) => e.falseCandidates),
    mismatches: evaluations.flatMap((e) => e.mismatches),
  };
}

/** The rows as a Markdown table, for the test's output and the README. */
export function formatTable(rows: readonly Row[]): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    "| measured | recall | precision | correct / hand-checked / candidates |",
    "| --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.name} | ${pct(r.recall)} | ${pct(r.precision)} | ${r.correct} / ${r.hand} / ${r.candidates} |`),
  ].join("\n");
}
