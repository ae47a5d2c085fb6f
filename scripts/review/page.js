// The review page: the report with each drafted claim highlighted at its offsets, and beside it each
// claim's fields to accept, edit or reject. Plain DOM, no markup from strings: the report and the
// draft are never parsed as HTML.
"use strict";

const state = { draft: null, items: [], current: -1, added: 0, claimantsById: new Map() };
const $ = (id) => document.getElementById(id);

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key === "value") node.value = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key in node && typeof value !== "string") node[key] = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

async function post(path, payload) {
  const response = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) });
  return response.json();
}

// ---- loading -------------------------------------------------------------------------------------

async function load() {
  const draft = await (await fetch("/api/draft")).json();
  state.draft = draft;
  for (const c of draft.claimants) state.claimantsById.set(c.id, c);
  const { source, claims, review } = draft.extraction;
  const notesOf = (record, id) => review.filter((n) => n.record === record && n.id === id).flatMap((n) => n.reasons);
  state.items = claims.map((claim) => ({ key: claim.id, claim: structuredClone(claim), status: "pending", notes: notesOf("claim", claim.id), errors: [], drafted: true }));
  state.newClaimants = draft.extraction.newClaimants.map((c) => ({ ...c, notes: notesOf("claimant", c.id) }));
  $("file").textContent = draft.file;
  document.title = `Review ${draft.file} · Counterclaim`;
  $("source-id").value = source.id;
  $("source-publisher").value = source.publisher;
  $("source-language").value = source.language ?? "";
  $("source-url").value = source.url ?? "";
  for (const reason of notesOf("source", source.id)) $("source-notes").append(el("li", { text: reason }));
  $("source-language").addEventListener("change", () => renderClaims());
  const options = $("claimant-options");
  for (const c of draft.claimants) {
    const label = `${c.name}${c.isNew ? " (new)" : ""}${c.hints.length ? ` — ${c.hints.join("; ")}` : ""}`;
    options.append(el("option", { value: c.id, label }));
  }
  renderText();
  renderClaims();
  if (state.items.length > 0) select(0, false);
  updateSummary();
}

// ---- the report's text ---------------------------------------------------------------------------

