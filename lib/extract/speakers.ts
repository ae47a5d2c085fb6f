/**
 * A person named as the speaker ("Konashenkov said", "Maj. Gen. Igor Konashenkov"): who-is-who gives
 * the office they held on the report's date, and so the claimant they spoke for.
 */
import type { WhoIsWho } from "./whoIsWho";

/** Ranks and titles before a name: "Maj. Gen. Igor Konashenkov", "Lieutenant General …". */
export const TITLES = /^(?:(?:Lieutenant|Lt\.?|Major|Maj\.?|Colonel|Col\.?|Brigadier|Brig\.?|Gen\.?|General|Admiral|Adm\.?|Chairman|Commander-in-Chief|Commander|Chief|Mr\.?|Ms\.?|Dr\.?)\s+)+/;

/** The known claimant of a mention that names a known speaker ("Maj-Gen Konashenkov", "Igor Konashenkov"). */
export function knownSpeaker(mention: string, known: ReadonlySet<string>, whoIsWho: WhoIsWho, date: string): { claimantId: string; speaker: string; reasons: string[] } | undefined {
  const found = whoIsWho.person(mention, date);
  if (found && known.has(found.claimantId)) {
    const { surname, claimantId, reasons } = found;
    // Only a person's name, perhaps with a rank: "Russian Defence Ministry spokesman Igor Konashenkov" is resolved by its body.
    // "Oleksandr Syrskyi, Commander-in-Chief of the Ukrainian Armed Forces": the name before its apposition.
    const name = mention.split(",")[0] ?? mention;
    const bare = name.replace(TITLES, "").replace(/^(?:Maj|Lt|Lieutenant|Major)[-\s]Gen\.?\s+/i, "").trim();
    // "головнокомандувач ЗСУ Валерій Залужний", "очільник ОВА Олег Кіпер": the name at the end, past titles and abbreviations.
    const cyrillicName = /\p{Script=Cyrillic}/u.test(surname) ? /(?<![\p{L}-])((?:\p{Lu}\p{Ll}[\p{L}’'.-]*\s+){0,2}\p{Lu}\p{Ll}[\p{L}’'-]+)$/u.exec(bare) : null;
    if (cyrillicName?.[1]) return { claimantId, speaker: cyrillicName[1], reasons };
    if (/^(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'-]+$/u.test(bare)) return { claimantId, speaker: bare, reasons };
    // "new military chief Oleksandr Syrsky": a role in lower case, then the name.
    const named = /^(?:[\p{Ll}-]+\s+){1,4}((?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'-]+)$/u.exec(bare);
    if (named?.[1]?.includes(surname)) return { claimantId, speaker: named[1], reasons };
    // "Russian defence minister Andrei Belousov": a role word, then the name.
    const titled = /\b(?:[Gg]ov\.|[Gg]overnor|[Mm]ayor|[Mm]inister|[Ss]pokes\w+|[Cc]hief|[Hh]ead|[Cc]ommander|[Gg]eneral|[Oo]fficial|[Aa]dvis[eo]r|[Aa]ide|[Ss]ecretary)\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'-]+)$/u.exec(bare);
    if (titled?.[1]?.includes(surname)) return { claimantId, speaker: titled[1], reasons };

  }
  return undefined;
}
