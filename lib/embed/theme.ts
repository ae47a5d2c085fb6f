import { z } from "zod";

/**
 * The embed's themes. `auto` follows the reader's prefers-color-scheme; `light` and `dark` are what
 * a newsroom asks for with ?theme=. Each is its own prebuilt document, so the theme is in the first
 * response and no script runs before the chart is painted.
 */
export const EMBED_THEMES = ["auto", "light", "dark"] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** ?theme= as given: light or dark exactly; anything else (absent, "auto", "DARK", markup) is auto. */
export const EmbedThemeParam = z.enum(EMBED_THEMES).catch("auto");

export function themeFromQuery(params: URLSearchParams): EmbedTheme {
  return EmbedThemeParam.parse(params.get("theme") ?? undefined);
}

/** The file a static export writes one embed's theme to, beside the auto one (`<slug>.html`). */
export function themedEmbedFile(slug: string, theme: EmbedTheme): string {
  return theme === "auto" ? `embed/${slug}.html` : `embed/${slug}.theme-${theme}.html`;
}
