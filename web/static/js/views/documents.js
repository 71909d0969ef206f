// The list of documents, newest first, filtered by language and date.

import {h, route, append} from '../dom.js';
import {t} from '../i18n.js';
import {api} from '../api.js';
import {docLine, pager, field, emptyStore} from '../ui.js';

const LIMIT = 25;

export async function render(root, {params, signal}) {
  const lang = h('select', {name: 'lang'}, h('option', {value: ''}, t('search.any')), h('option', {value: 'de'}, 'Deutsch'), h('option', {value: 'en'}, 'English'));
  lang.value = params.get('lang') || '';
  const from = h('input', {type: 'date', name: 'from', value: params.get('from') || ''});
  const to = h('input', {type: 'date', name: 'to', value: params.get('to') || ''});
  const offset = Number(params.get('offset') || 0);
  const go = off => { location.hash = route('documents', {lang: lang.value, from: from.value, to: to.value, offset: off || ''}); };
  append(root, h('h1', {}, t('docs.title')),
    h('form', {class: 'bar-form', onsubmit: e => { e.preventDefault(); go(0); }},
      field(t('search.lang'), lang), field(t('docs.from'), from), field(t('docs.to'), to), h('button', {type: 'submit'}, t('apply'))));
  const res = await api('documents', {lang: lang.value, from: from.value, to: to.value, limit: LIMIT, offset}, {signal});
  const filtered = lang.value || from.value || to.value || offset;
  append(root, res.items.length ? h('ul', {class: 'plain docs'}, res.items.map(d => h('li', {}, docLine(d)))) :
    filtered ? h('p', {role: 'status'}, t('empty.filtered')) : emptyStore(),
    pager(offset, LIMIT, res.more, go));
}
