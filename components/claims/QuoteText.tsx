import type { QuoteView } from "@/lib/claims-table/rows";
import { TRANSLATION_LABEL } from "@/lib/model/languages";

/**
 * A verbatim quote in its own language (marked with `lang`, and `dir` for right-to-left scripts),
 * then, for a report not in English, Counterclaim's translation, labelled as ours and never as the
 * source's words. Stateless.
 */
export function QuoteText({ quoted, as = "block" }: { quoted: QuoteView; as?: "block" | "inline" }) {
  const quote = (
    <q lang={quoted.lang} dir={quoted.dir}>
      {quoted.quote}
    </q>
  );
  const translation = quoted.translation ? (
    <span className="cc-translation">
      <span className="cc-translation-label">
        {TRANSLATION_LABEL} (from {quoted.translation.from}):
      </span>{" "}
      <span lang="en">{quoted.translation.text}</span>
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
