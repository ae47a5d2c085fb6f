/**
 * Claims of control in a clause: "have captured the town of Balakliya", "brought the centre of the
 * Kherson region under control", "Kharkiv, Chernihiv and Mariupol remain in Ukrainian hands",
 * "has withdrawn its troops from Lyman", "had surrounded Russian forces there", "are entering Lyman",
 * "the village was back under Ukrainian control", "had not been pushed out of Andriivka".
 * A place the clause does not name ("there", "the village", "the site") is the place named last in
 * an earlier claim of control (`context.lastPlace`), with a note; without one, nothing is found.
 */
import type { ControlStatus } from "../model/claims";

export interface ControlCandidate {
  place: string;
  /** The part of the place the clause names, when it is narrower: "the centre of the Kherson region". */
  placeDetail?: string;
  status: ControlStatus;
  reasons: string[];
}

export type SideWord = "russian" | "ukrainian";

export interface ControlContext {
  /** The side of whoever the clause is attributed to: "its forces", "liberated" are theirs. */
  speakerSide?: SideWord;
  /** The place named last in a claim of control, for "there", "the village", "the site". */
  lastPlace?: string;
}

// One way to read each hyphen: inside a word before a small letter ("Russian-held"), between two names before a capital.
const NAME = "\\p{Lu}[\\p{L}’']+(?:-\\p{Ll}[\\p{L}’']*)*(?:[ -]\\p{Lu}[\\p{L}’']+(?:-\\p{Ll}[\\p{L}’']*)*)*";
const NATIONAL =
  /^(?:European Union|European|Union|EU|NATO|Germany|German|France|French|Poland|Polish|United States|America|Britain|United Kingdom|UK|US|Turkey|China|Chinese|United Nations|UN|Leopard|Abrams|Bradley|Challenger|HIMARS|Patriot|ATACMS|Storm Shadow|Shahed|Iskander|Kinzhal|Kalibr|Russian|Russia|Russians|Ukrainian|Ukraine|Ukrainians|Moscow|Kyiv|Kiev|Kremlin|British|American|Belarus|Belarusian|Black Sea|Battlegroup(?: \p{Lu}\p{L}+)?|Air Assault Forces|Ukrainian Air Assault Forces|Defense Ministry|Defence Ministry|General Staff|DeepState|AFP|Reuters|Interfax|TASS|Tass|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Region)$/u;
