/**
 * Russian and Ukrainian text: which script a sentence is written in, and a crude stem of a Cyrillic
 * word, so declined forms ("Генерального штабу", "Генеральний штаб") compare as one name.
 */

/** A sentence mostly in Cyrillic letters is read by the Russian and Ukrainian rules. */
export function isCyrillic(text: string): boolean {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return cyrillic > 0 && cyrillic >= latin;
}

const ENDINGS =
  /(?:ами|ями|ого|ому|его|ему|ими|ыми|іми|ами|ої|ою|ею|ий|ый|ій|ой|ая|яя|ое|ее|ые|ие|ую|юю|их|ых|ів|ям|ам|ах|ях|ом|ем|ей|ой|а|я|у|ю|і|и|ы|е|о|й|ь|є|ї)$/u;

/** "Генерального" and "Генеральний" → "генеральн"; Latin words and short words are left as they are. */
export function stemCyrillic(word: string): string {
  const lower = word.toLowerCase();
  if (!/^\p{Script=Cyrillic}+$/u.test(lower) || lower.length <= 3) return lower;
  const stem = lower.replace(ENDINGS, "");
  return stem.length >= 3 ? stem : lower;
}

const TRANSLIT: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "h", ґ: "g", д: "d", е: "e", є: "ie", ё: "e", ж: "zh", з: "z", и: "y", і: "i", ї: "i", й: "i",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch",
  ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "iu", я: "ia",
};

/** Cyrillic letters in Latin ones (a plain table, for ids only): "Каменка" → "kamenka". */
export function transliterate(text: string): string {
  return text.replace(/\p{Script=Cyrillic}/gu, (ch) => {
    const lower = ch.toLowerCase();
    const latin = TRANSLIT[lower] ?? "";
    return ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  });
}
