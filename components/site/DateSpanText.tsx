import type { DateSpan } from "@/lib/site/coverage";
import { formatDate } from "@/lib/model/dates";

/** "2 Mar 2022" or "from 2 Mar 2022 to 3 Mar 2022", as machine-readable times. */
export function DateSpanText({ span }: { span: DateSpan }) {
  if (span.from === span.to) {
    return (
      <>
        on <time dateTime={span.from}>{formatDate(span.from)}</time>
      </>
    );
  }
  return (
    <>
      from <time dateTime={span.from}>{formatDate(span.from)}</time> to <time dateTime={span.to}>{formatDate(span.to)}</time>
    </>
  );
}
