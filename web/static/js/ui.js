// Pieces the views share: entity links, document lines, annotated text,
// evidence with its names highlighted, loading and error states.

import {h, route, Bytes, clear, externalHref, append} from './dom.js';
import {t, fmtDate, kindName, typeName, modalityName, langName} from './i18n.js';
import {getDocument, api, apiURL} from './api.js';

export function fold(s) {
  return String(s || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss');
}

export function entityName(ents, id) {
  if (!id) return '—';
  return (ents && ents[id] && ents[id].name) || id;
}

export function entityLink(ents, id) {
  if (!id) return h('span', {class: 'muted'}, '—');
  const e = (ents && ents[id]) || {id, name: id, kind: 'other'};
  return h('a', {href: route('entity/' + id), class: ['ent', 'k-' + e.kind], title: kindName(e.kind) + (e.country ? ' · ' + e.country : '')}, e.name);
}

export function kindBadge(kind) {
  return h('span', {class: ['badge', 'k-' + kind]}, kindName(kind));
}

export function langBadge(code) {
  return h('abbr', {class: 'badge lang', title: langName(code), lang: 'en'}, String(code || '?').toUpperCase());
}

export function toneBadge(tone) {
  return h('span', {class: ['badge', 'tone-' + tone]}, t('tone.' + tone));
}

// docTitle is a document's title, or for one without a title a name
// that says so (its file's name, else its id): not "api", not a long path.
export function docTitle(d) {
  if (d.title) return d.title;
  const file = String(d.source || '').split(/[\\/]/).pop();
  return t('doc.untitled', {name: file && file !== 'api' ? file : d.id});
}

// docLine: title (to the reader), date, language, source.
export function docLine(doc, extra) {
  const d = doc.document || doc;
  const href = externalHref(d.source);
  return h('div', {class: 'docline'},
    h('a', {href: route('doc/' + d.id, extra), class: ['doctitle', d.title ? null : 'untitled']}, docTitle(d)),
    h('span', {class: 'meta'},
      d.lang ? langBadge(d.lang) : null, ' ',
      h('time', {datetime: d.published || ''}, fmtDate(d.published)), ' · ',
      href ? h('a', {href, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'src'}, hostOf(d.source)) : h('span', {class: 'src'}, d.source)));
}

function hostOf(url) {
  try { return new URL(url).host || url; } catch { return url; }
}

// emptyStore says what to do when the database holds no documents yet,
// rather than leaving a blank panel.
export function emptyStore() {
  return h('p', {class: 'note empty-store', role: 'status'}, t('empty.store'), ' ', h('code', {}, 'dossier ingest PATH'), ' ',
    t('empty.or'), ' ', h('a', {href: '#/add'}, t('add.title')), '.');
}

// dataLink offers what a view shows as the API's JSON, to download and
// work on elsewhere.
export function dataLink(path, params, name) {
  return h('a', {class: 'data-link', href: apiURL(path, params), download: name + '.json', type: 'application/json'}, t('data.json'));
}

export function loading() {
  return h('p', {class: 'loading', role: 'status'}, t('loading'));
}

export function errorBox(err, retry) {
  return h('div', {class: 'error', role: 'alert'},
    h('strong', {}, t('error') + ': '),
    // "Failed to fetch" tells a reader nothing; a lost connection is said so
    err && err.code === 'network' ? t('error.network') : err && err.message ? err.message : String(err),
    retry ? [' ', h('button', {type: 'button', onclick: retry}, t('retry'))] : null);
}

// view runs a view's async body, showing loading and errors in root and
// ignoring aborted navigations.
export async function guarded(root, body) {
  try {
    await body();
  } catch (e) {
    if (e && e.name === 'AbortError') return;
    // a request the server refused (a name it does not know, a malformed
    // date) is the user's to correct: keep the view's form and say why
    // under it; trying again would only fail again
    if (e && e.status >= 400 && e.status < 500) {
      for (const w of root.querySelectorAll('.loading')) w.remove();
      append(root, errorBox(e));
      return;
    }
    console.error(e);
    append(clear(root), errorBox(e, () => window.dispatchEvent(new HashChangeEvent('hashchange'))));
  }
}

// annotate returns the nodes of text[start:end) (byte offsets) with
// mentions, triggers and time expressions marked. anns: {start, end, kind:
// 'm'|'trg'|'tx', entity?, title?}. opts.canon puts the English name of a
// mention's entity after it when the text says it otherwise.
export function annotate(bytes, start, end, anns, ents, opts = {}) {
  const inRange = anns.filter(a => a.start < end && a.end > start && a.start < a.end)
    .map(a => ({...a, start: Math.max(a.start, start), end: Math.min(a.end, end)}));
  const points = new Set([start, end]);
  for (const a of inRange) { points.add(a.start); points.add(a.end); }
  const ps = [...points].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < ps.length; i++) {
    const p = ps[i], q = ps[i + 1];
    const active = inRange.filter(a => a.start <= p && a.end >= q);
    let node = document.createTextNode(bytes.slice(p, q));
    const tx = active.find(a => a.kind === 'tx');
    if (tx && opts.times !== false) node = h('span', {class: 'tx', title: tx.title || ''}, node);
    const trg = active.find(a => a.kind === 'trg');
    if (trg) node = h('span', {class: 'trg', title: trg.title || ''}, node);
    const ms = active.filter(a => a.kind === 'm').sort((a, b) => a.start - b.start || b.end - a.end);
    const m = ms[0];
    if (m && opts.mentions !== false) {
      const e = m.entity && ents ? ents[m.entity] : null;
      node = h('mark', {class: ['m', e ? 'k-' + e.kind : 'k-none'], 'data-entity': m.entity || '',
        title: e ? e.name + ' · ' + kindName(e.kind) : ''}, node);
      out.push(node);
      if (q === m.end && e && opts.canon !== false) {
        const text = bytes.slice(m.start, m.end);
        if (fold(text) !== fold(e.name)) {
          out.push(h('a', {class: 'canon', href: route('entity/' + e.id), lang: 'en'}, e.name));
        }
      }
      continue;
    }
    out.push(node);
  }
  return out;
}

