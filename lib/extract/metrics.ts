/**
 * What a number counts: the metric (from the controlled vocabulary in lib/model/claims.ts) and the subject
 * in the report's words. Read from the noun after the number ("58 planes"), the unit ("30
 * kilometers") and, for people, what the clause says happened to them ("were killed", "have fled").
 */
import type { Metric } from "../model/claims";
import type { NumberMention } from "./numbers";

export type Placement =
  | {
      placed: true;
      metric: Metric;
      subject: string;
      /** Where the stated words end when they include a unit ("over 30 kilometers"); clause offsets. */
      statedEnd: number;
      /** Where the words naming what is counted end ("58 planes|"); clause offsets. */
      phraseEnd: number;
      /** A distance that places a town ("58 kilometers northwest of Kyiv"): the report's description, not a claim. */
      describesPlace: boolean;
      reasons: string[];
    }
  | { placed: false; reason: string };

type PersonKind = "soldier" | "civilian" | "responder" | "person" | "refugee" | "child";
type Head = { metric: Metric; needs?: "destroyed" | "extinguished" } | { person: PersonKind };

/** Nouns a figure may count. At one position the longest wins, so "tanks and armoured vehicles" beats "tanks". */
const HEADS: readonly { pattern: string; head: Head }[] = [
  { pattern: "tanks and (?:other )?armou?red (?:combat )?vehicles", head: { metric: "tanks-and-armoured-vehicles", needs: "destroyed" } },
  { pattern: "other (?:military |armou?red |combat )*vehicles", head: { metric: "other-military-vehicles", needs: "destroyed" } },
  { pattern: "tanks? with fuel(?: and lubricants)?|fuel tanks?|fuel tankers?|tankers?", head: { metric: "fuel-tanks", needs: "destroyed" } },
  { pattern: "tanks?", head: { metric: "tanks", needs: "destroyed" } },
  { pattern: "(?:infantry fighting|armou?red(?: combat| fighting| personnel)?|combat) (?:vehicles?|carriers?)|APCs?|IFVs?", head: { metric: "armoured-combat-vehicles", needs: "destroyed" } },
  { pattern: "(?:field )?artillery(?: systems?| guns?| pieces?)?(?: and mortars)?|howitzers?|mortars?|guns", head: { metric: "artillery-systems", needs: "destroyed" } },
  { pattern: "(?:multiple )?(?:launch )?rocket (?:launchers?|systems?)|MLRS|launchers?|HIMARS(?: (?:rocket )?(?:launchers?|systems?))?", head: { metric: "multiple-rocket-launchers", needs: "destroyed" } },
  { pattern: "(?:anti-aircraft|air[- ]defen[cs]e) (?:systems?|vehicles?|means|units?|warfare(?: systems?)?)", head: { metric: "air-defence-systems", needs: "destroyed" } },
  { pattern: "(?:war|air)?planes?|(?:fighter )?jets", head: { metric: "planes", needs: "destroyed" } },
  { pattern: "aircraft", head: { metric: "aircraft", needs: "destroyed" } },
  { pattern: "helicopters?", head: { metric: "helicopters", needs: "destroyed" } },
  { pattern: "(?:unmanned aerial vehicles?|UAVs?|drones?)", head: { metric: "drones", needs: "destroyed" } },
  { pattern: "(?:cruise |ballistic |guided |HIMARS )?(?:missiles?|rockets?|projectiles?|bombs?)", head: { metric: "missiles", needs: "destroyed" } },
  { pattern: "(?:war)?ships?|boats?|vessels?", head: { metric: "ships-and-boats", needs: "destroyed" } },
  { pattern: "(?:units|pieces|items) of (?:weapons and (?:military )?equipment|(?:military )?equipment|weapons|(?:military )?hardware)", head: { metric: "weapons-and-equipment", needs: "destroyed" } },
  { pattern: "(?:units of )?special(?: military)? (?:equipment|vehicles)", head: { metric: "special-equipment", needs: "destroyed" } },
  { pattern: "(?:military |motor |army )?(?:vehicles?|trucks?|cars?)", head: { metric: "military-vehicles", needs: "destroyed" } },
  { pattern: "military (?:objects?|targets?|facilities|facility|sites?|infrastructure(?: facilities)?)", head: { metric: "military-objects", needs: "destroyed" } },
  { pattern: "(?:air ?strikes?|strikes?|counter-?attacks?|attacks?|assaults?|shellings?)(?: on [\\p{L} ]+?targets)?", head: { metric: "strikes" } },
  { pattern: "(?:combat )?(?:clashes|engagements)|combat engagements", head: { metric: "combat-engagements" } },
  { pattern: "settlements|villages|towns|localities|communities", head: { metric: "settlements" } },
  { pattern: "cases?(?: of [\\p{L}-]+(?: [\\p{L}-]+){0,4})?", head: { metric: "cases-documented" } },
  { pattern: "civilian (?:deaths|dead|fatalities)", head: { metric: "civilians-killed" } },
  { pattern: "(?:deaths|dead|fatalities)", head: { metric: "people-killed" } },
  { pattern: "casualties", head: { metric: "killed-or-injured" } },
  { pattern: "fires?", head: { metric: "fires-extinguished", needs: "extinguished" } },
  { pattern: "(?:residential |apartment |civilian )?(?:structures?|buildings?|homes?|houses?|blocks?|hospitals?|schools?|kindergartens?|clinics?)", head: { metric: "structures-destroyed", needs: "destroyed" } },
  { pattern: "prisoners(?: of war)?|POWs|captives|detainees", head: { metric: "prisoners-of-war" } },
  { pattern: "IDPs|internally displaced (?:persons|people)|displaced (?:persons|people)", head: { metric: "people-displaced" } },
  { pattern: "returnees", head: { metric: "people-returned" } },
  { pattern: "(?:emergency |rescue )?(?:responders?|workers?)|rescuers?|firefighters?", head: { person: "responder" } },
  { pattern: "(?:soldiers?|solders|troops?|servicemen|servicepeople|service ?members|servicemembers|military personnel|personnel|fighters|marines|paratroopers|occupants|occupiers|militants|mercenaries)", head: { person: "soldier" } },
  { pattern: "children|child|kids", head: { person: "child" } },
  { pattern: "civilians?", head: { person: "civilian" } },
  { pattern: "refugees", head: { person: "refugee" } },
  { pattern: "people|persons|adults?|residents|inhabitants|women|men|others|citizens|individuals|passengers|Ukrainians|Russians|(?:security )?guards|employees|miners|drivers|medics|doctors|nurses|journalists|teachers|volunteers|police(?: officers)?|policemen", head: { person: "person" } },
];

