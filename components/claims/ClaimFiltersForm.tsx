import type { ChangeEvent } from "react";
import { type ClaimFilterForm, FILTER_PARAMS, type FilterOption, SUBJECT_MAX } from "@/lib/claims-table/filters";


/**
 * The claims table's filters. A plain GET form, so it submits without JavaScript; with `onChange`
 * its fields are controlled and filter as the reader types. Stateless.
 */
export function ClaimFiltersForm({
  values,
  claimants,
  topics,
  dateMin,
  dateMax,
  onChange,
  onClear,
}: {
  values: ClaimFilterForm;
  claimants: readonly FilterOption[];
  topics: readonly FilterOption[];
  dateMin?: string;
  dateMax?: string;
  onChange?: (values: ClaimFilterForm) => void;
  onClear?: () => void;
}) {
  // Without a handler the fields are uncontrolled, so React does not make them read-only.
  const field = (key: keyof ClaimFilterForm) =>
    onChange
      ? { name: FILTER_PARAMS[key], value: values[key], onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => onChange({ ...values, [key]: e.target.value }) }
      : { name: FILTER_PARAMS[key], defaultValue: values[key] };
  return (
    <form
      className="cc-filters"
      method="get"
      action="/claims"
      role="search"
      aria-label="Filter the claims"
      onSubmit={onChange ? (e) => e.preventDefault() : undefined}
    >
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
        <label htmlFor="filter-subject">Subject contains</label>
        <input id="filter-subject" type="search" maxLength={SUBJECT_MAX} autoComplete="off" placeholder="e.g. Kherson, tanks" {...field("subject")} />
      </div>
      <div className="cc-field">
        <label htmlFor="filter-metric">Metric</label>
        <select id="filter-metric" {...field("topic")}>
          <option value="">All metrics</option>
          {topics.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
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
        {onChange ? null : <button type="submit">Filter</button>}
        <a
          href="/claims"
          onClick={
            onClear
              ? (e) => {
                  e.preventDefault();
                  onClear();
                }
              : undefined
          }
        >
          Clear filters
        </a>
      </div>
    </form>
  );
}
