// The start page: a search field, the latest documents and the strongest
// relations.

import {h, route, append} from '../dom.js';
import {t, fmtNumber} from '../i18n.js';
import {api} from '../api.js';
import {docLine, emptyStore} from '../ui.js';

export async function render(root, {signal}) {
  const q = h('input', {id: 'home-q', type: 'search', name: 'q', autocomplete: 'off', spellcheck: 'false', placeholder: 'Lawrow, Nordkorea, Kursk …'});
  append(root, 
    h('h1', {}, t('home.title')),
    h('form', {class: 'bigsearch', role: 'search', onsubmit: e => {
      e.preventDefault();
      if (q.value.trim()) location.hash = route('search', {q: q.value.trim()});
    }}, h('label', {for: 'home-q'}, t('search.label')), h('div', {class: 'row'}, q, h('button', {type: 'submit'}, t('search.go')))),
    h('p', {class: 'hint'}, t('search.hint')));
  const [docs, rels] = await Promise.all([
    api('documents', {limit: 8}, {signal}),
    api('relations', {limit: 8, level: 'country'}, {signal}),
  ]);
  append(root, h('div', {class: 'cols'},
    h('section', {'aria-labelledby': 'h-recent'},
      h('h2', {id: 'h-recent'}, t('home.recent')),
      docs.items.length ? [h('ul', {class: 'plain'}, docs.items.map(d => h('li', {}, docLine(d)))),
        h('p', {}, h('a', {href: '#/documents'}, t('home.all') + ' →'))] : emptyStore()),
    h('section', {'aria-labelledby': 'h-rel'},
      h('h2', {id: 'h-rel'}, t('home.relations')),
      rels.items.length ? h('ul', {class: 'plain rels'}, rels.items.map(r => h('li', {},
        h('a', {href: route('timeline', {a: r.a, b: r.b})}, (rels.entities[r.a] || {}).name || r.a, ' – ', (rels.entities[r.b] || {}).name || r.b),
        ' ', h('span', {class: 'meta'}, t('entity.stories', {n: fmtNumber(r.events)})),
        ' ', h('span', {class: 'bar', 'aria-hidden': 'true'}, balance(r))))) : h('p', {class: 'muted'}, t('none')))));
}

// balance is a small bar: cooperation (blue) against conflict (red).
export function balance(r) {
  const total = r.cooperation + r.conflict || 1;
  const coop = h('span', {class: 'coop'});
  const conf = h('span', {class: 'conf'});
  coop.style.width = (60 * r.cooperation / total).toFixed(1) + 'px';
  conf.style.width = (60 * r.conflict / total).toFixed(1) + 'px';
  return [coop, conf];
}