const OUTCOMES = {
  killed: /\b(?:killed|kill(?:s|ing)?|dead|died|die|deaths?|lost their lives|perished|fatalities|lost|eliminated|neutrali[sz]ed)\b/i,
  injured: /\b(?:injured|wounded|hurt|injuries|wounds)\b/i,
  captured: /\b(?:captured|taken prisoner|surrendered|taken captive|in (?:\p{L}+ )?custody|in captivity|held captive)\b/iu,
  freed: /\b(?:freed|released|exchanged|swapped|returned home from captivity)\b/i,
  hospitalized: /\b(?:hospitali[sz]ed|in hospital|(?:to|in|at|into)\s+(?:the\s+|a\s+)?hospitals?)\b/i,
  missing: /\b(?:missing|unaccounted for)\b/i,
  displaced: /\b(?:displaced)\b/i,
  returned: /\b(?:returned|gone home|went home|(?:are|were|is|was) (?:back )?home|came home|come home|back home)\b/i,
  fled: /\b(?:fled|flee(?:ing)?|left (?:the country|ukraine|russia)|left ukraine|crossed|exodus|sought (?:refuge|asylum|shelter)|took refuge|arrived in)\b/i,
  losses: /\b(?:losses|casualties)\b/i,
  rescued: /\b(?:rescued|evacuated|to safety|saved)\b/i,
} as const;
type Outcome = keyof typeof OUTCOMES;

const DESTROYED = /\b(?:destroy(?:ed|s|ing)?|shot down|downed|eliminated|knocked out|wrecked|disabled|lost)\b/i;
const DAMAGED = /\bdamaged\b/i;
const EXTINGUISHED = /\b(?:extinguished|put out|fought)\b/i;

