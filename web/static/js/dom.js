// DOM helpers. Everything that comes from the server is put into the page
// with text nodes and attributes, never parsed as markup: there is no
// innerHTML anywhere in this code (the Content-Security-Policy enforces it
// with Trusted Types).

const SVGNS = 'http://www.w3.org/2000/svg';

function build(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') {
      el.addEventListener(k.slice(2), v);
    } else if (k === 'class') {
      el.setAttribute('class', Array.isArray(v) ? v.filter(Boolean).join(' ') : v);
    } else if (k === 'href') {
      el.setAttribute('href', String(v));
    } else if (k === 'style' || k.startsWith('on') || k === 'srcdoc') {
      throw new Error('dom: refusing attribute ' + k);
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

export function append(el, ...children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// h('a', {href: '#/x', class: 'y'}, 'text', child...) makes an HTML element.
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

// s('circle', {cx: 1}) makes an SVG element.
export function s(tag, attrs, ...children) {
  return build(document.createElementNS(SVGNS, tag), attrs, children);
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

// externalHref returns url if it is an http(s) link, else null: a source
// such as "javascript:…" must never become a link.
export function externalHref(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

// route builds an in-app link: #/path?params, values encoded.
export function route(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  const qs = q.toString();
  return '#/' + path.split('/').map(encodeURIComponent).join('/') + (qs ? '?' + qs : '');
}

const enc = new TextEncoder();
const dec = new TextDecoder();

// Bytes cuts a text at the UTF-8 byte offsets the API uses.
export class Bytes {
  constructor(text) { this.b = enc.encode(text); }
  get length() { return this.b.length; }
  slice(start, end) { return dec.decode(this.b.subarray(start, end)); }
}

// snippet turns a search snippet with matches between « and » into nodes.
export function snippet(text) {
  const out = [];
  const re = /«([^«»]*)»/g;
  let last = 0;
  for (let m; (m = re.exec(text));) {
    out.push(text.slice(last, m.index), h('mark', {}, m[1]));
    last = re.lastIndex;
  }
  out.push(text.slice(last));
  return out;
}

// debounce delays fn until calls stop for ms.
export function debounce(fn, ms) {
  let id;
  return (...args) => { clearTimeout(id); id = setTimeout(() => fn(...args), ms); };
}

export function announce(msg) {
  const el = document.getElementById('announce');
  if (el) el.textContent = msg;
}
