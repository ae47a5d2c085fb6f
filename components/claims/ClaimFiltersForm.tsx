import { type ClaimsForm, type FilterOption } from "@/lib/claims-table/filters";
import { Q_MAX, SUBJECT_MAX } from "@/lib/claims-search/query";

/**
 * The claims search: a plain GET form to /claims, which the server answers with every matching claim
 * of the whole record, so it needs no JavaScript. Stateless.
 */
export function ClaimFiltersForm({
  values,
  claimants,
  topics,
  dateMin,
  dateMax,
}: {
  values: ClaimsForm;
  claimants: readonly FilterOption[];
  topics: readonly FilterOption[];
  dateMin?: string;
  dateMax?: string;
}) {
  const field = (name: keyof ClaimsForm) => ({ name, defaultValue: values[name] });
  return (
    <form className="cc-filters" method="get" action="/claims" role="search" aria-label="Find claims">
      <div className="cc-field cc-field-q">
        <label htmlFor="filter-q">Words or figure</label>
        <input id="filter-q" type="search" maxLength={Q_MAX} autoComplete="off" placeholder="e.g. 8927, Kherson, Shoigu" {...field("q")} />
      </div>
      <div className="cc-field">
        <label htmlFor="filter-claimant">Claimant</label>
        <select id="filter-claimant" {...field("claimant")}>
          <option value="">All claimants</option>
          {claimants.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="cc-field">
        <label htmlFor="filter-metric">Metric</label>
        <select id="filter-metric" {...field("metric")}>
          <option value="">All metrics</option>
          {topics.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="cc-field">
        <label htmlFor="filter-subject">Subject contains</label>
        <input id="filter-subject" type="search" maxLength={SUBJECT_MAX} autoComplete="off" placeholder="e.g. Russian losses" {...field("subject")} />
      </div>
      <div className="cc-field cc-field-date">
        <label htmlFor="filter-from">Stated from</label>
        <input id="filter-from" type="date" min={dateMin} max={dateMax} {...field("from")} />
      </div>
      <div className="cc-field cc-field-date">
        <label htmlFor="filter-to">Stated to</label>
        <input id="filter-to" type="date" min={dateMin} max={dateMax} {...field("to")} />
      </div>
      <div className="cc-filter-actions">
        <button type="submit">Find claims</button>
        <a href="/claims">Clear filters</a>
      </div>
    </form>
  );
}