/** Where the noun phrase after a number ends: punctuation, a verb or preposition, or the next item of a list. */
const PHRASE_END =
  /[,;:()“”"!?]|\s[—–]\s|(?<!\b[A-Z])\.(?=\s|$)|\s(?:is|are|was|were|has|have|had|will|would|could|may|might|in|on|at|during|since|after|before|from|(?<!\b(?:medium|small|large|short|long|mid))to|by|with|for|who|which|that|caused|among|including|while|when|near|across|under|against)\b|\s(?:and|or)\s+(?=\d|(?:more|over|about|some|at|up|nearly|almost|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\b)/i;

const UNITS: readonly { pattern: RegExp; metric: Metric; native: boolean }[] = [
  { pattern: /^\s*(per ?cent|percent|%)/i, metric: "share", native: true },
  { pattern: /^\s+(square (?:kilometers|kilometres|km)|sq\.? km|km2|km²)/i, metric: "territory", native: true },
  { pattern: /^\s+(square miles?)\b/i, metric: "territory", native: false },
  { pattern: /^\s+(kilometers|kilometres|km)\b/i, metric: "distance", native: true },
  { pattern: /^\s+(miles?)\b/i, metric: "distance", native: false },
  { pattern: /^\s+(days?)\b/i, metric: "duration", native: true },
  { pattern: /^\s+(hours?|weeks?|months?)\b/i, metric: "duration", native: false },
];

/** "37 percent of IDPs - " just before a number: the share's whole, restated in the aside. */
const SHARE_ASIDE = /(?:per ?cent|percent|%)\s+of\s+((?:\S+\s+){0,3}?\S+)\s+(?:-|—|–|\()\s*$/iu;
const BEARING = /^(?:\s*(?:\([^)]*\)|\[[^\]]*\]))?\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\b/i;
const PLACE_OF = /\b(?:(?:city|town|village|region|country|nation|population)\s+of|home to)\s*$/i;

function headAt(window: string): { head: Head; end: number } | undefined {
  let best: { head: Head; index: number; end: number } | undefined;
  for (const { pattern, head } of HEADS) {
    const match = new RegExp(`\\b(?:${pattern})\\b`, "iu").exec(window);
    if (!match) continue;
    const end = match.index + match[0].length;
    if (!best || match.index < best.index || (match.index === best.index && end > best.end)) best = { head, index: match.index, end };
  }
  return best && { head: best.head, end: best.end };
}

/** What the clause says happened to the people counted: first after the number, else before it. */
function outcomesNear(clause: string, mention: NumberMention, nextStart: number): Set<Outcome> {
  const look = (text: string) => new Set((Object.keys(OUTCOMES) as Outcome[]).filter((o) => OUTCOMES[o].test(text)));
  const after = look(clause.slice(mention.end, nextStart));
  if (after.size > 0) return after;
  // "More than 73 people -- including four children -- remained hospitalized": past the aside.
  const pastAside = /^[^-—(]*?(?:\s--\s[^-]*?\s--\s|\s—\s[^—]*?\s—\s|\([^)]*\))([^,;]*)/.exec(clause.slice(mention.end))?.[1];
  const beyond = pastAside ? look(pastAside) : new Set<Outcome>();
  return beyond.size > 0 ? beyond : look(clause.slice(0, mention.start));
}

const KILLED: Record<PersonKind, Metric> = {
  child: "children-killed",
  soldier: "soldiers-killed",
  civilian: "civilians-killed",
  responder: "emergency-responders-killed",
  person: "people-killed",
  refugee: "people-killed",
};

function personMetric(kind: PersonKind, outcomes: ReadonlySet<Outcome>): Metric | undefined {
  if (outcomes.has("freed")) return "prisoners-of-war";
  if (outcomes.has("displaced")) return "people-displaced";
  if (kind === "refugee" || outcomes.has("fled")) return "people-fled";
  if (outcomes.has("killed") && outcomes.has("injured")) return "killed-or-injured";
  if (outcomes.has("killed")) return KILLED[kind];
  if (outcomes.has("captured")) return kind === "soldier" ? "soldiers-captured" : "prisoners-of-war";
  if (outcomes.has("injured")) return kind === "soldier" ? "soldiers-wounded" : "people-injured";
  if (outcomes.has("hospitalized")) return "people-hospitalized";
  if (outcomes.has("missing")) return "people-missing";
  if (outcomes.has("returned")) return "people-returned";
  if (outcomes.has("rescued")) return "people-rescued";
  if (outcomes.has("losses")) return kind === "soldier" ? "personnel-losses" : "killed-or-injured";
  return undefined;
}

function placeBefore(clause: string, at: number): string {
  const name = /(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*),\s+(?:an?|the)\s+(?:[\p{L}-]+\s+)?(city|town|village|region|country)\s+of\s*$/u.exec(clause.slice(0, at));
  return name?.[1] ? `the ${name[2] ?? "place"} of ${name[1]}` : "the place named before the figure";
}

/**
 * Places the figure `mention` of `clause` (offsets local to the clause); `nextStart` is where the
 * next figure in the clause begins (or the clause's end).
 */
