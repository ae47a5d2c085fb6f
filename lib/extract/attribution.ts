/**
 * Who a sentence says made a claim: the attribution phrases of news reports ("X said on Wednesday",
 * "according to X", "X said in a Facebook post", "Interfax quoted X as saying", "In a statement, X
 * said that …"), the words they attribute (their scope) and the channel and time they name. Who the
 * mention refers to is claimants.ts's business; this module only reads the sentence.
 */
import { findNumbers } from "./numbers";
import { maskQuotes, quotedSpans, type Span, trimSpan } from "./text";

export interface Attribution {
  /** Who, as the sentence names them: "Ukraine's State Emergency Service", "it", "the statement". */
  mention: string;
  /** The attribution's own words, e.g. "it wrote in a Facebook post"; sentence offsets. */
  phrase: Span;
  /** The words it attributes; sentence offsets. */
  scope: Span;
  /** The channel the claim came through: "Facebook post", "Interfax news agency". */
  via?: string;
  /** When, in the sentence's words: "on Wednesday", "late on Wednesday", "previously". */
  when?: string;
}

interface Found {
  mention: string;
  phrase: Span;
  /**
   * Leading: the claim follows ("X said that …"); trailing: it comes before ("…, X said."); around:
   * the attribution stands between commas inside the claim ("The result, U.S. officials say, has been …").
   */
  direction: "leading" | "trailing" | "around";
  /** For a leading attribution, where the claim starts. */
  contentStart: number;
  via?: string;
  when?: string;
}

