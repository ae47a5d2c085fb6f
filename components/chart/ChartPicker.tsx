import type { ChartCatalogue, ChartQuery } from "@/lib/chart/query";
import { Army, armyLabel } from "@/lib/model/topics";
import { sitePaths } from "@/lib/site/site";
import { chartWords } from "@/lib/chart/words";
import { type Locale, localePath } from "@/lib/i18n/locales";

/**
 * The chart picker: a plain GET form to /chart, so it works without JavaScript. The topic's lines are
 * checkboxes (`line`); the server folds the form into the chart's own parameters (lib/chart/query.ts)
 * and answers with the chart's one URL. Each topic and line says the days it has figures for.
 */
export function ChartPicker({ catalogue, query, locale = "en" }: { catalogue: ChartCatalogue; query?: ChartQuery; locale?: Locale }) {
  const { t, date: formatDate } = chartWords(locale);
  const topic = catalogue.topics.find((t) => t.id === query?.topic);
  const all = catalogue.topics.flatMap((t) => t.lines);
  const min = all.map((l) => l.first).sort()[0];
  const max = all.map((l) => l.last).sort().at(-1);
  return (
    <form className="cc-filters cc-picker" method="get" action={localePath(locale, sitePaths.chart.page)} aria-label={t("chart.anyChart.picker.label")}>
      <div className="cc-field">
        <label htmlFor="pick-topic">{t("chart.anyChart.picker.topic")}</label>
        <select id="pick-topic" name="topic" defaultValue={query?.topic ?? (catalogue.topics.some((t) => t.id === "armour") ? "armour" : catalogue.topics[0]?.id)}>
          {catalogue.topics.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="cc-field">
        <label htmlFor="pick-army">{t("chart.anyChart.picker.army")}</label>
        <select id="pick-army" name="army" defaultValue={query?.army ?? ""}>
          <option value="">{t("chart.anyChart.picker.bothArmies")}</option>
          {Army.options.map((a) => (
            <option key={a} value={a}>
              {armyLabel(a, locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="cc-field cc-field-date">
        <label htmlFor="pick-from">{t("chart.anyChart.picker.from")}</label>
        <input id="pick-from" type="date" name="from" min={min} max={max} defaultValue={query?.given.from ?? ""} />
      </div>
      <div className="cc-field cc-field-date">
        <label htmlFor="pick-to">{t("chart.anyChart.picker.to")}</label>
        <input id="pick-to" type="date" name="to" min={min} max={max} defaultValue={query?.given.to ?? ""} />
      </div>
      <div className="cc-field cc-field-date">
        <label htmlFor="pick-asof">{t("chart.anyChart.picker.asof")}</label>
        <input id="pick-asof" type="date" name="asof" min={min} defaultValue={query?.given.asof ?? ""} aria-describedby="pick-asof-help" />
      </div>
      {topic ? (
        <fieldset className="cc-picker-lines">
          <legend>{t("chart.anyChart.picker.lines", { topic: locale === "en" ? topic.name.toLowerCase() : topic.name })}</legend>
          {topic.lines.map((l) => (
            <label key={l.id} className="cc-picker-line">
              <input type="checkbox" name="line" value={l.id} defaultChecked={query?.lines?.includes(l.id) ?? false} /> {l.label}{" "}
              <span className="cc-muted">
                ({formatDate(l.first)} – {formatDate(l.last)})
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="cc-filter-actions">
        <button type="submit">{t("chart.anyChart.picker.draw")}</button>
      </div>
      <p id="pick-asof-help" className="cc-small cc-picker-help">
        {t("chart.anyChart.picker.help", { min: min ? formatDate(min) : "—", max: max ? formatDate(max) : "—" })}
      </p>
    </form>
  );
}
