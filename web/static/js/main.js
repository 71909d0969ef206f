// The app shell: routes (#/view/arg?params), the language switch, keyboard
// shortcuts and the status line. Each view is a module with
// render(root, {arg, params, signal}).

import {h, clear, route, append} from './dom.js';
import {t, setLang, getLang, initialLang, fmtNumber} from './i18n.js';
import {api} from './api.js';
import {guarded} from './ui.js';
import * as home from './views/home.js';
import * as search from './views/search.js';
import * as entity from './views/entity.js';
import * as timeline from './views/timeline.js';
import * as graph from './views/graph.js';
import * as reader from './views/reader.js';
import * as story from './views/story.js';
import * as documents from './views/documents.js';
import * as add from './views/add.js';

const views = {'': home, search, entity, timeline, graph, doc: reader, story, documents, add};

let current = null; // AbortController of the rendered view

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, qs] = raw.split('?', 2);
  const parts = path.split('/');
  const name = decodeURIComponent(parts[0] || '');
  const arg = parts.slice(1).map(decodeURIComponent).join('/');
  return {name, arg, params: new URLSearchParams(qs || '')};
}

async function render() {
  if (current) current.abort();
  current = new AbortController();
  const {name, arg, params} = parseHash();
  const main = document.getElementById('main');
  clear(main);
  for (const a of document.querySelectorAll('nav a[data-view]')) {
    if (a.dataset.view === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const view = views[name];
  if (!view) {
    append(main, h('h1', {}, t('notFound')), h('p', {}, h('a', {href: '#/'}, 'dossier')));
    return;
  }
  const signal = current.signal;
  // a view that takes more than a moment says so (outside main, so that no
  // view has to remember to)
  const busy = document.getElementById('busy');
  const slow = setTimeout(() => { busy.hidden = false; main.setAttribute('aria-busy', 'true'); }, 250);
  await guarded(main, () => view.render(main, {arg, params, signal}));
  clearTimeout(slow);
  if (signal.aborted) return;
  busy.hidden = true;
  main.removeAttribute('aria-busy');
  // move focus to the new content for screen readers and keyboards, unless
  // the view put it somewhere on purpose
  if (!main.contains(document.activeElement) || document.activeElement === document.body) {
    const h1 = main.querySelector('h1');
    if (h1) { h1.tabIndex = -1; h1.focus({preventScroll: true}); }
  }
  const h1 = main.querySelector('h1');
  document.title = (h1 ? h1.textContent + ' · ' : '') + 'dossier';
}

function translateShell() {
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-attr]')) {
    const [attr, key] = el.dataset.i18nAttr.split(':');
    el.setAttribute(attr, t(key));
  }
  for (const b of document.querySelectorAll('.langs button')) {
    b.setAttribute('aria-pressed', String(b.dataset.lang === getLang()));
  }
}

async function status() {
  const el = document.getElementById('status');
  try {
    const s = await api('health');
    el.textContent = t('status.docs', {n: fmtNumber(s.documents)}) + (s.version ? ' · ' + s.version : '');
  } catch {
    el.textContent = t('status.down');
  }
}

function init() {
  setLang(initialLang());
  translateShell();
  for (const b of document.querySelectorAll('.langs button')) {
    b.addEventListener('click', () => {
      setLang(b.dataset.lang);
      translateShell();
      status();
      render();
    });
  }
  document.getElementById('quick').addEventListener('submit', e => {
    e.preventDefault();
    const q = document.getElementById('quick-q').value.trim();
    if (q) location.hash = route('search', {q});
  });
  document.addEventListener('keydown', e => {
    const tag = (e.target.tagName || '').toLowerCase();
    const typing = tag === 'input' || tag === 'textarea' || tag === 'select' || e.target.isContentEditable;
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      document.getElementById('quick-q').focus();
    } else if (e.key === 'Escape' && typing && e.target.id === 'quick-q') {
      e.target.blur();
    }
  });
  window.addEventListener('hashchange', render);
  status();
  render();
}

init();
