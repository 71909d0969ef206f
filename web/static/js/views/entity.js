// An entity's page: names in every language, offices, curated relations,
// whom it deals with (cooperation and conflict), its events, and the
// documents that mention it, each with the sentence.

import {h, route, externalHref, Bytes, append} from '../dom.js';
import {t, fmtDate, fmtNumber, typeName, langName} from '../i18n.js';
import {api} from '../api.js';
import {docLine, entityLink, kindBadge, pager, annotate} from '../ui.js';
import {balance} from './home.js';

const LIMIT = 10;

export async function render(root, {arg, params, signal}) {
  const offset = Number(params.get('offset') || 0);
  const p = await api('entities/' + encodeURIComponent(arg), {limit: LIMIT, offset}, {signal});
  const e = p.entity;
  const ents = p.entities;
  const wd = e.wikidata ? externalHref('https://www.wikidata.org/wiki/' + encodeURIComponent(e.wikidata)) : null;
  append(root, 
    h('header', {class: 'entity-head'},
      h('h1', {}, e.name),
      h('p', {class: 'meta'}, kindBadge(e.kind), e.country ? ' · ' + e.country : '',
        wd ? [' · ', h('a', {href: wd, rel: 'noopener noreferrer', target: '_blank'}, t('entity.wikidata') + ' ' + e.wikidata)] : null),
      h('p', {class: 'actions'},
        h('a', {class: 'button', href: route('timeline', {a: e.id}), id: 'entity-timeline'}, t('entity.timeline')), ' ',
        h('a', {class: 'button', href: route('graph', {entity: e.id}), id: 'entity-graph'}, t('entity.graph')))),
    e.in_corpus ? null : h('p', {class: 'note'}, t('entity.notInCorpus')));

  const byLang = new Map();
  for (const a of p.aliases) {
    const k = a.lang || '*';
    if (!byLang.has(k)) byLang.set(k, []);
    byLang.get(k).push(a.text);
  }
  const grid = h('div', {class: 'cols'});
  append(root, grid);
  const left = h('div', {});
  const right = h('div', {});
  append(grid, left, right);

  if (p.aliases.length) {
    append(left, h('section', {'aria-labelledby': 'h-aliases'}, h('h2', {id: 'h-aliases'}, t('entity.aliases')),
      h('dl', {class: 'aliases'}, [...byLang].map(([l, names]) => [
        h('dt', {}, l === '*' ? t('entity.anyLang') : langName(l)),
        h('dd', {}, names.map((n, i) => [i ? ' · ' : '', h('span', {lang: l === '*' ? null : l}, n)]))]))));
  }
  if (p.roles.length) {
    append(left, h('section', {'aria-labelledby': 'h-roles'}, h('h2', {id: 'h-roles'}, t('entity.roles')),
      h('table', {class: 'data'},
        h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('entity.office')), h('th', {scope: 'col'}, t('entity.from')), h('th', {scope: 'col'}, t('entity.to')))),
        h('tbody', {}, p.roles.map(r => h('tr', {},
          h('td', {}, r.title || r.office, r.country ? h('span', {class: 'muted'}, ' · ' + r.country) : null),
          h('td', {}, r.start ? fmtDate(r.start) : '?'), h('td', {}, r.end ? fmtDate(r.end) : t('entity.now'))))))));
  }
  if (p.links.length) {
    append(left, h('section', {'aria-labelledby': 'h-links'}, h('h2', {id: 'h-links'}, t('entity.links')),
      // "capital of: Pyongyang" would say the opposite of the truth on North
      // Korea's page: an inward link reads "Pyongyang · capital of North Korea"
      h('ul', {class: 'plain'}, p.links.map(l => h('li', {}, l.direction === 'in' ?
        [entityLink(ents, l.entity), h('span', {class: 'muted'}, ' · ' + t('link.in', {type: l.type.replaceAll('_', ' '), name: e.name}))] :
        [h('span', {class: 'muted'}, t('link.out', {type: l.type.replaceAll('_', ' ')}) + ': '), entityLink(ents, l.entity)])))));
  }
  if (p.events.count) {
    const types = Object.entries(p.events.by_type).sort((a, b) => b[1] - a[1]);
    append(right, h('section', {'aria-labelledby': 'h-events'}, h('h2', {id: 'h-events'}, t('entity.events')),
      h('p', {}, t('entity.eventCount', {n: fmtNumber(p.events.count)}), ' · ', t('entity.asActor', {n: fmtNumber(p.events.as_actor)}), ' · ',
        t('entity.asTarget', {n: fmtNumber(p.events.as_target)}), ' · ', t('entity.stories', {n: fmtNumber(p.stories)})),
      h('ul', {class: 'chips'}, types.map(([ty, n]) => h('li', {},
        h('a', {href: route('timeline', {a: e.id, type: ty})}, typeName(ty), ' ', h('span', {class: 'count'}, fmtNumber(n))))))));
  }
  if (p.partners.length) {
    append(right, h('section', {'aria-labelledby': 'h-partners'}, h('h2', {id: 'h-partners'}, t('entity.partners')),
      h('table', {class: 'data', id: 'partners'},
        h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('entity.partner')), h('th', {scope: 'col'}, t('entity.count')),
          h('th', {scope: 'col'}, t('entity.coop') + ' / ' + t('entity.conflict')), h('th', {scope: 'col'}, t('entity.period')))),
        h('tbody', {}, p.partners.map(pa => h('tr', {},
          h('td', {}, entityLink(ents, pa.entity)),
          h('td', {}, h('a', {href: route('timeline', {a: e.id, b: pa.entity}), title: t('entity.pairTimeline', {name: (ents[pa.entity] || {}).name || pa.entity})},
            fmtNumber(pa.events))),
          h('td', {}, h('span', {class: 'bar', title: fmtNumber(pa.cooperation, 1) + ' / ' + fmtNumber(pa.conflict, 1)}, balance(pa))),
          h('td', {}, pa.from ? fmtDate(pa.from) + (pa.to && pa.to !== pa.from ? ' – ' + fmtDate(pa.to) : '') : '—')))))));
  }
  if (p.mentions.count) {
    const sec = h('section', {'aria-labelledby': 'h-mentions'}, h('h2', {id: 'h-mentions'}, t('entity.mentions')),
      h('p', {class: 'meta'}, t('entity.mentionCount', {n: fmtNumber(p.mentions.count), d: fmtNumber(p.mentions.documents)})),
      h('ul', {class: 'plain mentions'}, p.mentions.items.map(m => {
        let ctx = null;
        if (m.sentence) {
          // the sentence, with this mention marked (offsets are into the document)
          const b = new Bytes(m.sentence.text);
          const rel = {start: m.first.start - m.sentence.start, end: m.first.end - m.sentence.start, kind: 'm', entity: e.id};
          ctx = h('p', {class: 'snippet', lang: m.sentence.lang}, annotate(b, 0, b.length, [rel], {[e.id]: ents[e.id]}, {canon: false}));
        }
        return h('li', {}, docLine(m.doc, {s: m.sentence ? m.sentence.start : m.first.start, e: m.sentence ? m.sentence.end : m.first.end}), ctx,
          m.count > 1 ? h('span', {class: 'meta'}, '× ' + m.count) : null);
      })),
      pager(offset, LIMIT, p.mentions.more, off => { location.hash = route('entity/' + e.id, {offset: off || ''}); }));
    append(root, sec);
  }
}
