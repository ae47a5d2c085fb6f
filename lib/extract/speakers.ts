/**
 * People who speak for a claimant in the reports, so "Konashenkov said" is the Russian Defence
 * Ministry with Konashenkov as its speaker, not a new claimant. A name's claimant is used only when
 * that claimant is known (data/claimants.json or wellKnown.ts).
 */
export const KNOWN_SPEAKERS: readonly { surname: string; claimantId: string }[] = [
  { surname: "Konashenkov", claimantId: "ru-defence-ministry" },
  { surname: "Konshenkov", claimantId: "ru-defence-ministry" },
  { surname: "Shoigu", claimantId: "ru-defence-ministry" },
  { surname: "Belousov", claimantId: "ru-defence-ministry" },
  { surname: "Gerasimov", claimantId: "ru-defence-ministry" },
  { surname: "Peskov", claimantId: "russia" },
  { surname: "Grandi", claimantId: "unhcr" },
  { surname: "Vitorino", claimantId: "iom" },
  { surname: "Syrskyi", claimantId: "ua-commander-in-chief" },
  { surname: "Zaluzhnyi", claimantId: "ua-commander-in-chief" },
  { surname: "Syrsky", claimantId: "ua-commander-in-chief" },
  { surname: "Zaluzhny", claimantId: "ua-commander-in-chief" },
];

/** Ranks and titles before a name: "Maj. Gen. Igor Konashenkov", "Lieutenant General …". */
export const TITLES = /^(?:(?:Lieutenant|Lt\.?|Major|Maj\.?|Colonel|Col\.?|Brigadier|Brig\.?|Gen\.?|General|Admiral|Adm\.?|Chairman|Commander-in-Chief|Commander|Chief|Mr\.?|Ms\.?|Dr\.?)\s+)+/;

/** The known claimant of a mention that names a known speaker ("Maj-Gen Konashenkov", "Igor Konashenkov"). */
export function knownSpeaker(mention: string, known: ReadonlySet<string>): { claimantId: string; speaker: string } | undefined {
  const words = mention.split(/[\s,]+/);
  for (const { surname, claimantId } of KNOWN_SPEAKERS) {
    if (!words.includes(surname) || !known.has(claimantId)) continue;
    // Only a person's name, perhaps with a rank: "Russian Defence Ministry spokesman Igor Konashenkov" is resolved by its body.
    // "Oleksandr Syrskyi, Commander-in-Chief of the Ukrainian Armed Forces": the name before its apposition.
    const name = mention.split(",")[0] ?? mention;
    const bare = name.replace(TITLES, "").replace(/^(?:Maj|Lt|Lieutenant|Major)[-\s]Gen\.?\s+/i, "").trim();
    if (/^(?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'-]+$/u.test(bare)) return { claimantId, speaker: bare };
    // "new military chief Oleksandr Syrsky": a role in lower case, then the name.
    const named = /^(?:[\p{Ll}-]+\s+){1,4}((?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'-]+)$/u.exec(bare);
    if (named?.[1]?.includes(surname)) return { claimantId, speaker: named[1] };
    // "Russian defence minister Andrei Belousov": a role word, then the name.
    const titled = /\b(?:[Mm]inister|[Ss]pokes\w+|[Cc]hief|[Hh]ead|[Cc]ommander|[Gg]eneral|[Oo]fficial|[Aa]dvis[eo]r|[Aa]ide|[Ss]ecretary)\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'-]+)$/u.exec(bare);
    if (titled?.[1]?.includes(surname)) return { claimantId, speaker: titled[1] };
  }
  return undefined;
}
