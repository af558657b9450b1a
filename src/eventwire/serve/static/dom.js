// DOM helpers. Every string from the store goes in as a text node, never as markup.

export const SVG = "http://www.w3.org/2000/svg";

// el("td", {class: "x"}, "text", otherNode): an element; strings and numbers become text nodes.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  return fill(node, attrs, children);
}

export function svg(tag, attrs = {}, ...children) {
  return fill(document.createElementNS(SVG, tag), attrs, children);
}

function fill(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) throw new Error("attach listeners with addEventListener, not attributes");
    node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

// A link only for http(s) URLs; anything else (javascript:, data:) is shown as text.
export function safeLink(url, text) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") {
      return el("a", {href: parsed.href, rel: "noopener noreferrer nofollow", target: "_blank"}, text || parsed.href);
    }
  } catch (_) { /* not a URL: shown as text below */ }
  return el("span", {}, text || String(url || ""));
}

export function party(list) {
  if (!list || !list.length) return "–";
  return list.map((p) => [p.code, p.sector].filter(Boolean).join(" ") || p.entity_text || "?").join(", ");
}
