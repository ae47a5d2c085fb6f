/**
 * Estimates how wide a line of text is in Source Sans 3, without a browser or a font parser, so the
 * build can wrap text in the image cards and estimate an embed's height for its iframe.
 *
 * Advance widths of ASCII 32–126 in thousandths of an em, measured in Chromium from the same woff2
 * files the site serves (@fontsource/source-sans-3), which the cards use too (lib/fonts/source-sans.ts).
 */
const ADVANCES = {
  400: [200,289,426,497,497,824,609,249,303,303,418,497,249,311,249,350,497,497,497,497,497,497,497,497,497,497,249,249,497,497,497,425,847,543,588,571,615,527,494,617,652,263,479,579,486,727,647,664,566,664,569,534,536,645,515,786,513,476,539,303,350,303,497,500,542,504,553,456,555,496,292,504,544,246,247,495,255,829,547,542,555,555,347,419,338,544,467,719,446,467,425,303,241,303,497],
  600: [200,315,482,513,513,841,639,275,324,324,438,513,275,322,275,344,513,513,513,513,513,513,513,513,513,513,275,275,513,513,513,444,875,558,597,576,625,538,510,628,663,282,494,597,502,745,657,674,582,674,592,545,546,655,536,800,541,501,540,324,344,324,513,500,549,516,563,462,564,507,317,520,558,262,263,522,271,843,560,549,564,564,373,431,361,556,495,748,481,495,443,324,255,324,513],
  700: [200,340,537,528,528,857,667,300,344,344,457,528,300,332,300,339,528,528,528,528,528,528,528,528,528,528,300,300,528,528,528,463,902,573,605,582,635,548,524,638,674,301,509,614,518,762,665,684,596,684,613,556,556,665,556,813,567,525,541,344,339,344,528,500,555,527,573,468,573,518,341,534,571,276,278,548,286,857,572,555,573,573,398,443,383,568,523,776,514,521,460,344,268,344,528],
} as const;

export type FontWeight = keyof typeof ADVANCES;

/** Common non-ASCII characters in the data; anything else counts as a wide-ish letter. */
const OTHER: Record<string, number> = { "–": 500, "—": 1000, "“": 430, "”": 430, "‘": 250, "’": 250, "·": 250, "…": 800, "×": 500, "≠": 530, "≥": 530, "≤": 530, "→": 800, "↗": 800, "■": 600 };
const UNKNOWN = 600;

export function textWidth(text: string, fontSize: number, weight: FontWeight = 400): number {
  const table = ADVANCES[weight];
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    units += (code >= 32 && code < 127 ? table[code - 32] : OTHER[char]) ?? UNKNOWN;
  }
  return (units / 1000) * fontSize;
}

/**
 * Greedy word wrap to `maxWidth` px. A word longer than a line stands on a line of its own (the
 * browser would overflow or break it; either way it takes one line here).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: FontWeight = 400): string[] {
  // No-break spaces (Intl writes "29 698" with one) keep a figure on one line.
  const words = text.split(/[^\S\u00a0\u202f]+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}

/** Cuts text to at most `maxLines` wrapped lines, ending the last with "…" when anything was cut. */
export function clampLines(lines: readonly string[], maxLines: number, maxWidth: number, fontSize: number, weight: FontWeight = 400): string[] {
  if (lines.length <= maxLines) return [...lines];
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? "";
  while (last.length > 0 && textWidth(`${last}…`, fontSize, weight) > maxWidth) last = last.replace(/\s*\S+$/, "");
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
