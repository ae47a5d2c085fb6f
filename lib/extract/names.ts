/** Names in one spelling, to compare a report's mention with a claimant's or an office's name. */
import { stemCyrillic } from "./cyrillic/script";

/** Capitals stand for their governments in attribution ("Moscow said"). */
const WORD_FORMS: Record<string, string> = {
  russian: "russia", moscow: "russia", kremlin: "russia",
  ukrainian: "ukraine", kyiv: "ukraine", kiev: "ukraine",
  british: "uk", britain: "uk", london: "uk",
  american: "us", washington: "us",
  defense: "defence",
  // Stems of Russian and Ukrainian country words (nameWords stems Cyrillic words first).
  росси: "russia", росі: "russia", российск: "russia", російськ: "russia", рф: "russia", федерац: "russia", федераці: "russia",
  украин: "ukraine", україн: "ukraine", украинск: "ukraine", українськ: "ukraine",
};
/** Prepositions and conjunctions of Russian and Ukrainian names: "Министерство обороны РФ", "сил України". */
const CYRILLIC_STOP_WORDS = new Set(["в", "у", "во", "з", "із", "с", "и", "і", "та", "по", "на", "о", "об", "для"]);
const STOP_WORDS = new Set(["the", "of", "a", "an", "and", "in", "on", "for", "its", "their"]);

/** The words a name is made of, in one spelling: "Britain’s Defense Ministry" → uk, defence, ministry. */
export function nameWords(name: string): Set<string> {
  const words = name
    .toLowerCase()
    .replace(/\bunited nations\b/g, "un")
    // "the MoD": the Ministry of Defence.
    .replace(/\bmod\b/g, "ministry defence")
    // One word: "the commander" is not "Commander-in-Chief".
    .replace(/\bcommander-in-chief\b/g, "commanderinchief")
    .replace(/\bu\.n\.?(?=\s|$|’|')/g, "un")
    .replace(/[’']s\b/g, "")
    .replace(/\b(?:[a-z]\.){2,}/g, (initials) => initials.replace(/\./g, ""))
    .split(/[^\p{L}\d]+/u)
    .filter((w) => w && !STOP_WORDS.has(w) && !CYRILLIC_STOP_WORDS.has(w))
    // Cyrillic words by their stem: "Генерального штабу" and "Генеральний штаб" are one name.
    .map((w) => stemCyrillic(w))
    .map((w) => WORD_FORMS[w] ?? w);
  return new Set(words);
}