/** The text in segments cut at every claim's start and end; each segment knows the claims covering it. */
function renderText() {
  const text = state.draft.text;
  const container = $("text");
  container.replaceChildren();
  const cuts = new Set([0, text.length]);
  for (const item of state.items) {
    const loc = item.claim.locator;
    cuts.add(loc.start);
    cuts.add(loc.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = state.items.filter((item) => item.claim.locator.start <= start && item.claim.locator.end >= end);
    const piece = text.slice(start, end);
    if (covering.length === 0) {
      container.append(document.createTextNode(piece));
      continue;
    }
    const mark = el("mark", { "data-keys": covering.map((c) => c.key).join(" "), "data-start": String(start) }, document.createTextNode(piece));
    mark.addEventListener("click", () => {
      if (!window.getSelection().isCollapsed) return;
      const at = state.items.indexOf(covering[0]);
      select(at, true);
    });
    container.append(mark);
  }
  paintMarks();
}

function paintMarks() {
  const current = state.items[state.current];
  for (const mark of $("text").querySelectorAll("mark")) {
    const keys = mark.dataset.keys.split(" ");
    const items = keys.map((k) => state.items.find((i) => i.key === k)).filter(Boolean);
    mark.classList.toggle("accepted", items.some((i) => i.status === "accepted"));
    mark.classList.toggle("rejected", items.length > 0 && items.every((i) => i.status === "rejected"));
    mark.classList.toggle("current", Boolean(current && keys.includes(current.key)));
  }
}

/** A selection's offsets in the report: the length of the text before each end (JavaScript string indexes, as the data's). */
function selectionOffsets() {
  const selection = window.getSelection();
  const container = $("text");
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return undefined;
  const before = (node, offset) => {
    const r = document.createRange();
    r.setStart(container, 0);
    r.setEnd(node, offset);
    return r.toString().length;
  };
  const start = before(range.startContainer, range.startOffset);
  const end = before(range.endContainer, range.endOffset);
  return start < end ? { start, end } : undefined;
}

document.addEventListener("selectionchange", () => {
  const offsets = selectionOffsets();
  $("from-selection").disabled = !offsets;
  $("selection-info").textContent = offsets ? `characters ${offsets.start}–${offsets.end} selected` : "";
});

async function claimFromSelection() {
  const offsets = selectionOffsets();
  if (!offsets) return;
  const result = await post("/api/suggest", offsets);
  if (result.error) return showMessages([result.error]);
  state.added += 1;
  const item = { key: `added-${state.added}`, claim: result.claim, status: "pending", notes: result.notes, errors: [], drafted: false };
  state.items.push(item);
  state.items.sort((a, b) => a.claim.locator.start - b.claim.locator.start);
  window.getSelection().removeAllRanges();
  renderText();
  renderClaims();
  select(state.items.indexOf(item), true);
  updateSummary();
}

// ---- the claims ----------------------------------------------------------------------------------

function claimantLine(id) {
  const c = state.claimantsById.get(id) ?? state.newClaimants.find((n) => n.id === id && n.name);
  if (!c) return `"${id}": no such claimant yet; pick one, or name it under New claimants below`;
  return `${c.name} · ${c.kind}, ${c.side}${state.claimantsById.get(id)?.isNew ? " · new" : ""}`;
}

function field(item, label, name, input, wide) {
  input.name = name;
  // Right-to-left and Cyrillic words read in their own direction inside each field.
  if (input.tagName !== "SELECT") input.dir = "auto";
  input.dataset.field = name;
  input.addEventListener("change", () => onEdit(item, name, input));
  return el("label", { class: wide ? "wide" : undefined }, label, input);
}

function options(list, value) {
  const select = el("select");
  for (const o of list) select.append(el("option", { value: o.id, text: o.label, selected: o.id === value }));
  return select;
}

function renderCard(item, index) {
  const c = item.claim;
  const title = c.kind === "figure" ? `${c.stated} · ${c.metric}` : `${c.subject} · ${c.status}`;
  const card = el("li", { class: `claim ${item.status}`, "data-key": item.key, id: `claim-${index}`, "aria-labelledby": `claim-title-${index}`, tabindex: "-1" });
  if (item.errors.length > 0) card.setAttribute("aria-invalid", "true");
  card.append(
    el("h3", { id: `claim-title-${index}` }, `${index + 1}. ${c.kind === "figure" ? "Figure" : "Control"}: ${title} `, el("span", { class: "status", text: item.drafted ? item.status : `${item.status} · added` })),
    el("blockquote", { class: "quote", dir: "auto", text: c.quote }),
  );
  const fields = el("div", { class: "fields" });
  if (!item.drafted) fields.append(field(item, "Kind", "kind", options([{ id: "figure", label: "A figure" }, { id: "control", label: "A claim of control" }], c.kind)));
  if (c.kind === "figure") {
    fields.append(
      field(item, "Figure as stated", "stated", el("input", { value: c.stated })),
      field(item, "Qualifier", "qualifier", options(state.draft.qualifiers, c.qualifier)),
    );
    if (c.qualifier === "vague") fields.append(field(item, "Vague term", "vagueTerm", el("input", { value: c.vagueTerm ?? "" })));
    else fields.append(field(item, "Value", "value", el("input", { value: c.value === undefined ? "" : String(c.value), inputMode: "decimal" })));
    if (c.qualifier === "range") fields.append(field(item, "Upper value", "valueHigh", el("input", { value: c.valueHigh === undefined ? "" : String(c.valueHigh), inputMode: "decimal" })));
    fields.append(field(item, "Metric", "metric", options(state.draft.metrics.map((m) => ({ id: m.id, label: `${m.label} (${m.unit})` })), c.metric)));
  } else {
    fields.append(
      field(item, "Place", "place", el("input", { value: c.place })),
      field(item, "Place detail", "placeDetail", el("input", { value: c.placeDetail ?? "" })),
      field(item, "Status", "status", options(state.draft.statuses, c.status)),
    );
  }
  fields.append(field(item, "Subject", "subject", el("input", { value: c.subject }), true));
  const claimant = el("input", { value: c.claimantId, autocomplete: "off", spellcheck: false });
  claimant.setAttribute("list", "claimant-options");
  fields.append(el("div", { class: "wide" }, field(item, "Claimant", "claimantId", claimant, true), el("div", { class: "resolved", text: claimantLine(c.claimantId) })));
  fields.append(
    field(item, "Speaker", "speaker", el("input", { value: c.speaker ?? "" })),
    field(item, "Relay", "relay", el("input", { value: c.relay?.via ?? "", placeholder: "e.g. Telegram, TASS" })),
    field(item, "Note", "note", el("input", { value: c.note ?? "" }), true),
  );
  const language = $("source-language").value.trim();
  if (language && language !== "en") fields.append(field(item, "English translation (Counterclaim's)", "translation", el("textarea", { value: c.translation?.text ?? "", rows: 2 }), true));
  card.append(fields);
  const notes = el("ul", { class: "notes", "aria-label": "Review notes" });
  for (const n of item.notes) notes.append(el("li", { text: n }));
  const errors = el("ul", { class: "errors", "aria-label": "Errors" });
  for (const e of item.errors) errors.append(el("li", { text: e }));
  card.append(
    notes,
    errors,
    el(
      "div",
      { class: "buttons" },
      el("button", { type: "button", text: "Accept", "aria-pressed": String(item.status === "accepted"), onclick: () => decide(item, "accepted") }),
      el("button", { type: "button", text: "Reject", "aria-pressed": String(item.status === "rejected"), onclick: () => decide(item, "rejected") }),
      el("button", { type: "button", text: "Quote the selection", title: "Select the words in the report first", onclick: () => requote(item) }),
    ),
  );
  card.addEventListener("focusin", () => {
    const at = state.items.indexOf(item);
    if (at !== state.current) select(at, false, false);
  });
  return card;
}

function renderClaims() {
  const list = $("claims");
  const focused = document.activeElement?.dataset?.field;
  list.replaceChildren(...state.items.map((item, i) => renderCard(item, i)));
  highlightCurrent();
  renderNewClaimants();
  if (focused && state.current >= 0) list.children[state.current]?.querySelector(`[data-field="${focused}"]`)?.focus();
}

function renderNewClaimants() {
  const used = new Set(state.items.filter((i) => i.status !== "rejected").map((i) => i.claim.claimantId));
  const list = $("new-claimants");
  list.replaceChildren();
  const ids = [...used].filter((id) => !state.claimantsById.has(id) || state.claimantsById.get(id).isNew);
  for (const id of ids) {
    let entry = state.newClaimants.find((n) => n.id === id);
    if (!entry) {
      const known = state.claimantsById.get(id);
      entry = known ? { id, name: known.name, kind: known.kind, side: known.side, notes: [] } : { id, name: "", kind: "official", side: "unattributed", notes: ["a claimant no list holds: give its name, kind and side"] };
      state.newClaimants.push(entry);
    }
    const edit = (name) => (event) => {
      entry[name] = event.target.value;
    };
    const kinds = el("select", { onchange: edit("kind") });
    for (const k of state.draft.kinds) kinds.append(el("option", { value: k, text: k, selected: k === entry.kind }));
    const sides = el("select", { onchange: edit("side") });
    for (const s of state.draft.sides) sides.append(el("option", { value: s, text: s, selected: s === entry.side }));
    const notes = el("ul", { class: "notes" });
    for (const n of entry.notes ?? []) notes.append(el("li", { text: n }));
    const errors = el("ul", { class: "errors", "data-claimant": id });
    list.append(
      el(
        "li",
        { "aria-label": `New claimant ${id}` },
        el("strong", { text: id }),
        el("div", { class: "fields" }, el("label", { class: "wide" }, "Name", el("input", { value: entry.name, onchange: edit("name") })), el("label", {}, "Kind", kinds), el("label", {}, "Side", sides)),
        notes,
        errors,
      ),
    );
  }
  $("new-claimants-section").hidden = ids.length === 0;
}

function onEdit(item, name, input) {
  const c = item.claim;
  const value = input.value;
  const optional = (key, v) => {
    if (v.trim() === "") delete c[key];
    else c[key] = v.trim();
  };
  switch (name) {
    case "value":
    case "valueHigh": {
      const n = Number(value.replace(/,/g, ""));
      if (value.trim() === "" || Number.isNaN(n)) {
        delete c[name];
        item.errors = [`${name}: a number, please (found "${value}")`];
      } else {
        c[name] = n;
        item.errors = item.errors.filter((e) => !e.startsWith(`${name}:`));
      }
      break;
    }
    case "qualifier":
      c.qualifier = value;
      if (value === "vague") {
        delete c.value;
        delete c.valueHigh;
        c.vagueTerm = c.vagueTerm ?? c.stated;
      } else {
        delete c.vagueTerm;
        if (value !== "range") delete c.valueHigh;
      }
      break;
    case "kind":
      if (value === c.kind) break;
      if (value === "control") {
        for (const key of ["metric", "stated", "qualifier", "value", "valueHigh", "vagueTerm", "control"]) delete c[key];
        Object.assign(c, { kind: "control", place: c.subject, status: "russian-control" });
        item.notes = [...item.notes, "made a claim of control: check the place and the status"];
      } else {
        for (const key of ["place", "placeDetail", "status"]) delete c[key];
        Object.assign(c, { kind: "figure", metric: "people-killed", qualifier: "exact" });
        item.notes = [...item.notes, "made a figure: set what it states, its value and metric"];
      }
      break;
    case "relay":
      if (value.trim() === "") delete c.relay;
      else c.relay = { via: value.trim(), wording: c.relay?.wording ?? value.trim() };
      break;
    case "translation":
      if (value.trim() === "") delete c.translation;
      else c.translation = { language: "en", text: value.trim(), by: "counterclaim" };
      break;
    case "speaker":
    case "note":
    case "placeDetail":
    case "vagueTerm":
      optional(name, value);
      break;
    default:
      c[name] = value.trim();
  }
  if (name === "place" && !c.placeDetail) c.subject = c.place;
  renderClaims();
  paintMarks();
  checkOne(item);
}

/** The edited claim's own checks, shown beside it at once (the whole dataset is checked on Check and Save). */
async function checkOne(item) {
  const local = item.errors.filter((e) => e.startsWith("value:") || e.startsWith("valueHigh:"));
  const { errors } = await post("/api/check-claim", { claim: item.claim });
  item.errors = [...local, ...errors.map((e) => e.message)];
  const card = $("claims").querySelector(`li[data-key="${CSS.escape(item.key)}"]`);
  if (!card) return;
  const list = card.querySelector("ul.errors");
  list.replaceChildren(...item.errors.map((e) => el("li", { text: e })));
  if (item.errors.length > 0) card.setAttribute("aria-invalid", "true");
  else card.removeAttribute("aria-invalid");
}

/** The claim's quote becomes the passage selected in the report (offsets computed, spaces trimmed). */
function requote(item) {
  const offsets = selectionOffsets();
  if (!offsets) return showMessages(["Select the words of the quote in the report first."]);
  const text = state.draft.text;
  let { start, end } = offsets;
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  item.claim.quote = text.slice(start, end);
  item.claim.locator = { kind: "text", start, end };
  window.getSelection().removeAllRanges();
  renderText();
  renderClaims();
}

function decide(item, status) {
  item.status = item.status === status ? "pending" : status;
  renderClaims();
  paintMarks();
  updateSummary();
}

// ---- moving about --------------------------------------------------------------------------------

function highlightCurrent() {
  const cards = $("claims").children;
  for (let i = 0; i < cards.length; i++) cards[i].classList.toggle("current", i === state.current);
}

function select(index, scroll, focus = true) {
  if (index < 0 || index >= state.items.length) return;
  state.current = index;
  highlightCurrent();
  paintMarks();
  const card = $("claims").children[index];
  const mark = $("text").querySelector("mark.current");
  if (scroll !== false) {
    card?.scrollIntoView({ block: "nearest" });
    mark?.scrollIntoView({ block: "nearest" });
  }
  if (focus) card?.focus({ preventScroll: true });
}

function updateSummary() {
  const count = (s) => state.items.filter((i) => i.status === s).length;
  $("summary").textContent = `${state.items.length} claims: ${count("accepted")} accepted, ${count("rejected")} rejected, ${count("pending")} to review.`;
}

document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && event.target instanceof HTMLElement && event.target.matches("input, select, textarea")) {
    event.target.blur();
    $("claims").children[state.current]?.focus();
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.target instanceof HTMLElement && event.target.matches("input, select, textarea")) return;
  const item = state.items[state.current];
  const next = () => select(Math.min(state.current + 1, state.items.length - 1), true);
  switch (event.key) {
    case "j":
      next();
      break;
    case "k":
      select(Math.max(state.current - 1, 0), true);
      break;
    case "a":
      if (item) {
        item.status = "accepted";
        renderClaims();
        paintMarks();
        updateSummary();
        next();
      }
      break;
    case "r":
      if (item) {
        item.status = "rejected";
        renderClaims();
        paintMarks();
        updateSummary();
        next();
      }
      break;
    case "n":
      claimFromSelection();
      break;
    default:
      return;
  }
  event.preventDefault();
});

