// Add an article: pasted text or HTML goes through the same pipeline as
// `dossier ingest`. The token field shows when the server asks for one.

import {h, route, clear, append} from '../dom.js';
import {t} from '../i18n.js';
import {api} from '../api.js';
import {field, errorBox, loading, docTitle} from '../ui.js';

export async function render(root, {signal}) {
  append(root, h('h1', {}, t('add.title')));
  const health = await api('health', null, {signal});
  if (health.write_auth === 'disabled') {
    append(root, h('p', {class: 'note'}, t('add.disabled')));
    return;
  }
  const url = h('input', {name: 'url', type: 'url', placeholder: 'https://'});
  const title = h('input', {name: 'title', type: 'text'});
  const published = h('input', {name: 'published', type: 'text', placeholder: '2025-07-31', pattern: '\\d{4}-\\d{2}-\\d{2}'});
  const lang = h('select', {name: 'lang'}, h('option', {value: ''}, '—'), h('option', {value: 'de'}, 'Deutsch'), h('option', {value: 'en'}, 'English'));
  const format = h('select', {name: 'format'}, h('option', {value: 'text'}, t('add.format.text')), h('option', {value: 'html'}, t('add.format.html')));
  const text = h('textarea', {name: 'text', rows: 14, required: true});
  const token = h('input', {name: 'token', type: 'password', autocomplete: 'off'});
  const out = h('div', {role: 'status', 'aria-live': 'polite'});
  const form = h('form', {class: 'stack', id: 'add-form'},
    field(t('add.url'), url), field(t('add.titleField'), title), h('div', {class: 'bar-form'}, field(t('add.published'), published), field(t('add.lang'), lang), field(t('add.format'), format)),
    field(t('add.text'), text),
    health.write_auth === 'token' ? field(t('add.token'), token) : null,
    h('button', {type: 'submit', id: 'add-submit'}, t('add.submit')), out);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    clear(out);
    const body = {url: url.value.trim(), title: title.value.trim(), published: published.value.trim(), lang: lang.value};
    body[format.value === 'html' ? 'html' : 'text'] = text.value;
    const headers = {'Content-Type': 'application/json'};
    if (token.value) headers.Authorization = 'Bearer ' + token.value;
    // reading a long article takes a moment: say so, and do not take it twice
    const submit = form.querySelector('#add-submit');
    submit.disabled = true;
    form.setAttribute('aria-busy', 'true');
    append(out, loading());
    try {
      const res = await api('ingest', null, {method: 'POST', headers, body: JSON.stringify(body)});
      for (const w of out.querySelectorAll('.loading')) w.remove();
      const d = res.document;
      append(out, h('p', {}, t(res.added ? 'add.added' : 'add.present', {title: ''}), h('a', {href: route('doc/' + d.id)}, docTitle(d))),
        h('p', {class: 'meta'}, t('add.stats', {s: res.sentences, m: res.mentions, e: res.events})));
    } catch (err) {
      append(out, errorBox(err));
    } finally {
      for (const w of out.querySelectorAll('.loading')) w.remove();
      submit.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });
  append(root, form);
}