const LIST_OF = new RegExp(
  `\\b(?:cities|towns|villages|settlements|localities|city|town|village|port|settlement|locality|region)\\s+of\\s+\\[?(${NAME}(?:\\]?,\\s+${NAME})*(?:\\]?,?\\s+and\\s+${NAME})?)`,
  "u",
);
const NAMES = new RegExp(NAME, "gu");
/** Words for a place already named: "there", "the village", "the site". */
const PLACE_REFERENCE = /^\s*(?:there|it|(?:the|this|that)\s+(?:village|town|city|settlement|site|locality|area|hub|rail hub|crucial rail hub|strategic town|frontline town|place))\b(?!\s+of\s+\[?\p{Lu})/iu;
const INTENT =
  /\b(?:demand\w*|call\w*\s+(?:on|for)|want\w*|urg\w*|ask\w*|plans?\s+to|intend\w*|threaten\w*|would|will|could|must|should|refus\w*|key\s+to|aim(?:s|ed|ing)?\s+(?:at|to)|bid\s+to|attempts?\s+to|trying\s+to|tries\s+to|efforts?\s+to|goal\s+of|push\s+to)\b/i;

/** The denial that governs the verb at `at`: the last one before it, with no clause boundary between ("denied shelling the plant, and … captured" is no denial of the capture). */
export function governingDenial(clause: string, at: number): RegExpExecArray | undefined {
  const denial = [...clause.slice(0, at).matchAll(new RegExp(DENIED.source, "gu"))].at(-1);
  if (!denial) return undefined;
  const between = clause.slice(denial.index + denial[0].length, at);
  return /[,;]|\b(?:but|and|while|whereas|though|although)\b/u.test(between) ? undefined : (denial as RegExpExecArray);
}

function names(text: string): string[] {
  return [...text.matchAll(NAMES)]
    .map((m) => m[0].replace(/[’']s$/, ""))
    .filter((n) => !NATIONAL.test(n) && !/^(?:The|A|An|In|On|At|But|And|As|After|This|That|These|Those|It|He|She|They|We|I|Also|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)$/.test(n));
}

/** The places a stretch names: a list after "the cities of", else the names in it. */
function placesIn(text: string): string[] {
  const list = LIST_OF.exec(text);
  if (list?.[1]) return names(list[1]);
  // "80 percent of Vovchansk in Kharkiv region": the region says where the place is; it is not a place of its own claim.
  const all = names(text);
  const regions = new Set([...text.matchAll(/\bin\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]+)\s+(?:region|oblast|Oblast|Region|province|district)\b/gu)].map((m) => m[1]));
  const kept = all.filter((name, i) => i === 0 || !regions.has(name));
  return kept;
}

export function actor(before: string): SideWord | undefined {
  // "Russian forces pressing their slow advance through eastern Ukraine have captured": the forces named, not the last country.
  const forces = [...before.matchAll(/\b(Russian|Ukrainian|Russia[’']s|Ukraine[’']s|Moscow[’']s|Kyiv[’']s)\s+(?:forces|troops|units|army|military|soldiers)\b/gu)].at(-1)?.[1];
  if (forces) return /^(?:Russia|Moscow)/.test(forces) ? "russian" : "ukrainian";
  // Russia's groupings of forces ("the 'West' grouping", "Battlegroup Tsentr") are Russian; Khortytsia and Tavria are Ukrainian.
  const russian = before.search(/\b(?:Russian|Russia|Russia’s|Russia's|Moscow|Moscow’s|Moscow's)\b|["'‘’“]?\b(?:West|Zapad|Centre|Center|Tsentr|South|Yug|East|Vostok|North|Sever|Dnepr|Dnieper)\b["'‘’”]?\s+(?:grouping|group of forces|Group of Forces|battlegroup)|\bBattlegroup\s+\p{Lu}/u);
  const ukrainian = before.search(/\b(?:Ukrainian|Ukraine|Ukraine’s|Ukraine's|Kyiv|Kyiv’s|Kyiv's)\b|\b(?:Khortytsia|Tavria)\b/u);
  if (russian < 0 && ukrainian < 0) return undefined;
  return ukrainian > russian ? "ukrainian" : "russian";
}

export const other = (side: SideWord): SideWord => (side === "russian" ? "ukrainian" : "russian");
export const controlOf = (side: SideWord): ControlStatus => (side === "russian" ? "russian-control" : "ukrainian-control");

const CAPTURE =
  /\b((?:taken|took|take|gained|established|wrested|won|assumed|secured)\s+(?:full\s+)?control\s+(?:of|over)|managed\s+to\s+(?:liberate|capture|take|seize|retake|recapture)|captured|capturing|seized|seizing|recaptured|recapturing|retaken|retaking|retook|regained|liberated|liberating|freed|(?<!\b(?:partially|partly|temporarily|fully|the|an?|still|once|formerly|Russian-)\s*)occupied)["”’]?\s+(.+)$/u;
const PASSIVE_CAPTURE = /\b(?:was|were|(?:has|have|had)\s+(?:also\s+|now\s+|already\s+|reportedly\s+)?been)\s+["“]?(captured|seized|taken(?!\s+(?:to|into|as|in|for|part|place|away|off|up|out|aback|seriously|hostage|prisoner|captive)\b)|recaptured|retaken|liberated|occupied)["”]?(?:\s+by\s+([^,;]+))?/u;
const UNDER_CONTROL = /\bbrought\s+(.+?)\s+(?:\p{Ll}+\s+)?under\s+(?:\p{Ll}+\s+)?control\b/u;
const HANDS =
  /^(.*?)\b(?:remains?|remained|is|are|was|were|stay|stays|stayed)\s+(?:still\s+|now\s+|back\s+|firmly\s+|also\s+|fully\s+)*(?:in\s+(Ukrainian|Russian)\s+hands|under\s+(Ukrainian|Russian|Kyiv[’']s|Moscow[’']s)\s+control|under\s+the\s+control\s+of\s+(?:the\s+)?(Ukraine[’']s|Russia[’']s|Ukrainian|Russian|Kyiv[’']s|Moscow[’']s))\b/u;
const HELD =
  /\b(Ukrainian|Russian)\s+(?:forces|troops|units|army)\s+(?:still\s+|currently\s+|now\s+|already\s+|have\s+|has\s+|had\s+)*(?:held|hold|holds|control|controls|controlled|occupy|occupies)\s+(?:(?:their\s+|its\s+)?positions\s+(?:at|in|near|around)\s+)?(.+)$/u;
const WITHDREW = /\b(withdr[ae]wn?|withdraw|pulled out|retreated|retreat|pulled back|left)\b(?:\s+(?:its|their|our|the|allied|Russian|Ukrainian)?\s*(?:troops|forces|units))?(?:\s+from\s+(.+))?/u;
const NOT_PUSHED = /\bnot\s+been\s+(?:pushed|driven|forced|knocked)\s+out\s+of\s+(.+)$/u;
const ENCIRCLED = /(?<!\b(?:the|a|an)\s+)\b(?:surrounded|encircled|encircling|surrounding)\b(?:\s+(.+))?/u;
const ENTERED = /\b(entered|entering|enter|reached|broke into|advanced into|pushed into|claimed advances|advancing|advanced)\b(?:\s+(.+))?/gu;
/** A denial before a claim of capture: "denied Russian troops had captured …", "denied Ryzhivka had been captured". */
const DENIED = /\b(?:denied|denies|deny|denying|denial|dismissed|rejected|refuted)\b(?:\s+(?:that|claims?\s+that|reports?\s+that))?/u;
const DENIED_CLAIM = /\b(?:denied|denies|dismissed|rejected|refuted)\s+(?:the|this|that|these|those|such|Moscow[’']s|Russia[’']s|Kyiv[’']s|his|its|their)\s+(?:claims?|reports?|assertions?|allegations?)\b/u;
const CHANGED_HANDS = /\b(?:had|has|have)\s+(?:changed hands|fallen)\b/u;
/** "battles around the village were ongoing", "severe fighting was on in the town", "hostilities are continuing near this settlement". */
const FIGHTING_AT =
  /\b(?:fighting|battles?|clashes|hostilities|combat)\b["”]?\s+(?:(?:around|near|in|for|at)\s+(.+?)["”]?\s+)?(?:(?:was|were|is|are|remains?|remained|continues?|continued)\s+(?:still\s+)?(?:ongoing|continuing|raging|under way|underway|going on|on\b)|continues\b|continued\b|(?:is|are|was|were)\s+continuing\b)(?:\s+(?:in|near|around|at|for)\s+(.+))?/u;
/** "heavy fighting in the Pokrovsk sector", "The heaviest fighting along the front line was near Pokrovsk", "fighting for Soledar". */
const FIGHTING_IN =
  /\b(?:reported|reports|reporting)\s+(?:heavy\s+|fierce\s+|intense\s+|severe\s+|ongoing\s+)?(?:fighting|battles|clashes)\s+(?:in|near|around|for)\s+(.+)$|\b(?:fighting|battles|clashes)\s+(?:near|around)\s+(\p{Lu}.*)$|\bfighting\b(?:[^,;]|(?<=\d),(?=\d))*?\b(?:was|were|is|are)\s+(?:near|around|in)\s+(?!the\s+(?:time|past|day|night|morning|evening|week|month)\b)(.+)$/u;
/** "Ukrainian forces were "in full control" in the Sumy region". */
const IN_CONTROL = /\b(Ukrainian|Russian)\s+(?:forces|troops|units|army)\s+(?:were|are|was|is|remain|remained|remains)\s+(?:now\s+|still\s+|fully\s+)?["“]?in\s+(?:full\s+|complete\s+)?control["”]?\s+(?:in|of|over)\s+(.+)$/u;
/** "there were no Russian troops in the village", "there is no occupant presence". */
const NO_TROOPS = /\bthere\s+(?:were|are|was|is)\s+no\s+(Russian|Ukrainian|enemy|occupant|occupier)s?\s+(?:troops|forces|soldiers|units|presence)\b(?:\s+(?:in|at)\s+(.+))?/u;
/** "Donetsk, a Russian-held regional capital", "the Ukrainian-controlled city of Kramatorsk". */
const HELD_ADJECTIVE = new RegExp(
  `(?:(${NAME}),\\s+an?\\s+|\\b(?:the|a)\\s+)(?:partially\\s+)?(Russian|Ukrainian|Moscow|Kyiv)-(?:held|controlled|occupied)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:city|town|village|region|regional capital|capital|port|territory|peninsula|settlement)(?:\\s+of\\s+(${NAME}))?`,
  "gu",
);
/** "Blahodatne … are in a “gray area” in terms of who controls them". */
const GRAY_AREA = /\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:in\s+)?(?:a|the)\s+["“]?gr[ae]y\s+(?:area|zone)\b/u;
/** "repelling multiple attacks in the area": the side that repelled them holds the place. */
const REPELLED =
  /\b(repell?(?:ed|ing|s)?|repulsed|repulsing|fought off|beat back|beating back|foiled|thwarted)\s+(?:(?:multiple|several|all|numerous|two|three|four|five|\d+)\s+)?(?:Ukrainian\s+|Russian\s+|enemy\s+|Ukraine[’']s\s+|Russia[’']s\s+|Kyiv[’']s\s+)?(?:attacks?|assaults?|counter-?attacks?|offensives?|attempts)\s+(?:by\s+(?:Ukrainian|Russian|enemy)\s+(?:forces|troops|units)\s+)?(?:in|near|around|at|on|(?:west|east|north|south|north-?west|north-?east|south-?west|south-?east)\s+of)\s+(.+)$/u;
/** "advanced" after an article, a number or "most": the adjective. */
const ADJECTIVE_BEFORE = /(?:\b(?:a|an|the|its|their|his|her|our|most|more|highly|new|one|two|three|four|five|six|seven|eight|nine|ten|dozens? of|several|many)|\d)\s*$/iu;
/** "after the capture of Luhansk": a capture written as a noun. */
const CAPTURE_NOUN = /\b(?:the|its|their)\s+(?:claimed\s+|alleged\s+|reported\s+|announced\s+)?(capture|seizure|liberation|recapture)\s+of\s+(.+)$/u;
const DISLODGE = /\bdislodge\s+(Russian|Ukrainian)\s+(?:troops|forces|units)\s+(?:in|from)\s+(.+)$/u;
const FIGHTING = /\bfighting\s+(?:was|is|continues|continued|remains|remained)\s+(?:ongoing|under way|underway|continuing)|\bfighting\s+(?:was|is)\s+going on\b/u;

/** The first place named in an object phrase, or the place named before for "there" / "the village". */
/** "a village near Pokrovsk", "a settlement in the southeast of the Donetsk region": a place the report does not name, by where it lies. */
const UNNAMED_PLACE =
  /^\s*((?:a|an|another|one|two|three|four|five|several)\s+(?:(?:small|new|further|more|other)\s+)?(?:villages?|settlements?|towns?|hamlets?|localities|locality)\s+(?:(?:near|outside|close to|next to|around|in|on|west of|east of|north of|south of|(?:in|on) the (?:outskirts|edge) of|in the (?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center)(?:ern part)? of)\s+)(?:the\s+)?([^,;]+))/iu;

function placeOf(object: string | undefined, context: ControlContext): { place: string; placeDetail?: string; reasons: string[] } | undefined {
  if (object === undefined) return context.lastPlace ? { place: context.lastPlace, reasons: [`the place is not named here: taken to be ${context.lastPlace}, named before`] } : undefined;
  const head = object.split(/[,;]|\s+(?:after|before|when|while|since|following|hours|a day)\s+/u)[0] ?? "";
  if (PLACE_REFERENCE.test(head) || head.trim() === "") {
    return context.lastPlace ? { place: context.lastPlace, reasons: [`"${head.trim() || "it"}" taken to be ${context.lastPlace}, named before`] } : undefined;
  }
  const unnamed = UNNAMED_PLACE.exec(head);
  if (unnamed?.[1]) {
    const detail = unnamed[1].trim().replace(/\s+(?:on|in|over|during|last|this|earlier)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the past|the last|week|month|day).*$/u, "");
    const near = placesIn(unnamed[2] ?? "")[0];
    return near
      ? { place: near, placeDetail: detail, reasons: [`the report does not name the place, only where it lies ("${detail}"): recorded at ${near}, with that detail`] }
      : { place: detail, reasons: [`the report does not name the place ("${detail}"): check`] };
  }
  const place = placesIn(head)[0];
  if (place) return { place, reasons: [] };
  // "in the nearly completely destroyed town": the town named before.
  if (context.lastPlace && /^\s*(?:the|this|that)\s+(?:[\p{Ll}-]+\s+){1,4}(?:village|town|city|settlement)\b/u.test(head)) return { place: context.lastPlace, reasons: [`"${head.trim()}" taken to be ${context.lastPlace}, named before`] };
  return undefined;
}

/** Claims of control in one clause, in the clause's order. */
export function findControl(clause: string, given: ControlContext = {}): ControlCandidate[] {
  const found: ControlCandidate[] = [];
  // A place found earlier in the clause is the one "which" and "there" refer to later in it.
  const context: ControlContext = { ...given };
  const firstSentenceWord = /^\s*\p{Lu}\p{Ll}+\b/u.exec(clause)?.[0].trim();
  const notFirst = (place: string) => place !== firstSentenceWord;
  const add = (candidate: ControlCandidate) => {
    if (!found.some((f) => f.place === candidate.place && f.status === candidate.status)) found.push(candidate);
    context.lastPlace = candidate.place;
  };
  const sideBefore = (at: number) => {
    const before = clause.slice(0, at);
    // "The enemy claims that it has captured Tabaivka": the other side from the speaker's.
    if (/\b(?:the enemy|enemy forces|the occupiers|occupiers|the invaders|invaders)\b/i.test(before) && context.speakerSide) return other(context.speakerSide);
    // "its forces", "it had captured": the speaker's own side.
    // "our forces" are the speaker's; "its forces" are those of the country the sentence named before ("Russia denied …, but its forces captured"), else the speaker's.
    if (/\bour\s+(?:forces|troops|units|army)\b|\b(?:we)\s+(?:had|has|have)?\s*(?:\p{Ll}+\s+)?$/u.test(before) && context.speakerSide) return context.speakerSide;
    if (/\b(?:its|their)\s+(?:forces|troops|units|army)\b|\b(?:it|they)\s+(?:had|has|have)?\s*(?:\p{Ll}+\s+)?$/u.test(before)) {
      const named = actor(before.replace(/\b(?:its|their)\s+(?:forces|troops|units|army)\b.*$/u, ""));
      if (named || context.speakerSide) return named ?? context.speakerSide;
    }
    return actor(before) ?? context.speakerSide;
  };

  const brought = UNDER_CONTROL.exec(clause);
  if (brought?.[1]) {
    const side = actor(clause.slice(0, brought.index)) ?? context.speakerSide ?? "russian";
    for (const place of placesIn(brought[1]).slice(0, 1)) {
      const detail = brought[1].trim();
      add({ place, ...(detail !== place ? { placeDetail: detail } : {}), status: controlOf(side), reasons: [] });
    }
  }

  const passive = PASSIVE_CAPTURE.exec(clause);
  const passiveDenial = passive ? governingDenial(clause, passive.index) : undefined;
  if (passive && !brought && passiveDenial) {
    const at = placeOf(clause.slice(passiveDenial.index + passiveDenial[0].length, passive.index), context);
    const agent = passive[2] ? actor(passive[2]) : undefined;
    const taker = agent ?? (context.speakerSide ? other(context.speakerSide) : "russian");
    if (at) add({ place: at.place, ...(at.placeDetail ? { placeDetail: at.placeDetail } : {}), status: controlOf(other(taker)), reasons: [...at.reasons, `a denial ("${passiveDenial[0].trim()}") that the place was taken: recorded as still held`] });
  } else if (passive && !brought && !/\b(?:who|whom)\s*$/u.test(clause.slice(0, passive.index))) {
    // "who claimed Pokrovsk and Vovchansk had also been taken": the places after the speaker's verb; "38, who was captured" is a person.
    const subject = clause.slice(0, passive.index).replace(/^.*\b(?:claimed|claims|said|says|announced|insisted|denied|reported)\s+(?:that\s+)?/u, "");
    const agent = passive[2] ? actor(passive[2]) : undefined;
    const retake = /^(?:recaptured|retaken|liberated)$/.test(passive[1] ?? "");
    const side = agent ?? context.speakerSide ?? (retake ? "ukrainian" : "russian");
    const places = PLACE_REFERENCE.test(subject) ? (context.lastPlace ? [context.lastPlace] : []) : placesIn(subject);
    for (const place of places) add({ place, status: controlOf(side), reasons: agent || context.speakerSide ? [] : ["the clause does not say whose forces took the place"] });
  }

  const capture = CAPTURE.exec(clause);
  // "taken control of 70 percent of Pokrovsk": the town, with the share as the detail.
  const share = capture?.[2]
    ? /^((?:(?:more than|over|about|almost|nearly|around)\s+)?\d+(?:\.\d+)?\s*(?:percent|per cent|%)\s+of\s+|(?:(?:more than|over|about|almost|nearly|around|some)\s+)?\d[\d,]*\s+(?:settlements|villages|towns|localities|communities)(?:\s+(?:in|of)\s+(?:the\s+)?|,\s+including\s+(?:the\s+)?(?:town|village|city|settlement)s?\s+of\s+))(.+)$/u.exec(capture[2])
    : null;
  const adjective = capture ? /\b(?:the|a|an|its|their|his|her)\s*$/u.test(clause.slice(0, capture.index)) : false;
  // "civilians captured inside Russia's Kursk region": people taken somewhere, not a place taken.
  const taken = capture?.[2] ? !/^(?:inside|in|near|at|during|on|from|by|while|when|after)\b/u.test(capture[2]) : false;
  if (capture?.[2] && taken && !adjective && !brought && !passive && !INTENT.test(clause.slice(0, capture.index)) && (share || !/^\s*(?:\d|by\b)/.test(capture[2]))) {
    const at = placeOf(share?.[2] ?? capture[2], context);
    const retake = /^(?:recaptur|retak|retook|regained|liberat|freed)/.test(capture[1] ?? "");
    const denial = governingDenial(clause, capture.index);
    // "Zelensky denied Russian troops had captured a village": the side of the forces after the denial took nothing.
    const side = (denial ? actor(clause.slice(denial.index, capture.index)) : sideBefore(capture.index)) ?? (retake ? "ukrainian" : undefined);
    if (at && !/^(?:taken|took)$/.test(capture[1] ?? "")) {
      if (denial) add({ place: at.place, ...(at.placeDetail ? { placeDetail: at.placeDetail } : {}), status: controlOf(other(side ?? "russian")), reasons: [...at.reasons, `a denial ("${denial[0].trim()}") that the place was taken: recorded as still held`] });
      else {
        const head = (share?.[2] ?? capture[2]).split(/[,;]|\s+(?:in|on|near|after|before|when|while|since|following|earlier|last)\s+/u)[0] ?? "";
        const listed = /\band\b/.test(head) && !LIST_OF.test(head) ? names(head) : [];
        for (const place of listed.length > 1 ? listed : [at.place]) {
          const detail = place === at.place && at.placeDetail ? { placeDetail: at.placeDetail } : {};
          add({ place, ...detail, status: controlOf(side ?? "russian"), reasons: [...at.reasons, ...(side ? [] : ["the clause does not say whose forces took the place: Russian assumed"])] });
        }
      }
    }
  }

  const changed = CHANGED_HANDS.exec(clause);
  const changedDenial = changed ? governingDenial(clause, changed.index) : undefined;
  if (changed && changedDenial) {
    // "Ukraine's military denied the city had changed hands": the denier's side still holds it.
    const at = placeOf(clause.slice(changedDenial.index + changedDenial[0].length, changed.index).replace(/\s+(?:had|has|have)\s*$/u, ""), context);
    const side = actor(clause.slice(0, changedDenial.index)) ?? context.speakerSide;
    if (at && side) add({ place: at.place, ...(at.placeDetail ? { placeDetail: at.placeDetail } : {}), status: controlOf(side), reasons: [...at.reasons, `a denial ("${changedDenial[0].trim()}") that the place fell: recorded as still held`] });
  }

  const deniedClaim = FIGHTING_AT.test(clause) ? null : DENIED_CLAIM.exec(clause);
  if (deniedClaim && context.lastPlace) {
    // "a local Ukrainian official denied the claim": the place of the claim before stays the denier's.
    const side = actor(clause.slice(0, deniedClaim.index)) ?? context.speakerSide;
    if (side) add({ place: context.lastPlace, status: controlOf(side), reasons: [`a denial of the claim before, taken to be about ${context.lastPlace}: check`] });
  }

  // "Moscow says it has full control of Luhansk region".
  const hasControl = /\b(?:has|have|had)\s+(?:full\s+|complete\s+|total\s+)?control\s+(?:of|over)\s+((?:the\s+(?:city|town|village|region|settlement)\s+of\s+)?\p{Lu}.*)$/u.exec(clause);
  if (hasControl?.[1] && !INTENT.test(clause.slice(0, hasControl.index))) {
    const at = placeOf(hasControl[1], context);
    const side = sideBefore(hasControl.index);
    if (at && side) add({ place: at.place, ...(at.placeDetail ? { placeDetail: at.placeDetail } : {}), status: controlOf(side), reasons: at.reasons });
  }

  const inControl = IN_CONTROL.exec(clause);
  if (inControl?.[2]) {
    const at = placeOf(inControl[2], context);
    if (at) add({ place: at.place, ...(at.placeDetail ? { placeDetail: at.placeDetail } : {}), status: controlOf(inControl[1] === "Russian" ? "russian" : "ukrainian"), reasons: at.reasons });
  }

  const noTroops = NO_TROOPS.exec(clause);
  if (noTroops) {
    const at = placeOf(noTroops[2], context);
    // "there were no Russian troops in the village", "there is no occupant presence": the other side holds it.
    const absent: SideWord = /^(?:Ukrainian)$/.test(noTroops[1] ?? "") ? "ukrainian" : "russian";
    if (at) add({ place: at.place, ...(at.placeDetail ? { placeDetail: at.placeDetail } : {}), status: controlOf(other(absent)), reasons: [...at.reasons, "no enemy troops there, by the speaker's account: check"] });
  }

  const gray = GRAY_AREA.exec(clause);
  if (gray) {
    const subject = clause.slice(0, gray.index).replace(/^.*\b(?:that|insisted|said|says)\s+/u, "");
    const places = PLACE_REFERENCE.test(subject) && context.lastPlace ? [context.lastPlace] : placesIn(subject).filter(notFirst);
    for (const place of places) add({ place, status: "fighting", reasons: ["a \"gray area\": contested, held by neither side by this account"] });
  }

  const repelled = REPELLED.exec(clause);
  if (repelled?.[2] && !INTENT.test(clause.slice(0, repelled.index))) {
    const at = placeOf(repelled[2], context);
    const side = sideBefore(repelled.index);
    if (at && side) add({ place: at.place, ...(at.placeDetail ? { placeDetail: at.placeDetail } : {}), status: controlOf(side), reasons: [...at.reasons, "attacks repelled there: recorded as held by the side that repelled them"] });
  }

  const hands = HANDS.exec(clause);
  if (hands) {
    const who = hands[2] ?? hands[3] ?? hands[4] ?? "";
    const status = /^(?:Russia|Moscow)/.test(who) ? "russian-control" : "ukrainian-control";
    // "The General Staff … hereby announces that Kupiansk is under the control of …": the place after "that".
    const subject = (hands[1] ?? "").replace(/^.*\bthat\s+/u, "");
    // "… northwest of Donetsk, which is the main city of the region and is under Russian control": the name before "which".
    const which = /(\p{Lu}[\p{L}’'-]+(?:[ -]\p{Lu}[\p{L}’'-]+)*),\s+which\b[^,;]*$/u.exec(subject);
    if (which?.[1]) {
      add({ place: which[1], status, reasons: [] });
    } else {
    const reference = PLACE_REFERENCE.test(subject.replace(/^.*\bthat\s+/u, "")) || /\b(?:the|this)\s+(?:village|town|city|site|settlement)\s*$/u.test(subject);
    const places = reference && context.lastPlace ? [context.lastPlace] : placesIn(subject).filter(notFirst);
    for (const place of places) add({ place, status, reasons: reference ? [`the place is taken to be ${place}, named before`] : [] });
    }
  }

  // "The defense forces of southern Ukraine continue to hold their positions (in Krynky)".
  const holding = /\b(?:continue|continues|continued|continuing)\s+to\s+hold\b(?:\s+(?:their|its|our)\s+positions)?\s*\(?\s*(?:in|at|near|around)\s+(.+)$/u.exec(clause);
  if (holding?.[1]) {
    const at = placeOf(holding[1].replace(/\)\s*$/, ""), context);
    const side = sideBefore(holding.index);
    if (at && side) add({ place: at.place, ...(at.placeDetail ? { placeDetail: at.placeDetail } : {}), status: controlOf(side), reasons: at.reasons });
  }

  // "Krynky, seized by Ukrainian troops last year": a capture in a participle.
  const participle = /(?:^|,\s*)(?:which\s+(?:was|were)\s+)?(captured|seized|taken|liberated|retaken|recaptured|occupied)\s+by\s+(Russian|Ukrainian|Moscow|Kyiv)\b/u.exec(clause);
  if (participle && !passive) {
    const before = clause.slice(0, participle.index);
    const named = placesIn(before).at(-1);
    const place = named ?? context.lastPlace;
    const side: SideWord = /^(?:Russian|Moscow)$/.test(participle[2] ?? "") ? "russian" : "ukrainian";
    if (place) add({ place, status: controlOf(side), reasons: named ? [] : [`the place is taken to be ${place}, named before`] });
  }

  const noun = CAPTURE_NOUN.exec(clause);
  // "the liberation of Crimea remains the goal": an aim, not a capture.
  const aim = noun ? INTENT.test(clause) || /\b(?:goal|aim|objective|target|dream|plan|priority)\b/u.test(clause) : false;
  if (noun?.[2] && !capture && !aim) {
    const at = placeOf(noun[2], context);
    // The forces named nearest before it: "the main focus for Russian troops after the capture of Luhansk".
    const forces = [...clause.slice(0, noun.index).matchAll(/\b(Russian|Ukrainian)\s+(?:forces|troops|units|army|military)\b/gu)].at(-1)?.[1];
    // Without forces named, the speaker's side only when the sentence says it was done ("the liberation of … was completed").
    const done = /\b(?:was|were|has been|had been|is)\s+(?:now\s+)?completed\b|\bcompleted\s+the\b|\b(?:claimed|announced|reported)\s+(?:capture|seizure|liberation|recapture)\b/u.test(clause);
    const side: SideWord | undefined = forces === "Russian" ? "russian" : forces === "Ukrainian" ? "ukrainian" : done ? context.speakerSide : undefined;
    // "the claimed capture of Pokrovsk, Vovchansk and Kupiansk": each place of the list.
    const list = new RegExp(`^(${NAME}(?:,\\s+${NAME})*(?:,?\\s+and\\s+${NAME})?)`, "u").exec(noun[2])?.[1];
    const listed = list ? names(list) : [];
    const places = listed.length > 1 ? listed : at ? [at.place] : [];
    if (side) for (const place of places) add({ place, status: controlOf(side), reasons: [...(at?.reasons ?? []), `"the ${noun[1]} of": a capture the sentence takes as done; check who took it`] });
  }

  // "its forces were controlling it": the speaker's side holds the place.
  const ownHeld = /\b(?:its|their|our)\s+(?:forces|troops|units)\s+(?:were|are|was|is)\s+(?:now\s+|already\s+|fully\s+)?(?:controlling|holding|in control of)\s+(.+)$/u.exec(clause);
  if (ownHeld?.[1] && context.speakerSide) {
    const at = placeOf(ownHeld[1], context);
    if (at) add({ place: at.place, ...(at.placeDetail ? { placeDetail: at.placeDetail } : {}), status: controlOf(context.speakerSide), reasons: at.reasons });
  }

  // "Donetsk, a Russian-held regional capital", "the Ukrainian-controlled city of Kramatorsk".
  for (const adj of clause.matchAll(HELD_ADJECTIVE)) {
    const side: SideWord = /^(?:Russian|Moscow)/.test(adj[2] ?? "") ? "russian" : "ukrainian";
    const place = adj[3] ?? (adj[1] && !NATIONAL.test(adj[1]) ? adj[1] : undefined);
    if (place && !/\bpartially\b/.test(adj[0])) add({ place, status: controlOf(side), reasons: [`"${adj[0].trim()}": the report describes the place as held`] });
  }

  const held = HELD.exec(clause);
  if (held?.[2]) {
    const object = held[2].split(/[,;]|\s+and\s+(?!\p{Lu})/u)[0] ?? "";
    const places = placesIn(object);
    const status = held[1] === "Russian" ? "russian-control" : "ukrainian-control";
    if (places.length > 0) for (const place of places) add({ place, status, reasons: ["paraphrased by the report"] });
    else if (/\b(?:territory|region|land|area)\b/.test(object)) add({ place: object.trim().replace(/[.]$/, ""), status, reasons: ["a share of territory: check the place"] });
  }

  const notPushed = NOT_PUSHED.exec(clause);
  if (notPushed?.[1]) {
    const at = placeOf(notPushed[1], context);
    const side = sideBefore(notPushed.index);
    if (at && side) add({ place: at.place, ...(at.placeDetail ? { placeDetail: at.placeDetail } : {}), status: controlOf(side), reasons: [...at.reasons, "a denial of a loss: the place is said to be still held"] });
  }

  const dislodge = DISLODGE.exec(clause);
  if (dislodge?.[2]) {
    const side: SideWord = dislodge[1] === "Russian" ? "russian" : "ukrainian";
    for (const place of placesIn(dislodge[2])) add({ place, status: controlOf(side), reasons: ["the enemy failed to dislodge them: the place is said to be still held"] });
  }

  const withdrew = WITHDREW.exec(clause);
  if (withdrew && !INTENT.test(clause.slice(0, withdrew.index)) && !/\bleft\b/.test(withdrew[1] ?? "")) {
    // "launched an assault on Krynky but … retreated": the place the clause named, else the one before.
    const earlier = withdrew[2] === undefined ? new RegExp(`\\b(?:on|in|at|near|around|for)\\s+(${NAME})`, "u").exec(clause.slice(0, withdrew.index))?.[1] : undefined;
    const at = earlier && !NATIONAL.test(earlier) ? { place: earlier, reasons: [] } : placeOf(withdrew[2], context);
    // "I decided to withdraw our units from the city": the speaker's own side.
    const own = /\b(?:our|its|their)\s+(?:units|troops|forces|soldiers|personnel|boys|guys)\b/.test(withdrew[0]) || /\b(?:I|we|our)\b/.test(clause.slice(0, withdrew.index));
    const side = own && context.speakerSide ? context.speakerSide : sideBefore(withdrew.index);
    if (at && side) add({ place: at.place, ...(at.placeDetail ? { placeDetail: at.placeDetail } : {}), status: controlOf(other(side)), reasons: [...at.reasons, "a withdrawal, recorded as the other side's control: check the status"] });
  }

  const encircled = ENCIRCLED.exec(clause);
  // "to avoid being encircled", "to safeguard the units from being surrounded", "the territory surrounding Uspenivka": no claim.
  const averted = encircled && (/\b(?:avoid|avert|prevent|escape|risk|threat|danger|fear|from)\b(?:\s+\p{Ll}+){0,2}\s*$/u.test(clause.slice(0, encircled.index)) || (/^surrounding$/.test(encircled[0].split(/\s/)[0] ?? "") && /\b(?:territory|area|areas|region|villages?|towns?|land|fields|the)\s*$/u.test(clause.slice(0, encircled.index))));
  const encirclementDenied = encircled ? governingDenial(clause, encircled.index) !== undefined : false;
  if (encircled && encirclementDenied) {
    // "issued a pointed denial that its troops were surrounded in Pokrovsk": still held by the side that denies it.
    const at = placeOf(/\b(?:in|near|around|at)\s+(.+)$/u.exec(encircled[1] ?? "")?.[1] ?? encircled[1], context);
    if (at && context.speakerSide) add({ place: at.place, ...(at.placeDetail ? { placeDetail: at.placeDetail } : {}), status: controlOf(context.speakerSide), reasons: [...at.reasons, "a denial of encirclement: recorded as still held"] });
  }
  if (encircled && !averted && !encirclementDenied) {
    const object = encircled[1];
    const subject = clause.slice(0, encircled.index);
    // "encircled Russian troops near the crucial rail hub": the troops are encircled, the place is where.
    const troops = object !== undefined && /^(?:the\s+)?(?:Russian|Ukrainian|enemy)?\s*(?:troops|forces|units|group|grouping|soldiers)\b/u.test(object);
    const where = troops ? /\b(?:in|near|around|at)\s+(?!the\s+\p{Ll})(.+)$/u.exec(object ?? "")?.[1] : object;
    let at = where !== undefined ? placeOf(where, context) : undefined;
    if (!at && (troops || object === undefined || PLACE_REFERENCE.test(object ?? ""))) {
      const inSubject = names(subject.replace(/^.*?\b(?:in|near|around)\s+(?:the\s+)?/u, ""));
      at = /\b(?:is|are|was|were|been)\s*$/.test(subject) && inSubject[0] ? { place: `${inSubject[0]}${/\barea\b/.test(subject) ? " area" : ""}`, reasons: [] } : placeOf(undefined, context);
    }
    if (at && !INTENT.test(clause.slice(0, encircled.index))) add({ place: at.place, ...(at.placeDetail ? { placeDetail: at.placeDetail } : {}), status: "encircled", reasons: at.reasons });
  }

  for (const entered of clause.matchAll(ENTERED)) {
    if (INTENT.test(clause.slice(0, entered.index))) continue;
    // "two advanced U.S.-made HIMARS rocket systems": an adjective, not a move.
    if (entered[1] === "advanced" && ADJECTIVE_BEFORE.test(clause.slice(0, entered.index))) continue;
    // "the town, where Moscow had claimed advances": a place before the relative; not "a situation where".
    const relative = /(?:\p{Lu}[\p{L}’'-]+|village|town|city|region|area|settlement|front),?\s+(?:which|where)\b[^,;]*$/u.test(clause.slice(0, entered.index));
    const at = relative ? placeOf(undefined, context) : placeOf(entered[2]?.replace(/\s+(?:at|in|on|by|since)\s+the\s+(?:start|beginning|end)\b.*$/u, ""), context);
    const side = sideBefore(entered.index);
    if (at) add({ place: at.place, ...(at.placeDetail ? { placeDetail: at.placeDetail } : {}), status: side === "ukrainian" ? "fighting" : "russian-troops-inside", reasons: [...at.reasons, "forces inside or at a place: contested, not taken"] });
  }

  const fightingAt = FIGHTING_AT.exec(clause) ?? FIGHTING_IN.exec(clause);
  if (fightingAt && !INTENT.test(clause.slice(0, fightingAt.index))) {
    // "fighting was ongoing at the time": no place of its own, so the one named before.
    // "fighting was ongoing at the time, an indication …": a time, not a place.
    const object = (fightingAt[1] ?? fightingAt[2] ?? fightingAt[3])?.split(/[,;]/)[0]?.replace(/^(?:the|that)\s+(?:time|moment)\b.*$/u, "");
    // "Reports of Toretsk being occupied … are false – urban battles are ongoing": the place this clause named, else the one before.
    const named = object === undefined || object === "" ? placesIn(clause.slice(0, fightingAt.index)).filter(notFirst)[0] : undefined;
    const at = placeOf(object, context) ?? (named ? { place: named, reasons: [] } : undefined) ?? (context.lastPlace && (object === undefined || object.trim() === "") ? placeOf(undefined, context) : undefined);
    if (at) add({ place: at.place, ...(at.placeDetail ? { placeDetail: at.placeDetail } : {}), status: "fighting", reasons: [...at.reasons, "fighting there, by this account: contested"] });
  } else if (FIGHTING.test(clause) && context.lastPlace) add({ place: context.lastPlace, status: "fighting", reasons: [`fighting, taken to be in ${context.lastPlace}, named before`] });
  return found;
}

/** Places a clause names as "the village of X", for a later "the village" when the clause claims nothing. */
export function namedSettlements(clause: string): string[] {
  const list = LIST_OF.exec(clause);
  return list?.[1] ? names(list[1]) : [];
}
