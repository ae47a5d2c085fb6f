/**
 * A claim drafted from a passage the editor selected: its offsets as selected (trimmed of spaces),
 * the figure or claim of control the extractor's readers find in it, and the claimant of the nearest
 * drafted claim before it, with notes saying what was guessed. Pure.
 */
import type { ClaimInput } from "../model/claims";
import { findControl } from "../extract/control";
import { placeFigure } from "../extract/metrics";
import { claimAmount, findNumbers } from "../extract/numbers";
import { UNATTRIBUTED_ID } from "../extract/claimants";

export function suggestClaim(text: string, start: number, end: number, draft: readonly ClaimInput[], reportDate: string): { claim: ClaimInput; notes: string[] } | { error: string } {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end)) return { error: "select a passage of the report" };
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  if (start === end) return { error: "the selection holds only spaces" };
  const quote = text.slice(start, end);
  const before = [...draft].filter((c) => c.locator.kind === "text" && c.locator.start <= start).sort((a, b) => (a.locator.kind === "text" && b.locator.kind === "text" ? b.locator.start - a.locator.start : 0))[0];
  const claimantId = before?.claimantId ?? UNATTRIBUTED_ID;
  const notes = [before ? `claimant taken from the drafted claim before it (${claimantId}): check` : "no drafted claim before it: pick the claimant"];
  const statedOn = before?.statedOn ?? { date: reportDate, precision: "by" as const };
  const common = { id: "added", claimantId, ...(before?.speaker ? { speaker: before.speaker } : {}), statedOn, quote, locator: { kind: "text" as const, start, end } };
  const number = findNumbers(quote).find((m) => !m.notFigure);
  if (number) {
    const placement = placeFigure(quote, number);
    const amount = claimAmount(number.amount);
    const metric = placement.placed ? placement.metric : "people-killed";
    if (!placement.placed) notes.push(`no metric found (${placement.reason}): pick one`);
    const stated = quote.slice(number.start, placement.placed ? placement.statedEnd : number.end);
    return { claim: { ...common, kind: "figure", metric, subject: placement.placed ? placement.subject : "as the quote says", stated, ...amount }, notes };
  }
  const control = findControl(quote)[0];
  if (control) return { claim: { ...common, kind: "control", place: control.place, ...(control.placeDetail ? { placeDetail: control.placeDetail } : {}), subject: control.placeDetail ?? control.place, status: control.status }, notes: [...notes, ...control.reasons] };
  notes.push("no figure or claim of control found in the selection: fill in what it claims");
  return { claim: { ...common, kind: "control", place: quote.slice(0, 60), subject: quote.slice(0, 60), status: "fighting" }, notes };
}
