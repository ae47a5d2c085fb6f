import type { QuoteView } from "@/lib/claims-table/rows";

/**
 * A verbatim quote in its own language (marked with `lang`, and `dir` for right-to-left scripts),
 * then, where the quote is not in the edition's language, Counterclaim's English translation,
 * labelled as ours (and, in the Ukrainian and Russian editions, that there is none in theirs). Stateless.
 */
export function QuoteText({ quoted, as = "block" }: { quoted: QuoteView; as?: "block" | "inline" }) {
  const quote = (
    <q lang={quoted.lang} dir={quoted.dir}>
      {quoted.quote}
    </q>
  );
  const translation = quoted.translation ? (
    <span className="cc-translation">
      <span className="cc-translation-label">{quoted.translation.label}</span> <span lang="en">{quoted.translation.text}</span>
    </span>
  ) : null;
  if (as === "inline") {
    return (
      <>
        {quote}
        {translation ? <> {translation}</> : null}
      </>
    );
  }
  return (
    <>
      <blockquote className="cc-quote" lang={quoted.lang} dir={quoted.dir}>
        {quote}
      </blockquote>
      {translation ? <p className="cc-translation-block">{translation}</p> : null}
    </>
  );
}
