import { EMBED_THEMES, themedEmbedFile } from "../embed/theme";
import { chartsFolder, servedFileNames } from "../render/served-files";
import { sitePaths } from "../site/site";
import { comparisonSlugs } from "../site/views";
import { LOCALES, localePath } from "../i18n/locales";

/** A path the route handlers answer (not prerendered: they choose theme and encoding per request), and the file a static export keeps it in. */
export interface HandledRoute {
  path: string;
  file: string;
}

/**
 * Every embed, data file, chart file (in every edition) and script the route handlers serve, each with its file in a
 * static export: the embeds once a theme (?theme= picks the file there), the rest under their own names.
 */
export function handledRoutes(): HandledRoute[] {
  // Each embed in every edition (/uk/embed/<slug>), once a theme.
  const embeds = LOCALES.flatMap((locale) =>
    comparisonSlugs().flatMap((slug) =>
      EMBED_THEMES.map((theme) => {
        const path = localePath(locale, sitePaths.embed(slug));
        return { path: theme === "auto" ? path : `${path}?theme=${theme}`, file: localePath(locale, `/${themedEmbedFile(slug, theme)}`).slice(1) };
      }),
    ),
  );
  const files = [
    sitePaths.embedScript,
    ...servedFileNames("data").map((name) => `/data/${name}`),
    ...servedFileNames("data/sources").map((name) => `/data/sources/${name}`),
    // Each edition's chart files (cards, CSV, the home page's drawings, the focus marker's points): /charts/…, /uk/charts/…
    ...LOCALES.flatMap((locale) => servedFileNames(chartsFolder(locale)).map((name) => localePath(locale, `/charts/${name}`))),
  ];
  return [...embeds, ...files.map((path) => ({ path, file: path.slice(1) }))];
}

/**
 * The path with its comparison's slug put as `*` (the longest slug it names, so armour-claims-2024
 * is not read as armour-claims): /uk/embed/*?theme=dark, /charts/*-points.json. Paths naming no
 * comparison (data files, the script) are each a kind of their own.
 */
export function kindOfPath(path: string, slugs: readonly string[] = comparisonSlugs()): string {
  const [bare = "", query] = path.split("?");
  const slug = slugs.filter((s) => new RegExp(`/${s}(?=[-.]|$)`).test(bare)).sort((a, b) => b.length - a.length)[0];
  const kind = slug ? bare.replace(new RegExp(`/${slug}(?=[-.]|$)`), "/*") : bare;
  return query === undefined ? kind : `${kind}?${query}`;
}
