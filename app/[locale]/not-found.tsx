import type { Metadata } from "next";
import { NotFoundBody, type NotFoundTexts } from "@/components/site/NotFoundBody";
import { LOCALES } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

export const metadata: Metadata = {
  title: translator("en")("site.notFound.title"),
  description: translator("en")("site.notFound.description"),
};

/** A message with two links, split at them, so the client component gets plain strings. */
function textsIn(locale: (typeof LOCALES)[number]): NotFoundTexts[typeof locale] {
  const t = translator(locale);
  const parts = t.markup("site.notFound.body", { comparisons: (chunks) => `\u0000${chunks}\u0000`, claims: (chunks) => `\u0000${chunks}\u0000` }).split("\u0000");
  const [before = "", comparisons = "", between = "", claims = "", after = ""] = parts;
  return { title: t("site.notFound.title"), before, comparisons, between, claims, after };
}

/** The 404 page, in the edition of the address (see NotFoundBody). */
export default function NotFound() {
  const texts = Object.fromEntries(LOCALES.map((l) => [l, textsIn(l)])) as NotFoundTexts;
  return <NotFoundBody texts={texts} />;
}
