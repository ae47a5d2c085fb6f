/** The id of a chart's words on its page: the inlined drawings' `aria-describedby` points at it. */
export function chartWordsId(slug: string): string {
  return `${slug}-words`;
}

/** A chart said in words, one line a list item, under the heading "In words" on a comparison page. */
export function ChartInWords({ slug, lines }: { slug: string; lines: readonly string[] }) {
  return (
    <ul id={chartWordsId(slug)}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
