import { JSDOM } from "jsdom";
import type { ReactElement } from "react";

/**
 * Renders a React element that draws SVG (a recharts chart) to static markup, under a jsdom DOM.
 * Recharts 3 draws nothing during server rendering (recharts issue #5997), but draws completely in
 * a DOM; so the build renders each chart here once, and the pages ship the resulting SVG.
 */
export async function renderToStaticSvg(element: ReactElement, idPrefix: string): Promise<string> {
  const { document, act, createRoot } = await sharedDom();
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  try {
    await act(async () => root.render(element));
    const svg = container.querySelector("svg.recharts-surface");
    if (!svg) throw new Error("the chart rendered no <svg class=recharts-surface>");
    tidy(svg);
    // The HTML serialiser writes a no-break space (Intl's "29 698" in uk) as "&nbsp;", which is no entity in SVG/XML.
    return prefixIds(svg.outerHTML.replaceAll("&nbsp;", "&#160;"), idPrefix);
  } finally {
    await act(async () => root.unmount());
    container.remove();
  }
}

type Dom = { document: Document; act: typeof import("react").act; createRoot: typeof import("react-dom/client").createRoot };
let dom: Promise<Dom> | undefined;

/**
 * One jsdom window for every chart a build draws: making a window costs more than drawing a chart.
 * Its globals stay installed for the life of the process, which is a build script or a test worker.
 */
function sharedDom(): Promise<Dom> {
  dom ??= (async () => {
    const window = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true }).window;
    const install: Record<string, unknown> = {
      window,
      document: window.document,
      navigator: window.navigator,
      HTMLElement: window.HTMLElement,
      SVGElement: window.SVGElement,
      Element: window.Element,
      Node: window.Node,
      getComputedStyle: window.getComputedStyle.bind(window),
      requestAnimationFrame: (cb: (t: number) => void) => setTimeout(() => cb(Date.now()), 0),
      cancelAnimationFrame: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
      IS_REACT_ACT_ENVIRONMENT: true,
    };
    for (const [key, value] of Object.entries(install)) Object.defineProperty(globalThis, key, { value, configurable: true, writable: true });
    const { act } = await import("react");
    const { createRoot } = await import("react-dom/client");
    return { document: window.document, act, createRoot };
  })();
  return dom;
}

/** Strips what only makes sense in a live chart: inline sizing, empty title/desc, tabindex -1 layers. */
function tidy(svg: Element): void {
  svg.removeAttribute("style");
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  for (const el of svg.querySelectorAll(":scope > title, :scope > desc")) if (!el.textContent) el.remove();
  for (const el of svg.querySelectorAll('[tabindex="-1"]')) el.removeAttribute("tabindex");
}

/** Several charts share a page, so every id (and every reference to it) gets the chart's own prefix. */
export function prefixIds(markup: string, prefix: string): string {
  const ids = [...markup.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? "");
  let out = markup;
  for (const id of new Set(ids)) {
    const safe = `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, "")}`;
    out = out.split(`id="${id}"`).join(`id="${safe}"`).split(`url(#${id})`).join(`url(#${safe})`).split(`href="#${id}"`).join(`href="#${safe}"`);
  }
  return out;
}
