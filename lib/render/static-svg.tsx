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
    // A copy: React still owns the drawn nodes, and unmounts them after.
    const copy = svg.cloneNode(true);
    if (!(copy instanceof Element)) throw new Error("the chart's copy is not an element");
    tidy(copy);
    // The HTML serialiser writes a no-break space (Intl's "29 698" in uk) as "&nbsp;", which is no entity in SVG/XML.
    return prefixIds(copy.outerHTML.replaceAll("&nbsp;", "&#160;"), idPrefix);
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

/**
 * Strips what only makes sense in a live chart (inline sizing, empty title/desc, tabindex -1 layers)
 * and what recharts leaves for its own script and styles, which a static chart has neither of: its
 * wrapper groups and class names, empty layers, unused clip paths, a line's box attributes, a rect's
 * zero-width stroke, coordinates to fifteen digits. The SVG ships in the page's HTML and again in its
 * RSC payload, three sizes a chart, so each byte here counts six times (issue 20: pages ≤ 40 KB gzip).
 */
export function tidy(svg: Element): void {
  svg.removeAttribute("style");
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  for (const el of svg.querySelectorAll(":scope > title, :scope > desc")) if (!el.textContent) el.remove();
  for (const el of svg.querySelectorAll('[tabindex="-1"]')) el.removeAttribute("tabindex");
  const markup = svg.outerHTML;
  const referenced = (id: string) => markup.includes(`url(#${id})`) || markup.includes(`href="#${id}"`);
  for (const el of svg.querySelectorAll("clipPath")) if (!referenced(el.id)) el.remove();
  for (const el of svg.querySelectorAll("defs")) if (el.children.length === 0) el.remove();
  for (const el of [svg, ...svg.querySelectorAll("*")]) {
    const kept = [...el.classList].filter((c) => !c.startsWith("recharts-") && c !== "recharts");
    if (kept.length === 0) el.removeAttribute("class");
    else if (kept.length < el.classList.length) el.setAttribute("class", kept.join(" "));
    if (el.id.includes("recharts") && !referenced(el.id)) el.removeAttribute("id");
    if (el.tagName === "line") for (const name of ["x", "y", "width", "height"]) el.removeAttribute(name);
    if (el.tagName === "rect" && el.getAttribute("stroke-width") === "0") {
      el.removeAttribute("stroke");
      el.removeAttribute("stroke-width");
    }
    for (const name of ROUNDED) {
      const value = el.getAttribute(name);
      if (value !== null) el.setAttribute(name, roundNumbers(value));
    }
  }
  // A group with no attributes left groups nothing: its children take its place; an empty one goes.
  for (const g of [...svg.querySelectorAll("g")].reverse()) {
    if (g.attributes.length > 0) continue;
    g.replaceWith(...g.childNodes);
  }
}

const ROUNDED = ["x", "y", "width", "height", "x1", "x2", "y1", "y2", "cx", "cy", "r", "d", "points", "transform"] as const;

/** Every number written to more than two decimals, to two (a hundredth of a pixel). */
export function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d{3,}(?:e-?\d+)?/g, (n) => String(Number(Number(n).toFixed(2))));
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
