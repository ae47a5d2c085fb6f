import { type ClaimsForm, type FilterOption } from "@/lib/claims-table/filters";
import { Q_MAX, SUBJECT_MAX } from "@/lib/claims-search/query";
import { type Locale, localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

/**
 * The claims search: a plain GET form to /claims (in the edition), which the server answers with every
 * matching claim of the whole record, so it needs no JavaScript. Stateless.
 */
export function ClaimFiltersForm({
  values,
  claimants,
  topics,
  dateMin,
  dateMax,
  locale,
}: {
  values: ClaimsForm;
  claimants: readonly FilterOption[];
  topics: readonly FilterOption[];
  dateMin?: string;
  dateMax?: string;
  locale: Locale;
}) {
  const t = translator(locale);
  const field = (name: keyof ClaimsForm) => ({ name, defaultValue: values[name] });
  const action = localePath(locale, "/claims");
  return (
    <form className="cc-filters" method="get" action={action} role="search" aria-label={t("claims.form.label")}>
      <div className="cc-field cc-field-q">
        <label htmlFor="filter-q">{t("claims.form.q")}</label>
        <input id="filter-q" type="search" maxLength={Q_MAX} autoComplete="off" placeholder={t("claims.form.qPlaceholder")} {...field("q")} />
      </div>
      <div className="cc-field">
        <label htmlFor="filter-claimant">{t("claims.form.claimant")}</label>
        <select id="filter-claimant" {...field("claimant")}>
          <option value="">{t("claims.form.allClaimants")}</option>
          {claimants.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="cc-field">
        <label htmlFor="filter-metric">{t("claims.form.metric")}</label>
        <select id="filter-metric" {...field("metric")}>
          <option value="">{t("claims.form.allMetrics")}</option>
          {topics.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="cc-field">
        <label htmlFor="filter-subject">{t("claims.form.subject")}</label>
        <input id="filter-subject" type="search" maxLength={SUBJECT_MAX} autoComplete="off" placeholder={t("claims.form.subjectPlaceholder")} {...field("subject")} />
      </div>
      <div className="cc-field cc-field-date">
        <label htmlFor="filter-from">{t("claims.form.from")}</label>
        <input id="filter-from" type="date" min={dateMin} max={dateMax} {...field("from")} />
      </div>
      <div className="cc-field cc-field-date">
        <label htmlFor="filter-to">{t("claims.form.to")}</label>
        <input id="filter-to" type="date" min={dateMin} max={dateMax} {...field("to")} />
      </div>
      <div className="cc-filter-actions">
        <button type="submit">{t("claims.form.submit")}</button>
        <a href={action}>{t("claims.form.clear")}</a>
      </div>
    </form>
  );
}
