// The document reader: the text in its own language, paragraph by
// paragraph, with names marked (and their English canonical names beside
// them), event sentences shaded and their trigger words underlined, time
// expressions dotted. ?s=&e= (byte offsets) marks and scrolls to a sentence.

import {h, clear, route, Bytes, externalHref, append} from '../dom.js';
import {t, fmtDate, typeName, modalityName, langName, fmtNumber} from '../i18n.js';
import {api} from '../api.js';
import {annotate, annotationsOf, entityLink, langBadge, kindBadge, docTitle} from '../ui.js';

export async function render(root, {arg, params, signal}) {
  const doc = await api('documents/' + encodeURIComponent(arg), null, {signal});
  const d = doc.document;
  const ents = doc.entities;
  const bytes = new Bytes(doc.text);
  const target = params.has('s') ? {start: Number(params.get('s')), end: Number(params.get('e'))} : null;
  const href = externalHref(d.source);
  const opts = {mentions: true, canon: true, times: true, evidence: true};

  const body = h('div', {class: 'doc-text', lang: d.lang || null});
  const evidenceOf = new Map(); // sentence start → events
  for (const e of doc.events) {
    if (!evidenceOf.has(e.evidence.start)) evidenceOf.set(e.evidence.start, []);
    evidenceOf.get(e.evidence.start).push(e);
  }
  const anns = annotationsOf(doc);

  function drawText() {
    clear(body);
    const paras = doc.paragraphs.length ? doc.paragraphs : [{start: 0, end: bytes.length, lang: d.lang}];
    for (const p of paras) {
      const para = h('p', {lang: p.lang && p.lang !== d.lang ? p.lang : null});
      const sents = doc.sentences.filter(se => se.start >= p.start && se.end <= p.end);
      let pos = p.start;
      const pieces = [];
      for (const se of sents) {
        if (se.start > pos) pieces.push(...annotate(bytes, pos, se.start, anns, ents, opts));
        const evs = evidenceOf.get(se.start) || [];
        const isTarget = target && target.start <= se.start && se.end <= target.end ||
          target && se.start <= target.start && target.end <= se.end;
        const cls = ['sent', evs.length && opts.evidence ? 'evs' : null, isTarget ? 'target' : null];
        const span = h(evs.length && opts.evidence || isTarget ? 'mark' : 'span', {class: cls, 'data-start': se.start, 'data-end': se.end,
          lang: se.lang && se.lang !== d.lang && se.lang !== p.lang ? se.lang : null,
          title: evs.map(e => typeName(e.type, e.mode)).join(', ') || null},
        annotate(bytes, se.start, se.end, anns, ents, opts));
        pieces.push(span, ' ');
        pos = se.end;
      }
      if (pos < p.end) pieces.push(...annotate(bytes, pos, p.end, anns, ents, opts));
      append(para, ...pieces);
      append(body, para);
    }
  }

  const toggles = h('fieldset', {class: 'toggles'}, h('legend', {}, t('doc.show')),
    ['mentions', 'canon', 'evidence', 'times'].map(k => {
      const id = 'tg-' + k;
      const box = h('input', {type: 'checkbox', id, checked: true, onchange: () => { opts[k] = box.checked; drawText(); }});
      return h('label', {for: id}, box, ' ', t({mentions: 'doc.mentions', canon: 'doc.canon', evidence: 'doc.evidence', times: 'doc.times'}[k]));
    }));

  const events = h('section', {'aria-labelledby': 'h-doc-events'}, h('h2', {id: 'h-doc-events'}, t('doc.events'), ' (', String(doc.events.length), ')'),
    doc.events.length ? h('ol', {class: 'plain evlist'}, doc.events.map(e => h('li', {},
      h('button', {type: 'button', class: ['linklike', 'tone-' + (e.weight > 0 ? 'cooperation' : e.weight < 0 ? 'conflict' : 'neutral')],
        onclick: () => show(e.evidence)}, typeName(e.type, e.mode)), ': ',
      entityLink(ents, e.actor), ' → ', entityLink(ents, e.target),
      h('div', {class: 'meta'}, e.date ? h('time', {datetime: e.date.value}, fmtDate(e.date.value)) : t('doc.undated'), ' · ', modalityName(e.modality),
        e.source ? [' · ', t('story.according', {name: ''}), entityLink(ents, e.source)] : null)))) : h('p', {class: 'muted'}, t('doc.noEvents')));

  const mentioned = new Map();
  for (const m of doc.mentions) if (m.entity) mentioned.set(m.entity, (mentioned.get(m.entity) || 0) + 1);
  const entList = h('section', {'aria-labelledby': 'h-doc-ents'}, h('h2', {id: 'h-doc-ents'}, t('doc.entities')),
    h('ul', {class: 'plain'}, [...mentioned].sort((a, b) => b[1] - a[1]).map(([id, n]) => h('li', {},
      entityLink(ents, id), ' ', kindBadge((ents[id] || {}).kind || 'other'), ' ', h('span', {class: 'meta'}, '× ' + n)))));

  const group = doc.group ? h('p', {class: 'note'}, t('doc.group.' + doc.group.kind), ': ',
    doc.group.docs.filter(x => x.id !== d.id).map((x, i) => [i ? ', ' : '', h('a', {href: route('doc/' + x.id)}, x.source)])) : null;

  append(root, 
    h('article', {class: 'reader'},
      h('header', {},
        h('h1', {lang: d.title ? d.lang || null : null}, docTitle(d)),
        h('p', {class: 'meta'}, langBadge(d.lang), ' ', langName(d.lang), ' · ', t('doc.published'), ' ',
          h('time', {datetime: d.published || ''}, fmtDate(d.published)),
          d.author ? [' · ', t('doc.author'), ' ', h('span', {}, d.author)] : null, ' · ', t('doc.chars', {n: fmtNumber(d.chars)})),
        h('p', {class: 'meta'}, t('doc.source'), ': ', href ? h('a', {href, rel: 'noopener noreferrer nofollow', target: '_blank'}, d.source) : h('code', {}, d.source)),
        group, toggles),
      h('div', {class: 'reader-layout'}, body, h('aside', {class: 'side'}, events, entList))));
  drawText();

  function show(span) {
    const el = body.querySelector(`[data-start="${Number(span.start)}"]`);
    if (!el) return;
    for (const x of body.querySelectorAll('.target')) x.classList.remove('target');
    el.classList.add('target');
    el.setAttribute('tabindex', '-1');
    el.scrollIntoView({block: 'center'});
    el.focus({preventScroll: true});
  }
  if (target) {
    const el = body.querySelector('.target');
    if (el) {
      el.setAttribute('tabindex', '-1');
      requestAnimationFrame(() => { el.scrollIntoView({block: 'center'}); el.focus({preventScroll: true}); });
    }
  }
}
