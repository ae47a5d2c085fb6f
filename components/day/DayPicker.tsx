import { type Locale, localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

/** Any day's claims: a plain GET form to /on (in the edition), which sends the reader to /on/<day> without JavaScript. Stateless. */
export function DayPicker({ day, first, last, locale }: { day?: string; first?: string; last?: string; locale: Locale }) {
  const t = translator(locale);
  return (
    <form className="cc-filters cc-day-picker" method="get" action={localePath(locale, "/on")} aria-label={t("pages.on.pickerLabel")}>
      <div className="cc-field cc-field-date">
        <label htmlFor="day-picker">{t("pages.on.day")}</label>
        <input id="day-picker" name="day" type="date" required min={first} max={last} defaultValue={day} />
      </div>
      <div className="cc-filter-actions">
        <button type="submit">{t("pages.on.show")}</button>
      </div>
    </form>
  );
}
