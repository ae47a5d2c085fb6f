import { createRequire } from "node:module";
import { join } from "node:path";
import type { ReactElement } from "react";

type Render = (element: ReactElement) => string;
let render: Render | undefined;

/**
 * React to static markup, on the server, at run time: for the charts drawn on demand (a custom
 * chart's page, embed and image). Next forbids importing react-dom/server into app/ code
 * (vercel/next.js#43810: the react-server condition has no renderer), so it is required from the
 * project's own node_modules when first used, out of the bundler's sight. The element is plain SVG
 * drawn by stateless components (SeriesLines), the same as the build renders for the presets.
 */
export function staticMarkup(element: ReactElement): string {
  render ??= (createRequire(join(/* turbopackIgnore: true */ process.cwd(), "package.json"))("react-dom/server") as { renderToStaticMarkup: Render }).renderToStaticMarkup;
  return render(element);
}
