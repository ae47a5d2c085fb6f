/**
 * Claims of control by extent: a count of places or an area stated as taken, held or lost ("controls
 * 74 settlements in the Kharkiv region", "liberated 12 villages", "advanced 1,000 square kilometres
 * into Russia's Kursk region", "74 settlements have been captured"). Which side holds them, and the
 * region when the report names one. A denial of such a claim is no claim of control of the denier's.
 */
import type { FigureControl } from "../model/claims";
import { actor, controlOf, governingDenial, other, type SideWord } from "./control";

const TAKE = /\b(captured|capturing|took|taken|taking|seized|seizing|liberated|liberating|freed|de-occupied|retook|retaken|recaptured|regained|occupied|occupy|occupies|gained|advanced|advancing|pushed|control|controls|controlled|hold|holds|held|lost|losing|ceded)\b/gu;
const RETAKE = /^(?:liberat|freed|de-occupied|retook|retaken|recaptur|regained)/u;
const PASSIVE_AFTER = /^\s+(?:(?:have|has|had)\s+(?:now\s+|already\s+)?been|were|was|are|is)\s+(captured|taken|seized|liberated|freed|retaken|recaptured|occupied|de-occupied|lost)\b/u;
const UNDER_OUR = /^\s+(?:have|has|had)\s+come\s+under\s+(?:our|(Russian|Ukrainian))\s+control\b/u;
const REGION = /^\s*(?:,\s*)?(?:in|of|into|across|inside|within|along)\s+(?:the\s+)?((?:Russian|Ukrainian)\s+(?:territory|soil|land)|(?:(?:Russia|Ukraine)[’']s\s+)?(?:\p{Lu}[\p{L}’'-]+\s+)*(?:\p{Lu}[\p{L}’'-]+)(?:\s+(?:region|oblast|Oblast|Region|direction|sector|area|front))?)/u;

export interface ExtentRead {
  control?: FigureControl;
  reasons: string[];
}

/**
 * Reads the claim of control a count or area makes in its clause: `start`/`end` are the figure's
 * words and the noun it counts ("74 settlements", "1,000 square kilometres"), in clause offsets.
 */
export function extentControl(clause: string, start: number, end: number, speakerSide: SideWord | undefined): ExtentRead {
  const before = clause.slice(0, start);
  const after = clause.slice(end);
  const verbs = [...before.matchAll(TAKE)];
  const verb = verbs.at(-1);
  const passive = PASSIVE_AFTER.exec(after) ?? undefined;
  const ours = UNDER_OUR.exec(after) ?? undefined;
  // The verb must govern the figure: "captured X, and destroyed 12 tanks" is another clause's.
  const governs = verb && !/[;]|\b(?:and|but|while|which|who)\b/u.test(clause.slice(verb.index + verb[0].length, start));
  const word = passive?.[1] ?? (governs ? verb?.[1] : undefined);
  if (!word && !ours) return { reasons: [] };
  const denial = governingDenial(clause, passive ? end : (verb?.index ?? start));
  if (denial) return { reasons: [`a denial ("${denial[0].trim()}") of places or ground taken: not recorded as anyone's control; check`] };
  const at = passive ? start : (verb?.index ?? start);
  const forces = actor(clause.slice(0, at));
  let side: SideWord | undefined;
  const reasons: string[] = [];
  if (ours) side = ours[1] ? (ours[1] === "Russian" ? "russian" : "ukrainian") : speakerSide;
  else if (word && /^(?:lost|losing|ceded)$/u.test(word)) side = forces ? other(forces) : speakerSide && other(speakerSide);
  else side = forces ?? speakerSide ?? (word && RETAKE.test(word) ? "ukrainian" : undefined);
  if (!side) return { reasons: ["a count or area of places taken, but the clause does not say whose forces: check"] };
  if (!forces && !ours?.[1]) reasons.push(`whose forces is not said: taken to be the speaker's side (${side})`);
  const region = REGION.exec(after);
  const place = region?.[1]?.replace(/^(?:Russia|Ukraine)[’']s\s+/u, "");
  reasons.push(`a claim of control by extent ("${word ?? "under control"}"): check the status${place ? " and the place" : ""}`);
  return { control: { status: controlOf(side), ...(place ? { place } : {}) }, reasons };
}
