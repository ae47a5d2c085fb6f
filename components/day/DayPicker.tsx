/** Any day's claims: a plain GET form to /on, which sends the reader to /on/<day> without JavaScript. Stateless. */
export function DayPicker({ day, first, last }: { day?: string; first?: string; last?: string }) {
  return (
    <form className="cc-filters cc-day-picker" method="get" action="/on" aria-label="Choose a day">
      <div className="cc-field cc-field-date">
        <label htmlFor="day-picker">Day</label>
        <input id="day-picker" name="day" type="date" required min={first} max={last} defaultValue={day} />
      </div>
      <div className="cc-filter-actions">
        <button type="submit">Show that day</button>
      </div>
    </form>
  );
}
