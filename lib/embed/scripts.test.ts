import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { EMBED_MESSAGES, HOST_SCRIPT } from "./scripts";

const SITE = "https://counterclaim.example";

/** A host page with two iframes, running /embed.js as if loaded from `scriptOrigin`. */
function hostPage(scriptOrigin = SITE) {
  const dom = new JSDOM(`<!doctype html><body><iframe id="a" src="about:blank"></iframe><iframe id="b" src="about:blank" data-max-height="300"></iframe></body>`, {
    runScripts: "outside-only",
    url: "https://news.example/story",
  });
  const { window } = dom;
  Object.defineProperty(window.document, "currentScript", { value: { src: `${scriptOrigin}/embed.js` } });
  window.eval(HOST_SCRIPT);
  const frame = (id: string) => {
    const el = window.document.getElementById(id);
    if (!(el instanceof window.HTMLIFrameElement)) throw new Error(`no iframe #${id}`);
    return el;
  };
  const post = (data: unknown, origin: string, source: Window | null) => window.dispatchEvent(new window.MessageEvent("message", { data, origin, source }));
  return { window, frame, post };
}

describe("the host script (/embed.js)", () => {
  it("sets the height of the iframe whose window sent the message", () => {
    const { frame, post } = hostPage();
    post({ type: EMBED_MESSAGES.height, height: 512.3 }, SITE, frame("a").contentWindow);
    expect(frame("a").style.height).toBe("513px");
    expect(frame("b").style.height).toBe("");
  });

  it("ignores messages from any other origin, even naming a real iframe", () => {
    const { frame, post } = hostPage();
    post({ type: EMBED_MESSAGES.height, height: 900 }, "https://evil.example", frame("a").contentWindow);
    post({ type: EMBED_MESSAGES.height, height: 900 }, "http://counterclaim.example", frame("a").contentWindow);
    expect(frame("a").style.height).toBe("");
  });

  it("ignores a message whose source is no iframe on the page, and malformed heights", () => {
    const { window, frame, post } = hostPage();
    post({ type: EMBED_MESSAGES.height, height: 900 }, SITE, window.document.defaultView);
    post({ type: EMBED_MESSAGES.height, height: "900px" }, SITE, frame("a").contentWindow);
    post({ type: EMBED_MESSAGES.height, height: Number.POSITIVE_INFINITY }, SITE, frame("a").contentWindow);
    post("900", SITE, frame("a").contentWindow);
    expect(frame("a").style.height).toBe("");
  });

  it("keeps to data-max-height (oEmbed's maxheight)", () => {
    const { frame, post } = hostPage();
    post({ type: EMBED_MESSAGES.height, height: 800 }, SITE, frame("b").contentWindow);
    expect(frame("b").style.height).toBe("300px");
  });
});
