/**
 * Who speaks for which claimant, read from data/who-is-who.json: people by surname and the offices
 * they held on a report's date, offices by their titles, claimants by their other names, and the
 * outlets that only relay. The extractor asks this; it holds no list of names of its own.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Claimant } from "../model/claimants";
import { type Office, type Person, type Tenure, WhoIsWhoFile } from "../model/who-is-who";
import bundled from "../../data/who-is-who.json";
import { stemCyrillic } from "./cyrillic/script";
import { nameWords } from "./names";

export interface Resolved {
  claimantId: string;
  /** The person who spoke, by their name in who-is-who ("Sergei Shoigu"), when one is known. */
  speaker?: string;
  reasons: string[];
}

/** Is `date` (YYYY-MM-DD) within a tenure? Month bounds cover their whole month; an absent bound is open. */
export function heldOn(tenure: Pick<Tenure, "from" | "until">, date: string): boolean {
  if (tenure.from && date.slice(0, tenure.from.length) < tenure.from) return false;
  if (tenure.until && date.slice(0, tenure.until.length) > tenure.until) return false;
  return true;
}

function span(t: Pick<Tenure, "from" | "until">): string {
  return `${t.from ?? "…"} to ${t.until ?? "…"}`;
}

/** How far a date lies outside a tenure, in days (0 inside it): to pick the nearest office. */
function distance(t: Pick<Tenure, "from" | "until">, date: string): number {
  const day = (d: string, end: boolean) => Date.parse(d.length === 7 ? (end ? `${d}-28` : `${d}-01`) : d);
  const at = Date.parse(date);
  if (t.from && at < day(t.from, false)) return (day(t.from, false) - at) / 864e5;
  if (t.until && at > day(t.until, true)) return (at - day(t.until, true)) / 864e5;
  return 0;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((w) => b.has(w));
}

export class WhoIsWho {
  readonly bodies: readonly Claimant[];
  readonly offices: ReadonlyMap<string, Office>;
  readonly people: readonly Person[];
  private readonly aliases: { claimantId: string; name: string; words: Set<string> }[];
  private readonly titles: { office: Office; name: string; words: Set<string> }[];
  private readonly relay: RegExp;

  constructor(file: WhoIsWhoFile) {
    this.bodies = file.bodies;
    this.offices = new Map(file.offices.map((o) => [o.id, o]));
    this.people = file.people;
    this.aliases = file.aliases.flatMap((a) => a.names.map((name) => ({ claimantId: a.claimantId, name, words: nameWords(name) })));
    this.titles = file.offices.flatMap((office) => [office.title, ...office.titles].map((name) => ({ office, name, words: nameWords(name) })));
    const outlets = [...file.relays].sort((a, b) => b.length - a.length).map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    this.relay = new RegExp(
      `^(?:the\\s+)?(?:(?:Russian |Ukrainian |state-run |state |official )*(?:news (?:agency|outlet|site)|media|press) )?(?:${outlets.join("|")})(?: news agency)?$`,
    );
  }

  /** The dataset's claimants, then the bodies of who-is-who that it lacks (to propose when a report cites them). */
  withBodies(claimants: readonly Claimant[]): Claimant[] {
    const ids = new Set(claimants.map((c) => c.id));
    return [...claimants, ...this.bodies.filter((c) => !ids.has(c.id))];
  }

  /** "TASS", "the state news agency RIA Novosti": an outlet that passes claims on and is never the claimant. */
  isRelay(mention: string): boolean {
    return this.relay.test(mention.trim());
  }

  /** Who holds an office on a date: the person, when who-is-who knows one for sure. */
  holder(officeId: string, date: string): Person | undefined {
    const holders = this.people.filter((p) => p.held.some((t) => t.office === officeId && heldOn(t, date)));
    return holders.length === 1 ? holders[0] : undefined;
  }

