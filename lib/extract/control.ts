/**
 * Claims of control in a clause: "have captured the town of Balakliya", "brought the centre of the
 * Kherson region under control", "Kharkiv, Chernihiv and Mariupol remain in Ukrainian hands". Only
 * places the clause names are found: "the city" with its name in another sentence is not.
 */
import type { ControlStatus } from "../model/claims";

export interface ControlCandidate {
  place: string;
  /** The part of the place the clause names, when it is narrower: "the centre of the Kherson region". */
  placeDetail?: string;
  status: ControlStatus;
  reasons: string[];
}

const NAME = "\\p{Lu}[\\p{L}’'-]+(?:[ -]\\p{Lu}[\\p{L}’'-]+)*";
const NATIONAL = /^(?:Russian|Russia|Ukrainian|Ukraine|Moscow|Kyiv|British|American|Belarus|Belarusian|Black Sea)$/;
const LIST_OF = new RegExp(`\\b(?:cities|towns|villages|city|town|village|port|region|settlements?)\\s+of\\s+(${NAME}(?:,\\s+${NAME})*(?:,?\\s+and\\s+${NAME})?)`, "u");
const NAMES = new RegExp(NAME, "gu");

function names(text: string): string[] {
  return [...text.matchAll(NAMES)].map((m) => m[0]).filter((n) => !NATIONAL.test(n));
}

/** The places a stretch names: a list after "the cities of", else the names in it. */
function placesIn(text: string): string[] {
  const list = LIST_OF.exec(text);
  return list?.[1] ? names(list[1]) : names(text);
}

function actor(before: string): "russian" | "ukrainian" | undefined {
  const russian = before.search(/\b(?:Russian|Russia|Moscow)\b/);
  const ukrainian = before.search(/\b(?:Ukrainian|Ukraine|Kyiv)\b/);
  if (russian < 0 && ukrainian < 0) return undefined;
  return ukrainian > russian ? "ukrainian" : "russian";
}

const CAPTURE = /\b(captured|seized|recaptured|retaken|retook|liberated|(?:taken|took)\s+control\s+of)\s+(.+)$/u;
const UNDER_CONTROL = /\bbrought\s+(.+?)\s+(?:\p{Ll}+\s+)?under\s+(?:\p{Ll}+\s+)?control\b/u;
const HANDS = /^(.*?)\b(?:remains?|remained|is|are|was|were|stay|stays|stayed)\s+(?:still\s+)?(?:in\s+(Ukrainian|Russian)\s+hands|under\s+(Ukrainian|Russian)\s+control)\b/u;
const HELD = /\b(Ukrainian|Russian)\s+(?:forces|troops|units|army)\s+(?:still\s+)?(?:held|hold|control|controlled)\s+(.+)$/u;

/** Claims of control in one clause, in the clause's order. */
export function findControl(clause: string): ControlCandidate[] {
  const found: ControlCandidate[] = [];
  const firstSentenceWord = /^\s*\p{Lu}\p{Ll}+\b/u.exec(clause)?.[0].trim();
  const notFirst = (place: string) => place !== firstSentenceWord;

  const brought = UNDER_CONTROL.exec(clause);
  if (brought?.[1]) {
    const side = actor(clause.slice(0, brought.index)) ?? "russian";
    for (const place of placesIn(brought[1]).slice(0, 1)) {
      const detail = brought[1].trim();
      found.push({ place, ...(detail !== place ? { placeDetail: detail } : {}), status: `${side}-control`, reasons: [] });
    }
  }
  const capture = CAPTURE.exec(clause);
  if (capture?.[2] && !brought) {
    const object = capture[2].split(/[,;]/)[0] ?? "";
    const place = placesIn(object)[0];
    const retake = /^(?:recaptured|retaken|retook|liberated)$/.test(capture[1] ?? "");
    const side = actor(clause.slice(0, capture.index)) ?? (retake ? "ukrainian" : undefined);
    if (place) {
      found.push({
        place,
        status: side === "ukrainian" ? "ukrainian-control" : "russian-control",
        reasons: side ? [] : ["the clause does not say whose forces took the place: Russian assumed"],
      });
    }
  }
  const hands = HANDS.exec(clause);
  if (hands) {
    const side = (hands[2] ?? hands[3]) === "Russian" ? "russian-control" : "ukrainian-control";
    for (const place of placesIn(hands[1] ?? "").filter(notFirst)) found.push({ place, status: side, reasons: [] });
  }
  const held = HELD.exec(clause);
  if (held?.[2]) {
    const object = held[2].split(/[,;]|\s+and\s+(?!\p{Lu})/u)[0] ?? "";
    for (const place of placesIn(object)) found.push({ place, status: held[1] === "Russian" ? "russian-control" : "ukrainian-control", reasons: ["paraphrased by the report"] });
  }
  return found;
}
