// Search: entities by any of their names, and sentences in any language.

import {h, route, snippet, append} from '../dom.js';
import {t, kindName, fmtNumber} from '../i18n.js';
import {api} from '../api.js';
import {docLine, loading, pager} from '../ui.js';

const LIMIT = 50;

export async function render(root, {params, signal}) {
  const q0 = params.get('q') || '';
  const lang0 = params.get('lang') || '';
  const offset = Number(params.get('offset') || 0);
  const input = h('input', {id: 'search-q', name: 'q', type: 'search', value: q0, autocomplete: 'off', spellcheck: 'false'});
  const lang = h('select', {id: 'search-lang', name: 'lang'},
    h('option', {value: ''}, t('search.any')), h('option', {value: 'de'}, 'Deutsch'), h('option', {value: 'en'}, 'English'));
  lang.value = lang0;
  append(root, h('h1', {}, t('search.title')),
    h('form', {class: 'bar-form', role: 'search', onsubmit: e => {
      e.preventDefault();
      location.hash = route('search', {q: input.value.trim(), lang: lang.value});
    }},
    h('div', {class: 'field grow'}, h('label', {for: 'search-q'}, t('search.label')), input),
    h('div', {class: 'field'}, h('label', {for: 'search-lang'}, t('search.lang')), lang),
    h('button', {type: 'submit'}, t('search.go'))));
  if (!q0) {
    append(root, h('p', {class: 'hint'}, t('search.hint')));
    input.focus();
    return;
  }
  const wait = loading();
  append(root, wait);
  const res = await api('search', {q: q0, lang: lang0, limit: LIMIT, offset}, {signal});
  wait.remove();
  if (!res.entities.length && !res.hits.length) {
    append(root, h('p', {role: 'status'}, t('search.none', {q: q0})));
    return;
  }
  if (res.entities.length) {
    append(root, h('section', {'aria-labelledby': 'h-ents'},
      h('h2', {id: 'h-ents'}, t('search.entities')),
      h('ul', {class: 'cards', id: 'entity-results'}, res.entities.map(e => h('li', {class: 'card'},
        h('a', {href: route('entity/' + e.id), class: ['ent', 'k-' + e.kind, 'big']}, e.name),
        h('p', {class: 'meta'}, kindName(e.kind), e.country ? ' · ' + e.country : '', ' · ',
          h('span', {class: e.in_corpus ? 'ok' : 'muted'}, e.in_corpus ? t('search.inCorpus') : t('search.kbOnly'))),
        e.aliases.length ? h('p', {class: 'aliases'}, e.aliases.join(' · ')) : null)))));
  }
  if (!res.hits.length) {
    // the names were found, but no sentence has all the words: say so
    append(root, h('p', {role: 'status', class: 'empty'}, t('search.noHits')));
  } else {
    append(root, h('section', {'aria-labelledby': 'h-hits'},
      // a full page says which part of the ranking it is, not "50 sentences"
      h('h2', {id: 'h-hits'}, t('search.sentences'), ' ', h('span', {class: 'meta'}, res.more || offset ?
        t('search.range', {a: fmtNumber(offset + 1), b: fmtNumber(offset + res.hits.length)}) : t('search.count', {n: fmtNumber(res.hits.length)}))),
      h('ol', {class: 'hits', start: offset + 1}, res.hits.map(hit => h('li', {},
        docLine({id: hit.doc.id, title: hit.title, source: hit.doc.source, published: hit.doc.published}, {s: hit.start, e: hit.end}),
        h('p', {class: 'snippet'}, snippet(hit.snippet))))),
      pager(offset, LIMIT, res.more, off => { location.hash = route('search', {q: q0, lang: lang0, offset: off || ''}); })));
  }
}