// ---- checking and saving -------------------------------------------------------------------------

function submission() {
  const { source } = state.draft.extraction;
  const edited = { ...source, id: $("source-id").value.trim(), publisher: $("source-publisher").value.trim() };
  const language = $("source-language").value.trim();
  const url = $("source-url").value.trim();
  if (language && language !== "en") edited.language = language;
  else delete edited.language;
  if (url) edited.url = url;
  else delete edited.url;
  return {
    source: edited,
    claims: state.items.filter((i) => i.status === "accepted").map((i) => ({ key: i.key, claim: i.claim })),
    rejected: state.items.filter((i) => i.status === "rejected" && i.drafted).map((i) => i.key),
    newClaimants: state.newClaimants.map(({ notes, ...c }) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== ""))),
  };
}

function showMessages(lines, ok = false) {
  const box = $("messages");
  box.replaceChildren();
  box.classList.toggle("ok", ok);
  if (lines.length === 0) return;
  const list = el("ul");
  for (const line of lines) list.append(el("li", { text: line }));
  box.append(list);
}

async function send(path) {
  for (const b of [$("check"), $("save")]) b.disabled = true;
  showMessages([path === "/api/save" ? "Checking and saving…" : "Checking…"], true);
  try {
    const result = await post(path, submission());
    for (const item of state.items) item.errors = [];
    const general = [];
    const byClaimant = [];
    for (const error of result.errors ?? []) {
      const item = error.key && state.items.find((i) => i.key === error.key);
      if (item) item.errors.push(error.message);
      else if (error.claimantId) byClaimant.push(error);
      else general.push(error.message);
    }
    renderClaims();
    for (const error of byClaimant) {
      const list = document.querySelector(`#new-claimants ul.errors[data-claimant="${CSS.escape(error.claimantId)}"]`);
      if (list) list.append(el("li", { text: error.message }));
      else general.push(error.message);
    }
    if (result.ok) showMessages(path === "/api/save" ? [`Saved: ${result.written.join(", ")} (${result.claims} claims, ${result.newClaimants} new claimants).`] : ["No errors: ready to save."], true);
    else {
      const inline = (result.errors ?? []).length - general.length;
      showMessages([...general, ...(inline > 0 ? [`${inline} error${inline === 1 ? "" : "s"} beside the claims.`] : [])]);
      const first = state.items.findIndex((i) => i.errors.length > 0);
      if (first >= 0) select(first, true, false);
    }
  } finally {
    for (const b of [$("check"), $("save")]) b.disabled = false;
  }
}

$("check").addEventListener("click", () => send("/api/check"));
$("save").addEventListener("click", () => send("/api/save"));
$("from-selection").addEventListener("click", claimFromSelection);
load();
