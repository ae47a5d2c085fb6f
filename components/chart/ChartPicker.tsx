import type { ChartCatalogue, ChartQuery } from "@/lib/chart/query";
import { ARMY_LABEL, Army } from "@/lib/model/topics";
import { formatDate } from "@/lib/model/dates";
import { sitePaths } from "@/lib/site/site";

/**
 * The chart picker: a plain GET form to /chart, so it works without JavaScript. The topic's lines are
 * checkboxes (`line`); the server folds the form into the chart's own parameters (lib/chart/query.ts)
 * and answers with the chart's one URL. Each topic and line says the days it has figures for.
 */
export function ChartPicker({ catalogue, query }: { catalogue: ChartCatalogue; query?: ChartQuery }) {
  const topic = catalogue.topics.find((t) => t.id === query?.topic);
  const all = catalogue.topics.flatMap((t) => t.lines);
  const min = all.map((l) => l.first).sort()[0];
  const max = all.map((l) => l.last).sort().at(-1);
  return (
    <form className="cc-filters cc-picker" method="get" action={sitePaths.chart.page} aria-label="Choose a chart">
      <div className="cc-field">
        <label htmlFor="pick-topic">Topic</label>
        <select id="pick-topic" name="topic" defaultValue={query?.topic ?? (catalogue.topics.some((t) => t.id === "armour") ? "armour" : catalogue.topics[0]?.id)}>
          {catalogue.topics.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="cc-field">
        <label htmlFor="pick-army">Whose losses</label>
        <select id="pick-army" name="army" defaultValue={query?.army ?? ""}>
          <option value="">Both armies</option>
          {Army.options.map((a) => (
            <option key={a} value={a}>
              {ARMY_LABEL[a]}
            </option>
          ))}
        </select>
      </div>
      <div className="cc-field cc-field-date">
        <label htmlFor="pick-from">From</label>
        <input id="pick-from" type="date" name="from" min={min} max={max} defaultValue={query?.given.from ?? ""} />
      </div>
      <div className="cc-field cc-field-date">
        <label htmlFor="pick-to">To</label>
        <input id="pick-to" type="date" name="to" min={min} max={max} defaultValue={query?.given.to ?? ""} />
      </div>
      <div className="cc-field cc-field-date">
        <label htmlFor="pick-asof">As published by</label>
        <input id="pick-asof" type="date" name="asof" min={min} defaultValue={query?.given.asof ?? ""} aria-describedby="pick-asof-help" />
      </div>
      {topic ? (
        <fieldset className="cc-picker-lines">
          <legend>Lines of {topic.name.toLowerCase()} (none ticked: every line)</legend>
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
        <button type="submit">Draw the chart</button>
      </div>
      <p id="pick-asof-help" className="cc-small cc-picker-help">
        Figures from {min ? formatDate(min) : "—"} to {max ? formatDate(max) : "—"}. Leave the dates empty for every day with figures. &ldquo;As
        published by&rdquo; draws only what had been published by that day, as it stood then. At most 8 lines.
      </p>
    </form>
  );
}
