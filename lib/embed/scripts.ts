/**
 * The embed's scripts, kept as source text: one tiny inline script at the end of the embed document,
 * and the host script served at /embed.js. None is needed to see the chart.
 */

/** Message types between an embed and the host script. */
export const EMBED_MESSAGES = { height: "counterclaim:embed-height", askHeight: "counterclaim:embed-height?" } as const;

/** The id of the box whose height the embed reports. */
export const EMBED_ROOT_ID = "cc-embed";

/**
 * Reports the embed's height to the page that frames it, whenever it changes, and again on request
 * (the host script may load after the embed). The height is not a secret, so any parent may read it.
 */
export const HEIGHT_SCRIPT = `(function(){if(window.parent===window||!window.ResizeObserver)return;var box=document.getElementById("${EMBED_ROOT_ID}"),last=-1;function send(force){var h=Math.ceil(box.getBoundingClientRect().height);if(force||h!==last){last=h;window.parent.postMessage({type:"${EMBED_MESSAGES.height}",height:h},"*")}}new ResizeObserver(function(){send(false)}).observe(box);addEventListener("message",function(e){if(e.source===window.parent&&e.data&&e.data.type==="${EMBED_MESSAGES.askHeight}")send(true)})})()`;

/**
 * /embed.js, included by the host page beside its iframes. It trusts messages only from the origin
 * it was itself loaded from (where the embeds live), and resizes only the iframe whose window sent
 * the message. data-max-height on an iframe caps it (oEmbed's maxheight).
 */
export const HOST_SCRIPT = `/* Counterclaim embed resizer: sets each Counterclaim iframe's height to its content. */
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src, location.href).origin;
  var key = "__counterclaimEmbeds " + origin;
  if (window[key]) return;
  window[key] = true;

  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== "${EMBED_MESSAGES.height}" || typeof data.height !== "number" || !isFinite(data.height)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var cap = Number(frame.getAttribute("data-max-height")) || 100000;
      frame.style.height = Math.max(0, Math.min(Math.ceil(data.height), cap)) + "px";
      return;
    }
  });

  function ask() {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].src.indexOf(origin + "/embed/") === 0 && frames[i].contentWindow) {
        frames[i].contentWindow.postMessage({ type: "${EMBED_MESSAGES.askHeight}" }, origin);
      }
    }
  }
  ask();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ask);
})();
`;
