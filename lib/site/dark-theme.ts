import postcss, { type AtRule, type Container, type Rule } from "postcss";

/**
 * The dark theme may change colours only. The accessibility checks rely on it: every axe rule runs
 * on a page in its light theme, and only the colour rules again in its dark theme (e2e/support/axe.ts),
 * which is sound only while the two themes lay out the same page.
 */
const COLOUR_PROPERTIES = new Set([
  "color", "background", "background-color", "border-color", "border-top-color", "border-right-color", "border-bottom-color",
  "border-left-color", "outline-color", "fill", "stroke", "color-scheme", "text-decoration-color", "caret-color", "accent-color",
]);
/** A colour as the stylesheets write one: hex, a colour function, a variable, a keyword. */
const COLOUR_VALUE = /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla|oklch|color-mix|var)\(.*\)|[a-z]+)$/i;

const isDarkMedia = (node: AtRule) => node.name === "media" && /prefers-color-scheme\s*:\s*dark/.test(node.params);
/** A rule that applies only in the dark theme: inside a dark media query, or for the embed's forced dark class. */
function isDark(rule: Rule): boolean {
  if (/\.cc-dark\b/.test(rule.selector)) return true;
  for (let parent = rule.parent as Container | undefined; parent; parent = parent.parent as Container | undefined) if (parent.type === "atrule" && isDarkMedia(parent as AtRule)) return true;
  return false;
}

/** Every declaration of the dark theme that is not a colour, as "selector { property: value }". */
export function nonColourDarkDeclarations(css: string): string[] {
  const found: string[] = [];
  postcss.parse(css).walkRules((rule) => {
    if (!isDark(rule)) return;
    rule.walkDecls((decl) => {
      const colour = decl.prop.startsWith("--") || decl.prop === "color-scheme" ? COLOUR_VALUE.test(decl.value.trim()) : COLOUR_PROPERTIES.has(decl.prop) && COLOUR_VALUE.test(decl.value.trim().replace(/\s*!important$/, ""));
      if (!colour) found.push(`${rule.selector} { ${decl.prop}: ${decl.value} }`);
    });
  });
  return found;
}
