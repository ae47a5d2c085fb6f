/**
 * Who a mention in a report refers to: an existing claimant of data/claimants.json, the claimant
 * named just before ("it", "the ministry", "the statement"), or a new claimant to propose.
 */
import type { Claimant, ClaimantKind, Side } from "../model/claimants";
import { slugify } from "./text";
import { nameWords } from "./names";
import type { WhoIsWho } from "./whoIsWho";

export { nameWords };

export const UNATTRIBUTED_ID = "unattributed";

export type Resolution =
  /** An existing claimant, or one proposed earlier in the same report. */
  | { kind: "known"; claimantId: string; speaker?: string; reasons: string[] }
  | { kind: "new"; claimant: Claimant; speaker?: string; reasons: string[] }
  /** "it", "the statement": whoever was named before; `via` when the mention names a channel. */
  | { kind: "previous"; via?: string }
  /** "a resident", "a Ukrainian man": someone the report does not identify. */
  | { kind: "unidentified"; speaker: string };

const COUNTRY_WORDS = new Set(["russia", "ukraine", "uk", "us"]);
/** Words that name no body on their own: "according to the military" is not the UK's military intelligence. */
const GENERIC_ALONE = new Set(["military", "army", "forces", "authorities", "government", "officials", "intelligence", "police"]);
const ROLE =
  /^(.*?)\s*\b(spokesperson|spokesman|spokeswoman|press secretary|head|chief|adviser|advisor|official|director-general|director general|director|commissioner|secretary-general|representative|coordinator)\b,?\s*(.*)$/i;
/** Documents and messages a claimant issues: "the bulletin said" refers to whoever issued it. */
const CHANNEL_WORDS = "statement|post|update|report|briefing|bulletin|survey|data|figures|estimate|assessment|tally|summary|release|press release|message|video|report";
const PRONOUN = new RegExp(`^(?:it|he|she|they|(?:its|his|her|their|the|this|that|the latest|its latest|the daily|its daily) (?:${CHANNEL_WORDS}))$`, "i");
const CHANNEL = new RegExp(`^(?:its |his |her |their |the |this |that )?(?:latest |daily )?(${CHANNEL_WORDS})$`, "i");
/** A role with no body named ("the spokesperson", "the UN refugee chief" aside): whoever was named before. */
const BARE_ROLE = /^(?:the|a|an|its|his|her|their)\s+(?:spokesperson|spokesman|spokeswoman|press secretary|minister|ministry|official|officials|chief|head|agency|governor|mayor|commander|military|army)$/i;

/** "A US official", "U.S. and other Western officials", "senior Pentagon officials": officials a report does not name. */
const UNNAMED_OFFICIALS =
  /^(?:(?:an?|one|two|three|several|some|the|other)\s+)?(?:(?:senior|top|unnamed|anonymous|other)\s+)*((?:U\.S\.|US|American|Western|British|UK|Ukrainian|Russian|European|NATO|Pentagon|White House)(?:\s+and\s+(?:other\s+)?(?:Western|European|allied|NATO|British|UK))?)\s+(?:(?:defen[cs]e|intelligence|military|administration|government|security|senior|allied)\s+)*officials?$/i;
const OFFICIALS_OF: Record<string, { id: string; side: Side }> = {
  "u.s.": { id: "us", side: "united-states" }, us: { id: "us", side: "united-states" }, american: { id: "us", side: "united-states" },
  pentagon: { id: "us", side: "united-states" }, "white house": { id: "us", side: "united-states" },
  western: { id: "western", side: "international" }, allied: { id: "allied", side: "international" }, european: { id: "eu", side: "international" },
  nato: { id: "nato", side: "international" }, british: { id: "uk", side: "united-kingdom" }, uk: { id: "uk", side: "united-kingdom" },
  ukrainian: { id: "ua", side: "ukraine" }, russian: { id: "ru", side: "russia" },
};

/** Officials the report does not name, as one claimant per country: "us-officials-unnamed". */
function unnamedOfficials(mention: string): Claimant | undefined {
  const match = UNNAMED_OFFICIALS.exec(mention);
  if (!match?.[1]) return undefined;
  const parts = match[1].split(/\s+and\s+(?:other\s+)?/i).map((p) => OFFICIALS_OF[p.toLowerCase()]).filter((p) => p !== undefined);
  if (parts.length === 0) return undefined;
  const side = parts.length === 1 ? (parts[0]?.side ?? "international") : parts.every((p) => p.side === parts[0]?.side) ? (parts[0]?.side ?? "international") : "international";
  return { id: `${parts.map((p) => p.id).join("-")}-officials-unnamed`, name: `${match[1]} officials (not named)`, kind: "official", side };
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((w) => b.has(w));
}