  /** The person a surname (one of the mention's words) names, and the office they held on `date`. */
  person(mention: string, date: string): (Resolved & { surname: string; person: Person }) | undefined {
    const words = new Set(mention.split(/[\s,]+/).map((w) => w.replace(/[’']s$/, "")));
    // A Cyrillic surname in any case: "Зеленского" is "Зеленский".
    const stems = new Set([...words].filter((w) => /^\p{Lu}/u.test(w)).map(stemCyrillic));
    const cyrillic = (s: string) => /\p{Script=Cyrillic}/u.test(s);
    for (const person of this.people) {
      // A common surname is listed with the first name ("Ivan Fedorov"), and then the whole name must stand in the mention.
      const surname = person.surnames.find((s) =>
        s.includes(" ") ? mention.includes(s) || (cyrillic(s) && s.split(" ").every((part) => stems.has(stemCyrillic(part)))) : words.has(s) || (cyrillic(s) && stems.has(stemCyrillic(s))),
      );
      if (!surname) continue;
      const current = person.held.filter((t) => heldOn(t, date));
      const tenure = current[0] ?? [...person.held].sort((a, b) => distance(a, date) - distance(b, date))[0];
      const office = tenure && this.offices.get(tenure.office);
      if (!tenure || !office) continue;
      const reasons =
        current.length === 0
          ? [`${person.name} held no office in who-is-who on ${date}; taken as ${office.title} (${span(tenure)}): check`]
          : current.length > 1
            ? [`${person.name} held ${current.length} offices on ${date}; taken as ${office.title}: check`]
            : [];
      return { claimantId: office.claimantId, speaker: person.name, surname, person, reasons };
    }
    return undefined;
  }

  /**
   * An office named by its title ("Russia's defence minister", "the head of the defence ministry"),
   * speaking for its claimant; the speaker is whoever held it on `date`. A title several offices share
   * is the one whose claimant was named most recently (`recent`, latest first).
   */
  title(mention: string, date: string, recent: readonly string[] = []): Resolved | undefined {
    const words = nameWords(mention);
    if (words.size === 0) return undefined;
    const offices = [...new Set(this.titles.filter((t) => sameSet(t.words, words)).map((t) => t.office))];
    if (offices.length === 0) return undefined;
    const byRecency = recent.map((id) => offices.find((o) => o.claimantId === id)).find((o) => o !== undefined);
    const office = byRecency ?? offices[0];
    if (!office) return undefined;
    const reasons = offices.length > 1 && !byRecency ? [`"${mention}" could be ${offices.map((o) => o.title).join(" or ")}; taken as ${office.title}: check`] : [];
    const holder = this.holder(office.id, date);
    return { claimantId: office.claimantId, ...(holder ? { speaker: holder.name } : {}), reasons: [`"${mention}" is the ${office.title}${holder ? ` (${holder.name} on ${date})` : ""}`, ...reasons] };
  }

  /** A claimant by another of its names: exactly, else the longest name the mention contains ("the UN Human Rights Monitoring Mission in Ukraine"). */
  alias(mention: string): Resolved | undefined {
    const words = nameWords(mention);
    if (words.size === 0) return undefined;
    const exact = this.aliases.find((a) => sameSet(a.words, words));
    if (exact) return { claimantId: exact.claimantId, reasons: [`"${mention}" is ${exact.claimantId} ("${exact.name}" in who-is-who)`] };
    let best: (typeof this.aliases)[number] | undefined;
    for (const a of this.aliases) if ([...a.words].every((w) => words.has(w)) && (!best || a.words.size > best.words.size)) best = a;
    return best && { claimantId: best.claimantId, reasons: [`"${mention}" taken to be ${best.claimantId}, whose name "${best.name}" it contains`] };
  }

  /** Every other name of a claimant (aliases), for a picker's search. */
  aliasNames(claimantId: string): string[] {
    return this.aliases.filter((a) => a.claimantId === claimantId).map((a) => a.name);
  }

  /** The kind of office a claimant's speakers hold, for "the governor" or "the ministry" to find the last fitting speaker. */
  titleWordsOf(claimantId: string): Set<string> {
    const words = new Set<string>();
    for (const office of this.offices.values()) if (office.claimantId === claimantId) for (const w of nameWords(office.title)) words.add(w);
    return words;
  }
}

let cached: WhoIsWho | undefined;

/** The repository's data/who-is-who.json, parsed once. */
export function defaultWhoIsWho(): WhoIsWho {
  cached ??= new WhoIsWho(WhoIsWhoFile.parse(bundled));
  return cached;
}

/** who-is-who.json of another data folder (npm run extract -- --data DIR); the repository's when that folder has none. */
export function readWhoIsWho(dataDir: string): WhoIsWho {
  const path = join(dataDir, "who-is-who.json");
  if (!existsSync(path)) return defaultWhoIsWho();
  const parsed = WhoIsWhoFile.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`${path}: not a who-is-who file (${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}); npm run validate says more`);
  return new WhoIsWho(parsed.data);
}
