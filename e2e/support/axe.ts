import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * The axe rules whose outcome depends on colours. The dark theme changes nothing but colours (a unit
 * test, lib/site/dark-theme.test.ts, holds every stylesheet's dark rules to colour properties), so the
 * other rules would find in dark exactly what they find in light: a page is checked by every rule in
 * its light theme, and by these again in its dark theme. Each full run costs seconds to a minute on a
 * long page; this halves the dark runs without dropping a check.
 */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"] as const;

export type ColourScheme = "light" | "dark";

/**
 * An axe run as these tests use it: every rule axe runs by default, reporting violations in full.
 * - `resultTypes: ["violations"]`: axe still runs every check on every node, but builds the report
 *   (selector, HTML) for one passing node a rule instead of all of them; no test reads passes.
 * - legacy mode: `axe.run` in the page, rather than `runPartial` in each frame and `finishRun` in a
 *   fresh page, which serialises every node's result across. The site's frames are its own origin,
 *   which axe.run reaches. On /claims (4,100 elements) a run took 4.2 s instead of 12.9 s.
 */
export function axeRun(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ["violations"] });
}

/** axe's serious and critical violations on the page as it stands, for the theme it is shown in. */
export async function seriousViolations(page: Page, scheme: ColourScheme): Promise<string[]> {
  const builder = axeRun(page);
  if (scheme === "dark") builder.withRules([...COLOUR_RULES]);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * The page's serious and critical violations in both themes, from one load: every rule in the light
 * theme, then the colour rules again once the page is shown dark. The themes are CSS alone
 * (prefers-color-scheme; no script reads it), so switching the emulated scheme on the loaded page shows
 * exactly what a reader who loads it dark sees, and one load serves both checks.
 */
export async function violationsInBothThemes(page: Page): Promise<{ light: string[]; dark: string[] }> {
  await page.emulateMedia({ colorScheme: "light" });
  const light = await seriousViolations(page, "light");
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await seriousViolations(page, "dark");
  return { light, dark };
}

/** No violations in either theme (see violationsInBothThemes). */
export const NONE_IN_EITHER_THEME = { light: [], dark: [] } as const;
