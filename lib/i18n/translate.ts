import { createTranslator } from "use-intl/core";
import { MESSAGES, type Messages } from "./messages";
import { INTL_TAGS, type Locale } from "./locales";

/**
 * An edition's translator (use-intl's core, the library under next-intl, which needs no React context:
 * pages, route handlers, the card's SVG and the CSV all call it with the locale from their path).
 * Messages are ICU MessageFormat, so plurals follow each language's rules ("1 заява", "2 заяви", "5 заяв").
 * A key missing in an edition (the catalogue test keeps that from landing) falls back to English.
 */
const english = createTranslator({ locale: INTL_TAGS.en, messages: MESSAGES.en, timeZone: "UTC" });

export type Translate = typeof english;

function make(locale: Locale): Translate {
  return createTranslator({
    locale: INTL_TAGS[locale],
    messages: MESSAGES[locale],
    timeZone: "UTC",
    onError: () => {},
    getMessageFallback: ({ namespace, key }): string => {
      const path = (namespace ? `${namespace}.${key}` : key) as Parameters<Translate["has"]>[0];
      return english.has(path) ? english(path) : path;
    },
  });
}

const made = new Map<Locale, Translate>([["en", english]]);

export function translator(locale: Locale): Translate {
  let t = made.get(locale);
  if (!t) made.set(locale, (t = make(locale)));
  return t;
}

export type { Messages };