interface Match {
  claimantId: string;
  reasons: string[];
}

/** Matches a name to a claimant: exactly, else as a part of one name (most recently named first). */
function matchName(mention: string, claimants: readonly Claimant[], recent: readonly string[]): Match | undefined {
  const words = nameWords(mention);
  if (words.size === 0) return undefined;
  const exact = claimants.find((c) => sameSet(words, nameWords(c.name)) || (c.shortName !== undefined && sameSet(words, nameWords(c.shortName))));
  if (exact) return { claimantId: exact.id, reasons: [] };
  // A country alone ("Ukraine said") is too little to pick one of that country's bodies; so is "the military".
  if ([...words].every((w) => COUNTRY_WORDS.has(w))) return undefined;
  if (words.size === 1 && GENERIC_ALONE.has([...words][0] ?? "")) return undefined;
  const candidates = claimants.filter((c) => {
    const vocabulary = new Set([...nameWords(c.name), ...nameWords(c.shortName ?? "")]);
    return [...words].every((w) => vocabulary.has(w));
  });
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) return { claimantId: candidates[0]?.id ?? "", reasons: [] };
  const byRecency = recent.find((id) => candidates.some((c) => c.id === id));
  // "the governor" with no governor named before: any of them would be a guess.
  if (!byRecency && BARE_ROLE.test(mention.trim())) return undefined;
  const chosen = byRecency ?? candidates[0]?.id ?? "";
  const others = candidates.filter((c) => c.id !== chosen).map((c) => c.id);
  return { claimantId: chosen, reasons: [`"${mention}" could also be ${others.join(", ")}; taken as ${chosen}${byRecency ? " (named most recently)" : ""}`] };
}

/**
 * A known claimant's name standing inside a longer mention: "frequently updated UNHCR data", "the
 * head of the Russian defence ministry". The longest such name wins; a country alone never does.
 */
function containedName(mention: string, claimants: readonly Claimant[]): Match | undefined {
  const words = nameWords(mention);
  let best: { id: string; size: number } | undefined;
  for (const c of claimants) {
    for (const name of [c.name.replace(/\s*\([^)]*\)/g, ""), c.shortName ?? "", ...[...c.name.matchAll(/\(([^)]+)\)/g)].map((m) => m[1] ?? "")]) {
      const own = nameWords(name);
      if (own.size === 0 || [...own].every((w) => COUNTRY_WORDS.has(w))) continue;
      if ([...own].every((w) => words.has(w)) && (!best || own.size > best.size)) best = { id: c.id, size: own.size };
    }
  }
  return best && { claimantId: best.id, reasons: [`"${mention}" taken to be ${best.id}, whose name it contains`] };
}

function guessKind(name: string): ClaimantKind {
  const lower = name.toLowerCase();
  if (/ministry|ministries|department/.test(lower)) return "ministry";
  if (/united nations|\bun\b|u\.n\.|unhcr|unicef|ohchr|refugee agency/.test(lower)) return "un-body";
  if (/emergency|rescue service/.test(lower)) return "emergency-service";
  if (/parliament|duma|rada|senate|congress/.test(lower)) return "parliament";
  if (/intelligence/.test(lower)) return "intelligence-service";
  if (/news agency|interfax|tass|ria novosti|ukrinform/.test(lower)) return "news-agency";
  if (/governor|mayor|adviser|advisor|president|minister|spokes|official|commander|head|chief|prosecutor|police/.test(lower)) return "official";
  return "government";
}

function guessSide(name: string, kind: ClaimantKind): Side {
  if (kind === "un-body") return "international";
  const words = nameWords(name);
  if (words.has("ukraine")) return "ukraine";
  if (words.has("russia")) return "russia";
  if (words.has("uk")) return "united-kingdom";
  if (words.has("us")) return "united-states";
  return "unattributed";
}

