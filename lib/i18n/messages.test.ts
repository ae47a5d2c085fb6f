import { describe, expect, it } from "vitest";
import { MESSAGES } from "./messages";
import { LOCALES } from "./locales";
import { translator } from "./translate";

/** Every leaf of a catalogue, by its dotted key. */
function leaves(tree: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** A message's ICU arguments and tags: "{count, plural, …}" → count; "<link>" → link. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  for (const m of message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*(?:,|\})/g)) names.add(m[1]!);
  for (const m of message.matchAll(/<([A-Za-z_][\w]*)>/g)) names.add(`<${m[1]}>`);
  // Plural and select branches name their cases, not arguments.
  return [...names].filter((n) => !/^(?:one|few|many|other|zero|two|=\d+)$/.test(n)).sort();
}

/** Messages that are names, the same in every edition. */
const SAME_IN_EVERY_LANGUAGE = new Set(["site.brand"]);

describe("the message catalogue", () => {
  const english = leaves(MESSAGES.en);

  it("has messages", () => {
    expect(english.size).toBeGreaterThan(10);
  });

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    const edition = leaves(MESSAGES[locale]);
    it(`${locale}: holds every English key, and no other`, () => {
      const missing = [...english.keys()].filter((k) => !edition.has(k));
      const extra = [...edition.keys()].filter((k) => !english.has(k));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });
    it(`${locale}: each message takes the English one's arguments and tags`, () => {
      const differ = [...english].filter(([k, v]) => edition.has(k) && argumentsOf(v).join() !== argumentsOf(edition.get(k)!).join()).map(([k]) => k);
      expect(differ).toEqual([]);
    });
    it(`${locale}: each message is written in Cyrillic, not left in English`, () => {
      const latinOnly = [...edition].filter(([, v]) => /[A-Za-z]{3}/.test(v.replace(/\{[^}]*\}|<\/?\w+>|Counterclaim|Oryx|CSV|JSON|SVG|PNG|oEmbed|iframe|UTC|\bURL\b|km²/g, "")) && !/[\u0400-\u04FF]/.test(v)).map(([k]) => k);
      expect(latinOnly.filter((k) => !SAME_IN_EVERY_LANGUAGE.has(k))).toEqual([]);
    });
    it(`${locale}: every message formats, with its own words`, () => {
      const t = translator(locale);
      for (const [key, message] of edition) {
        const values: Record<string, unknown> = {};
        for (const name of argumentsOf(message)) {
          if (name.startsWith("<")) values[name.slice(1, -1)] = (chunks: string) => chunks;
          else values[name] = new RegExp(`\\{\\s*${name}\\s*,\\s*(?:plural|number|selectordinal)`).test(message) ? 2 : "x";
        }
        const out = t.markup(key as never, values as never);
        expect(out, key).not.toContain(key);
        if (!SAME_IN_EVERY_LANGUAGE.has(key)) expect(out, key).not.toBe(translator("en").markup(key as never, values as never));
      }
    });
  }
});
