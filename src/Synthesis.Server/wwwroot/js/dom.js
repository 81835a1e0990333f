// Small DOM helpers: elements are built with textContent only, so nothing from the data is parsed as HTML.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

export const $ = (id) => document.getElementById(id);

export function doiLink(doi) {
  if (!doi) return el("span", { class: "muted", text: "no DOI" });
  return el("a", { href: `https://doi.org/${doi}`, rel: "noopener noreferrer", target: "_blank", class: "doi" }, doi);
}

export const reactionLink = (id, text) => el("a", { href: `#reaction/${encodeURIComponent(id)}` }, text ?? id);

export const percent = (value) => `${(100 * (value ?? 0)).toFixed(1)} %`;
export const fixed = (value, digits = 3) => (value ?? 0).toFixed(digits);

/** A small horizontal bar for a probability, with the number beside it (the number is what screen readers get). */
export function meter(value) {
  const width = Math.max(0, Math.min(1, value ?? 0)) * 100;
  return el("span", {},
    el("span", { class: "meter", "aria-hidden": "true" }, el("span", { style: `width:${width.toFixed(1)}%` })),
    percent(value));
}

/** A table from column headers and rows of cells (strings or nodes); `numeric` names the right-aligned columns. */
export function table(caption, headers, rows, numeric = []) {
  return el("table", {},
    caption ? el("caption", { text: caption }) : null,
    el("thead", {}, el("tr", {}, headers.map((h, i) => el("th", { scope: "col", class: numeric.includes(i) ? "number" : null, text: h })))),
    el("tbody", {}, rows.map((cells) => el("tr", {}, cells.map((c, i) => el("td", { class: numeric.includes(i) ? "number" : null }, c))))));
}

/** Previous/next buttons for a paged list; `move(step)` goes one page back (-1) or on (+1). */
export function pager(label, idPrefix, hasPrevious, hasNext, move) {
  return el("nav", { class: "pager", "aria-label": label },
    el("button", { type: "button", id: `${idPrefix}-previous`, disabled: !hasPrevious, onclick: () => move(-1), text: "Previous page" }),
    el("button", { type: "button", id: `${idPrefix}-next`, disabled: !hasNext, onclick: () => move(1), text: "Next page" }));
}

/** Splits "Li, Co" or "Li Co" into element symbols. */
export const symbols = (text) => text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