// annotationsOf collects a document's marks for annotate.
export function annotationsOf(doc, onlyEvent) {
  const anns = [];
  for (const m of doc.mentions || []) anns.push({start: m.start, end: m.end, kind: 'm', entity: m.entity});
  for (const x of doc.timexes || []) anns.push({start: x.start, end: x.end, kind: 'tx', title: x.value});
  for (const e of doc.events || []) {
    if (onlyEvent && e.id !== onlyEvent) continue;
    anns.push({start: e.trigger.start, end: e.trigger.end, kind: 'trg', title: typeName(e.type, e.mode)});
  }
  return anns;
}

// evidence shows a report's sentence in its own language, marked as
// evidence; once the document is loaded, its names (with their English
// names) and the event's trigger are highlighted in it.
export function evidence(report, signal) {
  const mark = h('mark', {class: 'evidence'}, report.evidence.text);
  const q = h('blockquote', {class: 'ev', lang: report.lang || null}, mark);
  getDocument(report.doc.id, signal).then(doc => {
    const bytes = new Bytes(doc.text);
    const {start, end} = report.evidence;
    if (bytes.slice(start, end) !== report.evidence.text) return; // stale offsets: keep the plain sentence
    append(clear(mark), ...annotate(bytes, start, end, annotationsOf(doc, report.event), doc.entities));
  }).catch(() => { /* the plain sentence stays */ });
  return q;
}

// report renders one report of a story: document, source, modality,
// evidence, figures.
export function reportCard(rp, ents, docs, signal) {
  const d = (docs && docs[rp.doc.id]) || {id: rp.doc.id, source: rp.doc.source, published: rp.doc.published, lang: rp.lang};
  const line = docLine(d, {s: rp.evidence.start, e: rp.evidence.end});
  if (!d.title) {
    // the title comes with the document, which the evidence loads anyway
    getDocument(rp.doc.id, signal).then(doc => {
      const a = line.querySelector('a.doctitle');
      if (a && doc.document.title) a.textContent = doc.document.title;
    }).catch(() => { /* the source stays as the title */ });
  }
  return h('article', {class: 'report', lang: null},
    line,
    h('p', {class: 'meta'},
      h('span', {class: 'badge'}, modalityName(rp.modality)),
      rp.source ? [' · ', t('story.according', {name: ''}), entityLink(ents, rp.source)] : null,
      rp.date ? [' · ', h('time', {datetime: rp.date.value}, fmtDate(rp.date.value)), rp.date.text ? h('span', {class: 'muted', lang: rp.lang}, ' (' + rp.date.text + ')') : null] : null),
    evidence(rp, signal),
    rp.quantities && rp.quantities.length ? h('p', {class: 'meta'}, t('story.quantities') + ': ',
      rp.quantities.map((x, i) => [i ? ', ' : '', h('span', {lang: rp.lang}, x.text), ' (', String(x.value), ' ', x.unit, ')'])) : null,
    h('p', {}, h('a', {href: route('doc/' + rp.doc.id, {s: rp.evidence.start, e: rp.evidence.end}), class: 'open-doc'}, t('doc.open'))));
}

// storyHead: what happened, who to whom, when.
export function storyHead(st, ents, tag = 'h2') {
  return h(tag, {class: 'storyhead'},
    h('span', {class: ['swatch', 'tone-' + st.tone], 'aria-hidden': 'true'}), ' ',
    typeName(st.type, st.mode), ': ', entityLink(ents, st.actor), ' → ', entityLink(ents, st.target),
    st.location ? [' ', t('story.location', {name: ''}), entityLink(ents, st.location)] : null,
    ' · ', h('time', {datetime: st.date ? st.date.value : ''}, fmtDate(st.date && st.date.value)));
}

// entityInput is a text field that suggests entity names as one types.
let inputs = 0;
export function entityInput(name, label, value, opts = {}) {
  const id = 'ei-' + (++inputs);
  const list = h('datalist', {id: id + '-list'});
  const input = h('input', {id, name, type: 'text', value: value || '', list: id + '-list', autocomplete: 'off', spellcheck: 'false', required: opts.required || null});
  let last = '';
  input.addEventListener('input', async () => {
    const q = input.value.trim();
    if (q.length < 2 || q === last) return;
    last = q;
    try {
      const res = await api('entities', {q, limit: 8});
      if (input.value.trim() !== q) return;
      append(clear(list), ...res.items.map(e => h('option', {value: e.name}, kindName(e.kind) + (e.country ? ' · ' + e.country : ''))));
    } catch { /* suggestions are optional */ }
  });
  return h('div', {class: 'field'}, h('label', {for: id}, label), input, list);
}

export function field(label, control) {
  if (!control.id) control.id = 'f-' + (++inputs);
  return h('div', {class: 'field'}, h('label', {for: control.id}, label), control);
}

export function pager(offset, limit, more, go) {
  if (!offset && !more) return null;
  return h('nav', {class: 'pager', 'aria-label': t('page', {n: Math.floor(offset / limit) + 1})},
    h('button', {type: 'button', disabled: offset <= 0 || null, onclick: () => go(Math.max(0, offset - limit))}, '← ' + t('prev')),
    h('span', {}, t('page', {n: Math.floor(offset / limit) + 1})),
    h('button', {type: 'button', disabled: !more || null, onclick: () => go(offset + limit)}, t('next') + ' →'));
}
