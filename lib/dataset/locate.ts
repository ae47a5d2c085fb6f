/**
 * Where `quote` stands in `text`, as a JavaScript string offset (UTF-16 code units): the occurrence
 * nearest `near` (ties go to the earlier one), or undefined when it stands nowhere. Offsets come from
 * here, never from a hand or from another language's string indexes.
 */
export function locateQuote(text: string, quote: string, near = 0): number | undefined {
  if (quote.length === 0) return undefined;
  let best: number | undefined;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best === undefined || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}