const VERB =
  /\b(?:said|says|say|reported|reports|announced|announces|stated|states|claimed|claims|wrote|writes|added|adds|told|tells|estimated|estimates|warned|warns|confirmed|confirms|noted|notes|spoke of|spoken of|spoke about|spoken about|tweeted|posted|found|finds|predicted|predicts|projected|projects|forecast|forecasts|indicate|indicates|indicated|showed|shows|revealed|reveals|recorded|records|documented|documents|registered|counted|verified|published|publishes|acknowledged|admitted|insisted|explained|explains|stressed|stresses|emphasi[sz]ed|underlined|asserted|asserts|argued|argues|guaranteed|guarantees|assured|(?:put|puts|placed|places) the (?:figure|number|toll|total|count)|(?:put|puts|placed|places)(?=\s+(?:[A-Za-z’'-]+\s+){1,5}at\s+(?:(?:about|around|more than|over|nearly|almost|some|at least|roughly)\s+)?\d))\b/g;
const PASSIVE = /\b(?:is|are|was|were|been|being|be)\s*$/i;
const BOUNDARY = /[,;:“”"—–()]/g;
const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const TAIL_WHEN = new RegExp(
  `^\\s+((?:late |early )?(?:on )?${WEEKDAY}(?: (?:night|morning|afternoon|evening))?|on ${MONTH} \\d{1,2}|on \\d{1,2} ${MONTH}|on (?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\\. \\d{1,2}|previously|earlier|later|today|yesterday|overnight|last week|this week)\\b`,
  "i",
);
const TAIL_VIA = /^\s+in\s+(?:a|an|its|his|her|their)\s+([^,.;:“”"_]+?)(?=\s+(?:on|that|late|early|earlier|last)\b|\s*[,.;:“”"_]|$)/i;
const TAIL_DURING = /^\s+(?:during|at)\s+(?:a|an|the|his|her|its|their)\s+([^,.;:“”"_]+?)(?=\s+(?:on|that|late|early|earlier|last)\b|\s*[,.;:“”"_]|$)/i;
const TAIL_PLATFORM = /^\s+on\s+(Telegram|Facebook|Twitter|X|Instagram|YouTube|social media|(?:state |national )?(?:television|TV|radio))\b/i;
/** "… posted on the Kremlin site": where a channel was published, part of the attribution. */
const TAIL_SITE = /^\s+(?:posted\s+|published\s+)?(?:on|at)\s+(?:the|its|his|her|their)\s+[^,.;:“”"_]*?(?:site|website|channel|page|account|feed)\b/i;
const TOLD_VIA = /^\s+((?:the\s+)?[^,.;:“”"_]+?)(?=\s+(?:on|that|in|late|early|earlier)\b|\s*[,.;:“”"_]|$)/i;
const NP_TRAILING_ADVERBS = new RegExp(`(?:\\s+(?:also|had|has|have|previously|earlier|later|then|further|again|already|repeatedly|(?:late |early )?on ${WEEKDAY})|,\\s+(?:meanwhile|however|in turn|for (?:his|her|its|their) part),?)$`, "i");
const NP_LEADING = /^\s*(?:(?:and|but|while|whereas|meanwhile|however|separately|later|earlier|also|then|yet|that)\b[\s,]*|(?:a day |hours |days |a week |shortly |just |minutes )?(?:after|before|when|as|since|until|once)\s+)/i;
const CLAUSE_WORDS = /\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|should|may|might|must|this|these|those|which|who|whom|there|here|not|if|than|because)\b/i;
/** "the air force’s statement on the Telegram messaging app": who, and the channel they spoke through. */
const OWNED_CHANNEL =
  /^(.*?\S)[’']s\s+((?:latest\s+|daily\s+|official\s+|own\s+)?(?:statement|post|update|report|briefing|bulletin|survey|data|figures|estimate|assessment|tally|summary|release|press release|message|video|Telegram channel|Facebook page)(?:\s+(?:on|in)\s+.+)?)$/u;
/** After "The result, officials say,": the sentence's verb goes on. */
const AROUND_GOES_ON =
  /^\s*,\s+(?:has|have|had|is|are|was|were|will|would|could|may|might|can|remains?|remained|stands?|stood|rose|fell|reached|exceeded|topped|totall?ed|numbered|amounts? to|amounted to)\b/;
/** What "told X" names when X is a channel rather than an audience. */
const MEDIUM =
  /\b(?:agency|news|newspaper|paper|daily|outlet|channel|broadcaster|television|TV|radio|website|magazine|TASS|Tass|RIA|Interfax|Reuters|AFP|AP|Associated Press|CNN|BBC|Sky|Suspilne|Ukrinform|Izvestia|Kommersant|Sputnik|RT|Al Jazeera|Guardian|Times|Post|Journal)\b/;
const NAME_WORDS_IN_ED = new Set(["armed", "united", "based", "unnamed", "appointed", "elected", "self-proclaimed", "unidentified", "detained", "injured", "wounded"]);

/** A noun phrase that can name a speaker: short, no numbers, no verbs. */
function isSpeaker(np: string): boolean {
  const words = np.split(/\s+/).filter(Boolean);
  // "in a video posted": a speaker does not start with a preposition.
  if (/^(?:in|on|at|during|with|by|for|from|to|of|into|onto|over|under)$/i.test(words[0] ?? "")) return false;
  if (words.length === 0 || words.length > 14 || /\d/.test(np) || !/\p{L}/u.test(np)) return false;
  if (CLAUSE_WORDS.test(np) || findNumbers(np).length > 0) return false;
  return !words.some((w) => /^\p{Ll}[\p{Ll}-]*ed$/u.test(w) && !NAME_WORDS_IN_ED.has(w));
}

function lastBoundary(masked: string, before: number): number {
  let at = -1;
  for (const match of masked.slice(0, before).matchAll(BOUNDARY)) at = match.index;
  return at;
}

/** Reads the time and channel after a verb; returns where the attribution ends. */
function readTail(masked: string, from: number, verb: string): { end: number; when?: string; via?: string } {
  let end = from;
  let when: string | undefined;
  let via: string | undefined;
  if (/^told$|^tells$/i.test(verb)) {
    const told = TOLD_VIA.exec(masked.slice(end));
    if (told?.[1]) {
      // "told the Tass news agency" names a channel; "told Putin", "told reporters" an audience.
      if (MEDIUM.test(told[1])) via = told[1].replace(/^the\s+/i, "");
      end += told[0].length;
    }
  }
  for (;;) {
    const rest = masked.slice(end);
    const time = TAIL_WHEN.exec(rest);
    if (time?.[1]) {
      when = time[1];
      end += time[0].length;
      continue;
    }
    const site = TAIL_SITE.exec(rest);
    if (site) {
      end += site[0].length;
      continue;
    }
    const channel = TAIL_VIA.exec(rest) ?? TAIL_DURING.exec(rest) ?? TAIL_PLATFORM.exec(rest);
    if (channel?.[1] && !via) {
      via = channel[1];
      end += channel[0].length;
      continue;
    }
    break;
  }
  return { end, when, via };
}

/** "…, X said" or "X said that …": decided by what follows the attribution. */
function directionAfter(masked: string, end: number): { direction: "leading" | "trailing"; contentStart: number } {
  const rest = masked.slice(end);
  const that = /^\s*,?\s*that\b/.exec(rest);
  if (that) return { direction: "leading", contentStart: end + that[0].length };
  if (/^\s*(?:[,.;:!?”"]|$)/.test(rest)) return { direction: "trailing", contentStart: end };
  // "…, Gladkov said in his statement on the Telegram messaging app.": only where it was said is left.
  if (/^\s+(?:on|in|at|via|through|during)\s+(?:(?:the|a|an|its|his|her|their)\s+)?[^,;:“”"\d]*?[.!?]?\s*$/u.test(rest) && !/\b(?:that|is|are|was|were|has|have|had)\b/.test(rest)) {
    return { direction: "trailing", contentStart: end };
  }
  return { direction: "leading", contentStart: end };
}

function accordingTo(masked: string, found: Found[]): void {
  // "according to the U.N. refugee agency": a full stop after a capital is an initial, not an end.
  for (const match of masked.matchAll(/\b[Aa]ccording to\s+((?:\p{Lu}\.|[^,;:.“”"_—–])+)/gu)) {
    const mention = match[1]?.trim() ?? "";
    const phrase = { start: match.index, end: match.index + match[0].trimEnd().length };
    const leading = masked.slice(0, match.index).trim() === "";
    const comma = masked.indexOf(",", phrase.end);
    found.push({ mention, phrase, direction: leading ? "leading" : "trailing", contentStart: leading && comma >= 0 ? comma + 1 : phrase.end });
  }
}

/** "…, as reported by Oleksandr Syrskyi, Commander-in-Chief of the Ukrainian Armed Forces.": X to the end of the sentence. */
function reportedBy(masked: string, found: Found[]): void {
  const match = /,\s*((?:as\s+)?(?:reported|stated|announced|claimed|said|confirmed)\s+by\s+)((?:\p{Lu}\.|[^;:.“”"_])+?)\s*\.?\s*$/u.exec(masked);
  if (match && isSpeaker(match[2]?.trim().split(",")[0] ?? "")) found.push(byAgent(match));
}

/** A trailing "<verb> by X" attribution from a match whose group 1 is "<verb> by " and group 2 is X. */
function byAgent(match: RegExpExecArray | RegExpMatchArray): Found {
  const mention = match[2]?.trim() ?? "";
  const start = (match.index ?? 0) + match[0].indexOf(match[1] ?? "");
  return { mention, phrase: { start, end: start + (match[1] ?? "").length + mention.length }, direction: "trailing", contentStart: start };
}

/** "The figure …, issued by the UN’s International Organization for Migration, is …": who issued the subject. */
function issuedBy(masked: string, found: Found[]): void {
  for (const match of masked.matchAll(/,\s*((?:issued|published|released|compiled|given|provided)\s+by\s+)((?:\p{Lu}\.|[^,;:.“”"_])+?)\s*,/gu)) {
    if (isSpeaker(match[2]?.trim() ?? "")) found.push(byAgent(match));
  }
}

/**
 * "Documents leaked onto Discord … revealed another U.S. estimate for Russian casualties, with …": the
 * estimate is the U.S. government's, the documents only pass it on.
 */
function revealedEstimate(masked: string, found: Found[]): void {
  const match = /\b(?:revealed|reveal|reveals|showed|show|shows|contained|contain|contains)\s+(?:an?|another|the)\s+(U\.S\.|US|American|British|UK|Russian|Ukrainian|Western)\s+(?:government\s+|intelligence\s+|military\s+)?(?:estimates?|assessments?)\b/u.exec(masked);
  if (!match) return;
  const subject = masked.slice(0, match.index).trim();
  const via = /^(?:the\s+)?((?:leaked\s+)?(?:documents?|papers?|files?|slides?|reports?)(?:\s+leaked)?)\b/i.exec(subject)?.[1];
  if (!via) return;
  const end = match.index + match[0].length;
  found.push({ mention: `${match[1]} government`, phrase: { start: 0, end }, direction: "leading", contentStart: end, via });
}

/** "the 7.1 million estimate it gave on April 5": the figure before the pronoun is its estimate. */
function estimateItGave(masked: string, found: Found[]): void {
  for (const match of masked.matchAll(/\b(?:estimate|figure|forecast|tally|count|total)\s+(?:that\s+)?(it|they|he|she)\s+(?:had\s+)?(?:gave|given|issued|made|published|released|offered)\b/g)) {
    const start = match.index + match[0].indexOf(match[1] ?? "");
    const tail = readTail(masked, match.index + match[0].length, "gave");
    found.push({ mention: match[1] ?? "", phrase: { start, end: tail.end }, direction: "trailing", contentStart: start, when: tail.when });
  }
}

/** "an estimate by the U.S. government that Russia has suffered …": the estimate's author claims what follows. */
function estimateBy(masked: string, found: Found[]): void {
  for (const match of masked.matchAll(/\b(?:an?|the|another)\s+(?:[\p{L}.-]+\s+)?(?:estimate|assessment|count|tally|figures?)\s+(?:by|from)\s+((?:the\s+)?(?:\p{Lu}\.|[^,;:.“”"_])+?)\s+that\b/gu)) {
    const mention = match[1]?.trim() ?? "";
    if (!isSpeaker(mention)) continue;
    const end = match.index + match[0].length;
    found.push({ mention, phrase: { start: match.index, end }, direction: "leading", contentStart: end });
  }
}

function quotedAsSaying(masked: string, found: Found[]): void {
  for (const match of masked.matchAll(/([^,;:.“”"_]+?)\s+quoted\s+([^,;:.“”"_]+?)\s+as\s+saying\b/g)) {
    const relay = match[1] ?? "";
    const start = match.index + (relay.length - relay.trimStart().length);
    const tail = readTail(masked, match.index + match[0].length, "saying");
    found.push({
      mention: match[2]?.trim() ?? "",
      phrase: { start, end: tail.end },
      ...directionAfter(masked, tail.end),
      via: relay.trim().replace(/^the\s+/i, ""),
      when: tail.when,
    });
  }
}

function speechVerbs(masked: string, found: Found[]): void {
  for (const match of masked.matchAll(VERB)) {
    const verbStart = match.index;
    const verbEnd = verbStart + match[0].length;
    if (found.some((f) => verbStart >= f.phrase.start && verbStart < f.phrase.end)) continue;
    const boundary = lastBoundary(masked, verbStart);
    let npStart = boundary + 1;
    let np = masked.slice(npStart, verbStart).trimEnd();
    let when: string | undefined;
    for (let adverb = NP_TRAILING_ADVERBS.exec(np); adverb; adverb = NP_TRAILING_ADVERBS.exec(np)) {
      const words = adverb[0].trim();
      if (!/^(?:also|had|has|have|further|again|already|repeatedly|then)$/i.test(words)) when = words;
      np = np.slice(0, adverb.index);
    }
    if (PASSIVE.test(np)) continue;
    // "the number of reported Russian fatalities": a participle before its noun, not a speaker's verb.
    if (/\b(?:the|of|a|an|its|their|his|her)\s*$/i.test(np)) continue;
    // The name starts after an attribution found before it in the sentence.
    const after = found.filter((f) => f.phrase.end <= verbStart).reduce((at, f) => Math.max(at, f.phrase.end), -1);
    if (after > npStart) {
      np = masked.slice(after, verbStart).trimEnd();
      npStart = after;
    }
    for (let lead = NP_LEADING.exec(np); lead && lead[0].length > 0; lead = NP_LEADING.exec(np)) {
      np = np.slice(lead[0].length);
      npStart += lead[0].length;
    }
    npStart += np.length - np.trimStart().length;
    np = np.trim();

    const issued = np !== "" && !isSpeaker(np) ? /\b(?:issued|published|released|given|provided|compiled)\s+by\s+(.+?)(?:\s+(?:in|on|last|earlier|this)\s+[^,]*)?$/u.exec(np) : null;
    if (issued?.[1] && isSpeaker(issued[1])) {
      npStart += issued.index + issued[0].indexOf(issued[1]);
      np = issued[1];
    }
    if (np !== "" && !isSpeaker(np)) {
      // "The Kremlin declined to comment after Mediazona published …": the speaker follows the last subordinator.
      let cut: RegExpExecArray | undefined;
      for (const sub of np.matchAll(/\b(?:after|before|when|since|while|because|as|until|once)\s+/g)) cut = sub;
      if (cut) {
        const rest = np.slice(cut.index + cut[0].length);
        if (isSpeaker(rest)) {
          npStart += cut.index + cut[0].length;
          np = rest;
        }
      }
    }
    if (np === "" && boundary >= 0 && masked.charAt(boundary) === ",") {
      // "Chairman of the Joint Chiefs of Staff, Gen. Mark Milley, had placed the number …": the name between commas.
      let apposition = /([^,;:“”"_]+?)\s*$/.exec(masked.slice(0, boundary));
      // "DeepState, an online battlefield map run by analysts, said": the name before the description.
      // "Gen. Mark A. Milley, chairman of the Joint Chiefs of Staff, said": likewise the name before the role.
      let role = "";
      if (apposition && /^(?:an?\s+)?\p{Ll}/u.test(apposition[1]?.trim() ?? "") && masked.charAt(apposition.index - 1) === ",") {
        const named = /([^,;:“”"_]+?)\s*$/.exec(masked.slice(0, apposition.index - 1));
        if (named && named[1] && named[1].trim().split(/\s+/).length <= 6) {
          // A role keeps its words with the name ("…, chairman of the Joint Chiefs of Staff"); a description does not.
          if (!/^an?\s/u.test(apposition[1]?.trim() ?? "") && isSpeaker(apposition[1]?.trim() ?? "")) role = apposition[1]?.trim() ?? "";
          apposition = named;
        }
      }
      const name = apposition?.[1]?.trim() ?? "";
      if (apposition && /^\p{Lu}/u.test(name) && isSpeaker(name) && !/\b(?:said|says)\b/.test(name)) {
        np = role ? `${name}, ${role}` : name;
        npStart = apposition.index + (apposition[0].length - apposition[0].trimStart().length);
      }
      if (np === "") {
        // "Gerasimov, seated among top officers opposite Putin, who was also in military uniform, told": the name opens the sentence.
        const opening = /^\s*([^,;:“”"_]+?),/.exec(masked);
        const opener = opening?.[1]?.trim() ?? "";
        const between = masked.slice(opening?.[0].length ?? 0, boundary).split(",").map((part) => part.trim());
        if (opening && /^\p{Lu}/u.test(opener) && isSpeaker(opener) && between.every((part) => /^(?:\p{Ll}|who\b|which\b)/u.test(part)) && !found.some((f) => f.phrase.start < verbStart)) {
          np = opener;
          npStart = opening.index + (opening[0].length - opening[0].trimStart().length);
        }
      }
    }
    if (np === "") {
      // "…,” said a Ukrainian man who did not give his name.
      const inverted = /^\s+((?:the|a|an)\s+)?([^,;:.“”"_]+?)(?=\s+(?:who|which|on|in|at)\b|[,;:.“”"_]|$)/.exec(masked.slice(verbEnd));
      const who = inverted ? `${inverted[1] ?? ""}${inverted[2] ?? ""}` : "";
      if (!inverted || !isSpeaker(who) || !/^(?:said|says|reported|added|wrote|stated|announced|noted|told)$/i.test(match[0]) || /^(?:at|in|on|during|after|before|to|for|with|by|from|late|early|earlier|last)\b/i.test(who)) continue;
      const end = verbEnd + inverted[0].length;
      found.push({ mention: who, phrase: { start: verbStart, end }, direction: "trailing", contentStart: end });
      continue;
    }
    if (!isSpeaker(np) || /^(?:an?|the)$/i.test(np)) continue;
    // "An estimated 31 per cent": a qualifier, not a speaker's verb.
    if (/^estimate/i.test(match[0]) && /^\s+\d/.test(masked.slice(verbEnd))) continue;
    const tail = readTail(masked, verbEnd, match[0]);
    const attribution: Found = { mention: np, phrase: { start: npStart, end: tail.end }, ...directionAfter(masked, tail.end), when: tail.when ?? when, via: tail.via };
    // "The result, U.S. officials say, has been hundreds of troops killed": the claim goes on after it.
    if (attribution.direction === "trailing" && masked.charAt(boundary) === "," && AROUND_GOES_ON.test(masked.slice(tail.end))) {
      const before = masked.slice(0, boundary);
      if (findNumbers(before).length === 0 && !/[“”"]/.test(before) && !found.some((f) => f.phrase.end <= boundary)) attribution.direction = "around";
    }
    // "In a Telegram post, the agency said …"
    const before = masked.slice(0, boundary + 1);
    const channel = /^\s*(?:in|on|via|through)\s+(?:a|an|its|his|her|their)\s+([^,]+?)\s*,\s*$/i.exec(before);
    if (channel?.[1] && !attribution.via) {
      attribution.via = channel[1];
      attribution.phrase = { start: 0, end: attribution.phrase.end };
    }
    found.push(attribution);
    // "…, the emergency service said, adding that dozens of fires had been put out."
    const adding = /^\s*,\s*(?:adding|warning|saying|noting|stressing|claiming|insisting)(?:\s+that)?\s+/.exec(masked.slice(tail.end));
    if (attribution.direction === "trailing" && adding) {
      const start = tail.end + adding[0].search(/adding|warning|saying|noting|stressing|claiming|insisting/);
      const end = tail.end + adding[0].length;
      found.push({ mention: np, phrase: { start, end: end - 1 }, direction: "leading", contentStart: end, when: attribution.when, via: attribution.via });
    }
  }
}

/** Every attribution in the sentence, with the span of words each attributes. */
export function findAttributions(sentence: string): Attribution[] {
  // "the Office of the United Nations High Commissioner for Refugees (UNHCR) said": the abbreviation is part of the name.
  const masked = maskQuotes(sentence, quotedSpans(sentence)).replace(/\(([\p{Lu}]{2,8}|[\p{Lu}][\p{L}]{1,5}[\p{Lu}][\p{L}]{0,4})\)/gu, " $1 ");
  const found: Found[] = [];
  quotedAsSaying(masked, found);
  revealedEstimate(masked, found);
  estimateBy(masked, found);
  estimateItGave(masked, found);
  reportedBy(masked, found);
  issuedBy(masked, found);
  accordingTo(masked, found);
  speechVerbs(masked, found);
  found.sort((a, b) => a.phrase.start - b.phrase.start);
  // "A US official said that … 5,000 to 6,000 …, CNN reports": the outlet passed the official's words on.
  for (let i = found.length - 1; i > 0; i--) {
    const f = found[i];
    const previous = found[i - 1];
    if (!f || !previous || f.direction !== "trailing" || previous.direction !== "leading" || previous.via || !MEDIUM.test(f.mention)) continue;
    previous.via = f.mention.replace(/^the\s+/i, "");
    found.splice(i, 1);
  }
  for (const f of found) {
    const owned = OWNED_CHANNEL.exec(f.mention);
    if (owned?.[1] && owned[2] && !f.via) {
      f.mention = owned[1];
      f.via = owned[2];
    }
  }
  return found.map((f, i) => {
    const previous = found[i - 1];
    const next = found[i + 1];
    const raw =
      f.direction === "trailing"
        ? { start: previous ? previous.phrase.end : 0, end: f.phrase.start }
        : f.direction === "around"
          ? { start: previous ? previous.phrase.end : 0, end: next ? next.phrase.start : sentence.length }
          : { start: f.contentStart, end: next ? next.phrase.start : sentence.length };
    const phrase = trimSpan(sentence, f.phrase);
    return {
      mention: f.mention,
      phrase,
      scope: trimSpan(sentence, raw),
      ...(f.via ? { via: f.via.trim() } : {}),
      ...(f.when ? { when: f.when } : {}),
    };
  });
}
