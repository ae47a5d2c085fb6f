/**
 * A chart's static SVG as a file an <img> shows: an <img>'s SVG sees none of the page's CSS, so its
 * colours (currentColor, the muted labels, the hollow marks) are set in the file, for light and dark.
 * The colours are the page's own (app/globals.css).
 */
const STYLE = `<style>svg{color:#1a1a1a;font-family:"Source Sans 3",Arial,sans-serif}.cc-hollow{fill:#fff}.cc-muted-text{fill:#555}@media (prefers-color-scheme:dark){svg{color:#ececec}.cc-hollow{fill:#121212}.cc-muted-text{fill:#b0b0b0}}</style>`;

export function standaloneChartSvg(svg: string): string {
  const withNs = svg.includes('xmlns="http://www.w3.org/2000/svg"') ? svg : svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ');
  return withNs.replace(/<svg([^>]*)>/, (open) => `${open}${STYLE}`);
}
