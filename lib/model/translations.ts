import { z } from "zod";
import { PREFIXED_LOCALES, type TranslatedLocale } from "../i18n/locales";

/**
 * A record's reader-visible text in each translated edition, beside its English: `{ uk, ru }`, both
 * required, each holding the same fields as the English text it translates.
 */
export function perLocale<T extends z.ZodType>(text: T) {
  // One field per translated edition: adding a language to PREFIXED_LOCALES makes every text require it.
  const shape = Object.fromEntries(PREFIXED_LOCALES.map((locale) => [locale, text])) as Record<TranslatedLocale, T>;
  return z.strictObject(shape);
}

/** A reader-visible text in one language. */
export const Text = z.string().min(1);

/** A translated text where its shape leaves the English one's: the field's path in the translation, and what it should hold. */
export interface TextGap {
  path: (string | number)[];
  expected: string;
}

/**
 * Where a translation's shape leaves its English text's: every English text needs one text in the
 * translation; lists keep their length (and so their order), keyed maps their keys; a field the
 * English lacks is absent too. Pure; [] when the two match.
 */
export function textGaps(english: unknown, translated: unknown, path: (string | number)[] = []): TextGap[] {
  if (english === undefined) return translated === undefined ? [] : [{ path, expected: "nothing (the English has no such text)" }];
  if (translated === undefined) return [{ path, expected: "a translation of the English text" }];
  if (typeof english === "string") return typeof translated === "string" && translated.trim().length > 0 ? [] : [{ path, expected: "a translation of the English text" }];
  if (Array.isArray(english)) {
    if (!Array.isArray(translated) || translated.length !== english.length) {
      return [{ path, expected: `a list of ${english.length}, one item for each English one, in the same order` }];
    }
    return english.flatMap((item, i) => textGaps(item, translated[i], [...path, i]));
  }
  if (english !== null && typeof english === "object") {
    if (translated === null || typeof translated !== "object" || Array.isArray(translated)) return [{ path, expected: "an object, like the English text's" }];
    const en = english as Record<string, unknown>;
    const tr = translated as Record<string, unknown>;
    const extra = Object.keys(tr).filter((key) => en[key] === undefined && tr[key] !== undefined);
    return [
      ...Object.keys(en).flatMap((key) => textGaps(en[key], tr[key], [...path, key])),
      ...extra.map((key) => ({ path: [...path, key], expected: "nothing (the English has no such text)" })),
    ];
  }
  return [];
}

/** Reports, as parse issues under `translations.<locale>`, where each translation's shape leaves the English text's. */
export function checkTranslations(english: unknown, translations: Record<TranslatedLocale, unknown>, ctx: z.RefinementCtx, field = "translations", at: (string | number)[] = []): void {
  for (const locale of PREFIXED_LOCALES) {
    for (const gap of textGaps(english, translations[locale])) {
      ctx.addIssue({ code: "custom", path: [...at, field, locale, ...gap.path], message: gap.expected });
    }
  }
}

/** Runs a translation check only on a record that parsed cleanly: a broken record's own errors come first, without echoes in its translations. */
export const WHEN_PARSED = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 };