export function placeFigure(clause: string, mention: NumberMention, nextStart: number = clause.length): Placement {
  const after = clause.slice(mention.end);
  if (mention.fraction) {
    const whole = after.replace(/^\s+of\s+/, "").split(/[,;]/)[0]?.trim() || "the whole stated";
    return { placed: true, metric: "share", subject: whole, statedEnd: mention.end, phraseEnd: mention.end, describesPlace: false, reasons: ["a share written as a fraction, recorded in per cent: check the whole it is a share of"] };
  }
  for (const unit of UNITS) {
    const match = unit.pattern.exec(after);
    if (!match) continue;
    const statedEnd = mention.end + match[0].length;
    const rest = clause.slice(statedEnd);
    const subjectWords = rest.replace(/^\s*\([^)]*\)/, "").split(/[,;]/)[0]?.trim();
    const before = clause.slice(0, mention.start).replace(/\s+(?:in|within|for|over|during|after)\s*$/i, "").trim();
    const subject = unit.metric === "duration" ? before || "the time stated" : subjectWords?.replace(/^of\s+/i, "") || `the ${unit.metric} stated`;
    const reasons = [`${unit.metric}: check that the subject says what the ${unit.metric} is of`];
    const nativeUnit = unit.metric === "distance" ? "kilometres" : unit.metric === "territory" ? "square kilometres" : "days";
    if (!unit.native) reasons.push(`stated in ${match[1]?.toLowerCase()}, but the metric counts ${nativeUnit}: convert or drop`);
    return { placed: true, metric: unit.metric, subject, statedEnd, phraseEnd: statedEnd, describesPlace: unit.metric === "distance" && BEARING.test(rest), reasons };
  }

  const skipped = /^\s+(?:of\s+)?/.exec(after)?.[0].length ?? 0;
  // The phrase keeps one leading space, so PHRASE_END can tell a word from the start of one.
  const window = ` ${after.slice(skipped)}`;
  const stop = PHRASE_END.exec(window);
  const phrase = window.slice(0, stop ? stop.index : window.length);
  const found = headAt(phrase);
  const noun = found ? phrase.slice(0, found.end).trim() : phrase.trim();
  const reasons: string[] = [];
  const phraseEnd = mention.end + skipped - 1 + (found ? found.end : phrase.trimEnd().length);
  const base = { statedEnd: mention.end, phraseEnd: Math.max(mention.end, phraseEnd), describesPlace: false };

  if (PLACE_OF.test(clause.slice(0, mention.start)) && (!found || "person" in found.head)) {
    return { placed: true, metric: "population", subject: placeBefore(clause, mention.start), ...base, describesPlace: true, reasons };
  }
  if (found && "metric" in found.head) {
    const { metric, needs } = found.head;
    if (needs === "destroyed" && !DESTROYED.test(clause)) {
      reasons.push(DAMAGED.test(clause) ? "the report says damaged, not destroyed" : "the clause does not say these were destroyed");
    }
    if (needs === "extinguished" && !EXTINGUISHED.test(clause)) reasons.push("the clause does not say these fires were put out");
    return { placed: true, metric, subject: noun, ...base, reasons };
  }
    // "37 percent of IDPs - 2.85 million people -": the aside restates the whole the share is of.
    const whole = SHARE_ASIDE.exec(clause.slice(0, mention.start))?.[1];
    const restated = whole ? headAt(` ${whole}`) : undefined;
    if (restated && "metric" in restated.head) {
      return { placed: true, metric: restated.head.metric, subject: noun || whole || "people", ...base, reasons: [`restates "${whole}", the whole of the share before it: check`] };
    }
  const outcomes = outcomesNear(clause, mention, nextStart);
  const kind: PersonKind = found && "person" in found.head ? found.head.person : "person";
  if (!found) {
    // "thousands are reported to have died": no noun, but the clause says what happened to whom.
    // "25 wounded", "1,597 more sustained wounds", "572 others": what happened names whom it counts.
    const countsPeople = noun === "" || /^(?:more|others?|of|had|have|has|were|are)\b/i.test(noun) || (Object.keys(OUTCOMES) as Outcome[]).some((o) => OUTCOMES[o].test(noun));
    if (!countsPeople || outcomes.size === 0) return { placed: false, reason: noun ? `no metric for "${noun}"` : "the number names nothing it counts" };
    reasons.push("the figure names no noun: people are assumed");
  }
  const metric = personMetric(kind, outcomes);
  if (metric && /killed/.test(metric) && /\blost\b/i.test(clause) && !/\b(?:killed|dead|died|deaths?|perished)\b/i.test(clause)) {
    reasons.push('"lost" may count the wounded and captured as well as the dead');
  }
  if (!metric) {
    const what = outcomes.has("injured") ? "the injured" : `"${noun}" without saying what happened to them`;
    return { placed: false, reason: `no metric for ${what}` };
  }
  return { placed: true, metric, subject: noun || "people", ...base, reasons };
}