function propose(name: string, claimants: readonly Claimant[]): Claimant {
  const clean = name.replace(/^(?:the|a|an)\s+/i, "").trim();
  const display = clean.charAt(0).toUpperCase() + clean.slice(1);
  const base = slugify(clean);
  let id = base;
  for (let n = 2; claimants.some((c) => c.id === id); n++) id = `${base}-${n}`;
  const kind = guessKind(clean);
  return { id, name: display, kind, side: guessSide(clean, kind) };
}

/**
 * Resolves a mention against the claimants known so far (data/claimants.json and those proposed for
 * this report); `recent` lists claimant ids, most recently named first.
 */
export interface WhoContext {
  whoIsWho: WhoIsWho;
  /** The report's date (YYYY-MM-DD): who held an office then. */
  date: string;
}

export function resolveMention(mention: string, claimants: readonly Claimant[], recent: readonly string[], who?: WhoContext): Resolution {
  // "the country’s air force": the report's country, whose bodies are named by what they are.
  const text = mention.trim().replace(/[,.]+$/, "").replace(/^the\s+country[’']s\s+/i, "the ");
  // "Russian authorities reported": the government of the country, not a body of its own.
  const government = /^(?:the\s+)?(Russian|Ukrainian)\s+(?:authorities|government)$/i.exec(text);
  const countryId = government?.[1] ? (/^russian$/i.test(government[1]) ? "russia" : "ukraine") : undefined;
  const country = countryId ? claimants.find((c) => c.id === countryId) : undefined;
  if (country) return { kind: "known", claimantId: country.id, reasons: [`"${text}" taken to be ${country.id}: the report names no body`] };
  if (PRONOUN.test(text)) {
    const channel = CHANNEL.exec(text)?.[1];
    return channel ? { kind: "previous", via: channel } : { kind: "previous" };
  }
  const words = nameWords(text);
  const exact = claimants.find((c) => sameSet(words, nameWords(c.name)) || (c.shortName !== undefined && sameSet(words, nameWords(c.shortName))));
  if (exact && words.size > 0) return { kind: "known", claimantId: exact.id, reasons: [] };
  // An office by its title ("Russia's defence minister"): its claimant, spoken for by whoever held it on the report's date.
  const office = who?.whoIsWho.title(text, who.date, recent);
  if (office && claimants.some((c) => c.id === office.claimantId)) {
    return { kind: "known", claimantId: office.claimantId, ...(office.speaker ? { speaker: office.speaker } : {}), reasons: office.reasons };
  }
  const unnamed = unnamedOfficials(text);
  if (unnamed) {
    const known = claimants.find((c) => c.id === unnamed.id);
    return known
      ? { kind: "known", claimantId: known.id, speaker: text, reasons: [`"${text}": officials the report does not name`] }
      : { kind: "new", claimant: unnamed, speaker: text, reasons: [`"${text}": officials the report does not name, proposed as "${unnamed.id}": check`] };
  }
  // Another name of a claimant: collectives ("the Ukrainian military"), bodies' other names ("HRMMU").
  const alias = who?.whoIsWho.alias(text);
  const aliased = alias && claimants.find((c) => c.id === alias.claimantId);
  if (alias && aliased) {
    const person = ROLE.exec(text);
    return { kind: "known", claimantId: aliased.id, ...(person?.[3] ? { speaker: person[3].trim() } : {}), reasons: alias.reasons };
  }
  const role = ROLE.exec(text);
  if (role) {
    const body = (role[1] ?? "").replace(/^(?:an?|the)\s+/i, "").replace(/[’']s$/, "").trim();
    const person = (role[3] ?? "").trim();
    const speaker = person ? `${person}, ${role[2]?.toLowerCase()}` : role[2]?.toLowerCase() ?? "";
    const matched = body ? matchName(body, claimants, recent) : undefined;
    if (matched) return { kind: "known", claimantId: matched.claimantId, speaker, reasons: matched.reasons };
  }
  const matched = matchName(text, claimants, recent);
  if (matched) return { kind: "known", ...matched };
  if (BARE_ROLE.test(text) && recent.length > 0) return { kind: "previous" };
  const contained = containedName(text, claimants);
  if (contained) return { kind: "known", ...contained };
  if (/^(?:a|an|one)\s/i.test(text)) return { kind: "unidentified", speaker: text };
  const claimant = propose(text, claimants);
  return {
    kind: "new",
    claimant,
    reasons: [`new claimant "${claimant.id}" proposed for "${text}": check its name, kind (guessed "${claimant.kind}") and side (guessed "${claimant.side}")`],
  };
}
