// One story: every report of the same happening side by side, each in its
// own language, with its source, modality, figures and evidence.

import {h, route, append} from '../dom.js';
import {t, fmtNumber} from '../i18n.js';
import {api} from '../api.js';
import {reportCard, storyHead, toneBadge} from '../ui.js';

export async function render(root, {arg, signal}) {
  const res = await api('stories/' + encodeURIComponent(arg), null, {signal});
  const st = res.story;
  const ents = res.entities;
  append(root, 
    h('p', {class: 'meta'}, t('story.title')),
    storyHead(st, ents, 'h1'),
    h('p', {class: 'meta'}, toneBadge(st.tone), ' · ', t('story.reports', {n: fmtNumber(st.reports.length)}),
      st.actor && st.target ? [' · ', h('a', {href: route('timeline', {a: st.actor, b: st.target})}, t('tl.title'))] : null),
    h('div', {class: 'side-by-side', id: 'reports'}, st.reports.map(rp => reportCard(rp, ents, res.documents, signal))));
}
