import { JSDOM } from "jsdom";
import type { ReactElement } from "react";

/**
 * Renders a React element that draws SVG (a recharts chart) to static markup, under a jsdom DOM.
 * Recharts 3 draws nothing during server rendering (recharts issue #5997), but draws completely in
 * a DOM; so the build renders each chart here once, and the pages ship the resulting SVG.
 */
export async function renderToStaticSvg(element: ReactElement, idPrefix: string): Promise<string> {
  const dom = new JSDOM("<!doctype html><html><body><div id=root></div></body></html>", { pretendToBeVisual: true });
  const globals = globalThis as Record<string, unknown>;
  const saved = new Map<string, unknown>();
  const install: Record<string, unknown> = {
    window: dom.window,
    document: dom.window.document,
    navigator: dom.window.navigator,
    HTMLElement: dom.window.HTMLElement,
    SVGElement: dom.window.SVGElement,
    Element: dom.window.Element,
    Node: dom.window.Node,
    getComputedStyle: dom.window.getComputedStyle.bind(dom.window),
    requestAnimationFrame: (cb: (t: number) => void) => setTimeout(() => cb(Date.now()), 0),
    cancelAnimationFrame: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    IS_REACT_ACT_ENVIRONMENT: true,
  };
  for (const [key, value] of Object.entries(install)) {
    saved.set(key, globals[key]);
    Object.defineProperty(globalThis, key, { value, configurable: true, writable: true });
  }
  try {
    const { act } = await import("react");
    const { createRoot } = await import("react-dom/client");
    const container = dom.window.document.getElementById("root");
    if (!container) throw new Error("jsdom did not create the root element");
    const root = createRoot(container);
    await act(async () => root.render(element));
    const svg = container.querySelector("svg.recharts-surface");
    if (!svg) throw new Error("the chart rendered no <svg class=recharts-surface>");
    tidy(svg);
    const markup = prefixIds(svg.outerHTML, idPrefix);
    await act(async () => root.unmount());
    return markup;
  } finally {
    for (const [key, value] of saved) Object.defineProperty(globalThis, key, { value, configurable: true, writable: true });
    dom.window.close();
  }
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
