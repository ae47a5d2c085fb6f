import type React from "react";
import type { DateSpan } from "@/lib/site/coverage";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

/** "on 2 Mar 2022" or "from 2 Mar 2022 to 3 Mar 2022" in the edition's words, as machine-readable times. */
export function DateSpanText({ span, locale = "en" }: { span: DateSpan; locale?: Locale }) {
  const t = translator(locale);
  const date = (iso: string) => (chunks: React.ReactNode) => <time dateTime={iso}>{chunks}</time>;
  if (span.from === span.to) return <>{t.rich("pages.dates.on", { date: formatDateIn(locale, span.from), time: date(span.from) })}</>;
  return <>{t.rich("pages.dates.span", { from: formatDateIn(locale, span.from), to: formatDateIn(locale, span.to), start: date(span.from), end: date(span.to) })}</>;
}
