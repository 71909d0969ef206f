// The timeline of one actor, or of a pair: every story (an event merged
// across reports) on a time axis, coloured by cooperation (blue) and
// conflict (red) and shaped so that colour is not the only cue; monthly
// sums below; zoom and pan with wheel, drag, buttons or keys; a click (or
// Enter) on an event shows its reports with the evidence sentences.

import {h, s, clear, route, announce, append} from '../dom.js';
import {t, fmtDate, fmtNumber, typeName, TYPES} from '../i18n.js';
import {api} from '../api.js';
import {entityInput, field, reportCard, storyHead, entityName, toneBadge, loading, dataLink} from '../ui.js';

// fill colours by PLOVER weight (aggregate.Weight): blue for cooperation,
// red for conflict, deeper for material than for verbal
const FILL = {'1': '#6baed6', '2': '#2166ac', '-1': '#f4a582', '-2': '#d6604d', '-3': '#8c0d25', '0': '#8c8c8c'};

const DAY = 86400000;

// span of a TIMEX date: [start, end) in ms
function dateSpan(v) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(v || '');
  if (!m) return null;
  const y = Number(m[1]);
  if (!m[2]) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  const mo = Number(m[2]) - 1;
  if (!m[3]) return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 1)];
  const d = Date.UTC(y, mo, Number(m[3]));
  return [d, d + DAY];
}

export async function render(root, {params, signal}) {
  const a = params.get('a') || '', b = params.get('b') || '';
  const typeSel = h('select', {name: 'type'}, h('option', {value: ''}, t('tl.allTypes')),
    TYPES.map(ty => h('option', {value: ty}, typeName(ty))));
  typeSel.value = params.get('type') || '';
  const from = h('input', {name: 'from', type: 'text', inputmode: 'numeric', placeholder: 'YYYY-MM', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', value: params.get('from') || '', size: 10});
  const to = h('input', {name: 'to', type: 'text', inputmode: 'numeric', placeholder: 'YYYY-MM', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', value: params.get('to') || '', size: 10});
  const form = h('form', {class: 'bar-form', id: 'timeline-form'},
    entityInput('a', t('tl.a'), a, {required: true}), entityInput('b', t('tl.b'), b),
    field(t('tl.type'), typeSel), field(t('tl.from'), from), field(t('tl.to'), to),
    h('button', {type: 'submit'}, t('tl.show')));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const fd = new FormData(form);
    location.hash = route('timeline', {a: asked('a'), b: asked('b'), type: fd.get('type'), from: fd.get('from'), to: fd.get('to')});
  });
  // an actor the page resolved shows by its name, not its id; unchanged,
  // the name is sent back as the id it stands for
  const asked = name => {
    const input = form.elements[name];
    const v = input.value.trim();
    return v && v === input.dataset.name ? input.dataset.id : v;
  };
  const title = h('h1', {}, t('tl.title'));
  append(root, title, form);
  if (!a) {
    append(root, h('p', {class: 'hint'}, t('tl.needA')));
    return;
  }
  const wait = loading();
  append(root, wait);
  const query = {a, b, type: params.get('type'), from: params.get('from'), to: params.get('to'), limit: 500};
  const res = await api('timeline', query, {signal});
  wait.remove();
  const ents = res.entities;
  append(clear(title), res.a.name, res.b ? [' – ', res.b.name] : null);
  for (const [name, e] of [['a', res.a], ['b', res.b]]) {
    const input = form.elements[name];
    if (e && input.value.trim() === e.id && e.name) {
      Object.assign(input.dataset, {id: e.id, name: e.name});
      input.value = e.name;
    }
  }
  append(root, h('p', {class: 'meta', id: 'tl-summary'}, t('tl.summary', {n: fmtNumber(res.total), r: fmtNumber(res.reports)}),
    res.summary.events ? [' · ', t('entity.coop'), ' ', fmtNumber(res.summary.cooperation, 1), ' · ', t('entity.conflict'), ' ', fmtNumber(res.summary.conflict, 1)] : null,
    res.items.length ? [' · ', dataLink('timeline', query, 'timeline')] : null));
  if (!res.items.length) {
    append(root, h('p', {role: 'status', class: 'empty'}, t(res.b ? 'tl.empty' : 'tl.emptyOne')));
    return;
  }
  const stories = res.items;
  const detail = h('section', {id: 'detail', class: 'detail', 'aria-live': 'polite', 'aria-label': t('story.evidence')});
  const chart = new Chart(stories, res, ents, st => select(st, true));
  const list = storyTable(stories, ents, st => select(st, true));
  append(root, h('div', {class: 'tl-layout'}, h('div', {class: 'tl-main'}, chart.el, list), detail));
  chart.draw();
  // redraw when the chart's width changes (the window, or the detail panel
  // opening beside it)
  let lastWidth = chart.el.clientWidth;
  const ro = new ResizeObserver(() => {
    if (chart.el.clientWidth !== lastWidth) { lastWidth = chart.el.clientWidth; chart.draw(); }
  });
  ro.observe(chart.el);
  signal.addEventListener('abort', () => ro.disconnect());

  function select(st, fromUser) {
    chart.select(st.id);
    for (const tr of list.querySelectorAll('tr[data-story]')) tr.classList.toggle('sel', tr.dataset.story === st.id);
    append(clear(detail), 
      h('div', {class: 'detail-head'}, storyHead(st, ents, 'h2'),
        h('button', {type: 'button', class: 'close', 'aria-label': t('close'), onclick: () => { clear(detail); chart.focus(); }}, '×')),
      h('p', {class: 'meta'}, toneBadge(st.tone), ' · ', t('story.reports', {n: st.reports.length}), ' · ',
        h('a', {href: route('story/' + st.id)}, t('story.open'))),
      st.reports.map(rp => reportCard(rp, ents, null, signal)));
    if (fromUser) announce(typeName(st.type, st.mode) + ', ' + fmtDate(st.date && st.date.value));
  }
}

function storyTable(stories, ents, onSelect) {
  return h('details', {class: 'tl-list', open: stories.length <= 40 || null},
    h('summary', {}, t('tl.list'), ' (', fmtNumber(stories.length), ')'),
    h('table', {class: 'data'},
      h('thead', {}, h('tr', {}, ['tl.date', 'tl.what', 'tl.who', 'tl.reports', 'tl.tone'].map(k => h('th', {scope: 'col'}, t(k))))),
      h('tbody', {}, stories.map(st => h('tr', {'data-story': st.id},
        h('td', {}, h('time', {datetime: st.date ? st.date.value : ''}, fmtDate(st.date && st.date.value))),
        h('td', {}, h('button', {type: 'button', class: 'linklike', onclick: () => onSelect(st)}, typeName(st.type, st.mode))),
        h('td', {}, entityName(ents, st.actor), ' → ', entityName(ents, st.target)),
        h('td', {class: 'num'}, String(st.reports.length)),
        h('td', {}, h('span', {class: ['swatch', 'tone-' + st.tone], 'aria-hidden': 'true'}), ' ', h('span', {class: 'tone-text'}, t('tone.' + st.tone))))))));
}

class Chart {
  constructor(stories, res, ents, onSelect) {
    this.stories = stories;
    this.res = res;
    this.ents = ents;
    this.onSelect = onSelect;
    this.selected = null;
    this.focusIdx = 0;
    this.dated = stories.filter(st => st.date && dateSpan(st.date.value)).map(st => ({st, span: dateSpan(st.date.value)}));
    this.undated = stories.filter(st => !st.date || !dateSpan(st.date.value));
    this.dated.sort((x, y) => x.span[0] - y.span[0] || (x.span[1] - x.span[0]) - (y.span[1] - y.span[0]));
    let lo = Infinity, hi = -Infinity;
    for (const d of this.dated) { lo = Math.min(lo, d.span[0]); hi = Math.max(hi, d.span[1]); }
    for (const m of res.summary.months) {
      const sp = dateSpan(m.month);
      lo = Math.min(lo, sp[0]); hi = Math.max(hi, sp[1]);
    }
    if (!isFinite(lo)) { lo = Date.now() - 365 * DAY; hi = Date.now(); }
    const pad = Math.max((hi - lo) * 0.04, 15 * DAY);
    this.full = [lo - pad, hi + pad];
    this.domain = [...this.full];
    this.svg = s('svg', {class: 'timeline', role: 'group', 'aria-roledescription': 'timeline', 'aria-label': t('tl.keys')});
    this.svg.addEventListener('wheel', e => this.wheel(e), {passive: false});
    this.svg.addEventListener('pointerdown', e => this.dragStart(e));
    this.svg.addEventListener('keydown', e => this.key(e));
    const zoom = (f) => () => this.zoom(f, 0.5);
    this.el = h('figure', {class: 'chart'},
      h('div', {class: 'toolbar', role: 'toolbar', 'aria-label': t('tl.title')},
        h('button', {type: 'button', onclick: zoom(0.5), 'aria-label': t('tl.zoomIn'), title: t('tl.zoomIn') + ' (+)'}, '+'),
        h('button', {type: 'button', onclick: zoom(2), 'aria-label': t('tl.zoomOut'), title: t('tl.zoomOut') + ' (−)'}, '−'),
        h('button', {type: 'button', onclick: () => { this.domain = [...this.full]; this.draw(); }, title: t('tl.zoomReset') + ' (0)'}, t('tl.zoomReset')),
        h('span', {class: 'legend'},
          legendItem('cooperation', FILL['2'], t('tone.cooperation')), legendItem('conflict', FILL['-2'], t('tone.conflict')),
          h('span', {class: 'muted'}, t('tl.months')))),
      this.svg,
      h('figcaption', {class: 'meta'}, t('tl.keys')),
      this.undated.length ? h('div', {class: 'undated'}, h('h3', {}, t('tl.undated')),
        h('ul', {class: 'chips'}, this.undated.map(st => h('li', {}, h('button', {type: 'button', class: ['tone-' + st.tone, 'chip'],
          onclick: () => this.onSelect(st)}, typeName(st.type, st.mode), ': ', entityName(ents, st.actor), ' → ', entityName(ents, st.target)))))) : null);
  }

  lanes() {
    const {a, b} = this.res;
    const lanes = [{key: 'a', label: t('tl.acts', {name: a.name})}];
    if (b) lanes.push({key: 'b', label: t('tl.acts', {name: b.name})});
    // the rest: others acting on the actor, or (for a pair) neither side acting
    if (this.dated.some(d => !d.st.side || (!b && d.st.side !== 'a'))) lanes.push({key: '', label: b ? t('tl.others') : t('tl.actedOn', {name: a.name})});
    return lanes;
  }

  x(ms) {
    return this.left + (ms - this.domain[0]) / (this.domain[1] - this.domain[0]) * (this.width - this.left - 12);
  }

  invert(px) {
    return this.domain[0] + (px - this.left) / (this.width - this.left - 12) * (this.domain[1] - this.domain[0]);
  }

  draw() {
    const svg = this.svg;
    const hadFocus = svg.contains(document.activeElement);
    clear(svg);
    this.width = Math.max(280, (this.el.clientWidth || 800) - 18);
    this.left = this.width < 500 ? 8 : 120;
    const lanes = this.lanes();
    const minLaneH = 64, maxLaneH = 480, top = 8, monthsH = 70, axisH = 26;
    // place the events first: marks stacked where they would overlap make
    // their lane as tall as it needs (up to a limit), instead of spilling
    // over the lanes, the toolbar and the monthly bars
    const placed = lanes.map(() => []);
    const reach = lanes.map(() => 0);
    const marks = [];
    for (const d of this.dated) {
      const li = Math.max(0, lanes.findIndex(ln => ln.key === (d.st.side || '')));
      const x = this.x((d.span[0] + d.span[1]) / 2);
      if (x < this.left - 20 || x > this.width + 20) continue;
      const r = Math.min(11, 4 + 2 * Math.sqrt(d.st.reports.length));
      const taken = placed[li];
      let off = 0;
      for (let k = 0; k < 80; k++) {
        const o = (k % 2 ? 1 : -1) * Math.ceil(k / 2) * (r + 1);
        if (Math.abs(o) + r > maxLaneH / 2 - 4) break; // full: overlap at the centre
        if (!taken.some(p => Math.abs(p.x - x) < p.r + r && Math.abs(p.off - o) < p.r + r)) { off = o; break; }
      }
      taken.push({x, off, r});
      reach[li] = Math.max(reach[li], Math.abs(off) + r);
      marks.push({d, li, x, off, r});
    }
    const laneHs = reach.map(v => Math.min(maxLaneH, Math.max(minLaneH, Math.ceil(2 * v + 8))));
    const laneTops = [];
    let lanesEnd = top;
    for (const lh of laneHs) { laneTops.push(lanesEnd); lanesEnd += lh; }
    const height = lanesEnd + monthsH + axisH;
    svg.setAttribute('viewBox', `0 0 ${this.width} ${height}`);
    svg.setAttribute('width', this.width);
    svg.setAttribute('height', height);
    const clipId = 'tl-clip';
    svg.append(s('defs', {}, s('clipPath', {id: clipId}, s('rect', {x: this.left, y: 0, width: this.width - this.left - 8, height}))));
    const plot = s('g', {'clip-path': `url(#${clipId})`});
    // lanes
    lanes.forEach((ln, i) => {
      const y = laneTops[i], laneH = laneHs[i];
      svg.append(s('rect', {x: 0, y, width: this.width, height: laneH, class: i % 2 ? 'lane odd' : 'lane'}));
      if (this.left > 20) svg.append(s('text', {x: 6, y: y + laneH / 2 + 4, class: 'lane-label'}, clip(ln.label, 18)));
      else svg.append(s('text', {x: 6, y: y + 12, class: 'lane-label'}, ln.label));
    });
    // axis ticks
    const axisY = lanesEnd + monthsH;
    for (const tk of ticks(this.domain, this.width - this.left)) {
      const x = this.x(tk.ms);
      plot.append(s('line', {x1: x, x2: x, y1: top, y2: axisY, class: 'grid'}));
      plot.append(s('text', {x: x + 3, y: axisY + 16, class: 'tick'}, tk.label));
    }
    // months: cooperation up, conflict down
    const base = lanesEnd + monthsH / 2;
    const maxv = Math.max(1, ...this.res.summary.months.map(m => Math.max(m.cooperation, m.conflict)));
    const scale = (monthsH / 2 - 4) / maxv;
    for (const m of this.res.summary.months) {
      const [m0, m1] = dateSpan(m.month);
      const x0 = this.x(m0), w = Math.max(1, this.x(m1) - x0 - 1);
      const label = `${fmtDate(m.month)}: ${t('entity.coop')} ${fmtNumber(m.cooperation, 1)}, ${t('entity.conflict')} ${fmtNumber(m.conflict, 1)}`;
      if (m.cooperation) plot.append(s('rect', {x: x0, y: base - m.cooperation * scale, width: w, height: m.cooperation * scale, class: 'mcoop'}, s('title', {}, label)));
      if (m.conflict) plot.append(s('rect', {x: x0, y: base, width: w, height: m.conflict * scale, class: 'mconf'}, s('title', {}, label)));
    }
    plot.append(s('line', {x1: this.left, x2: this.width, y1: base, y2: base, class: 'baseline'}));
    // the events, where they were placed
    this.marks = [];
    for (const {d, li, x, off, r} of marks) {
      const y = laneTops[li] + laneHs[li] / 2 + off;
      const x0 = this.x(d.span[0]), x1 = this.x(d.span[1]);
      const g = s('g', {class: ['ev', 'tone-' + d.st.tone, d.st.id === this.selected ? 'sel' : null], role: 'button', tabindex: '-1',
        'data-story': d.st.id, 'data-langs': [...new Set(d.st.reports.map(rp => rp.lang))].join(' '),
        'aria-label': `${fmtDate(d.st.date.value)}: ${typeName(d.st.type, d.st.mode)}, ${entityName(this.ents, d.st.actor)} → ${entityName(this.ents, d.st.target)}, ${t('story.reports', {n: d.st.reports.length})}, ${t('tone.' + d.st.tone)}`});
      if (x1 - x0 > 2 * r) g.append(s('line', {x1: x0, x2: x1, y1: y, y2: y, class: 'period'}));
      g.append(shape(d.st, x, y, r), s('title', {}, g.getAttribute('aria-label')));
      g.addEventListener('click', () => { this.focusIdx = this.marks.indexOf(g); this.onSelect(d.st); });
      plot.append(g);
      this.marks.push(g);
    }
    svg.append(plot);
    if (this.marks.length) {
      this.focusIdx = Math.min(this.focusIdx, this.marks.length - 1);
      const sel = this.marks.findIndex(g => g.dataset.story === this.selected);
      if (sel >= 0) this.focusIdx = sel;
      this.marks[this.focusIdx].setAttribute('tabindex', '0');
      if (hadFocus) this.marks[this.focusIdx].focus();
    } else {
      svg.setAttribute('tabindex', '0');
    }
  }

  select(id) {
    this.selected = id;
    for (const g of this.marks || []) g.classList.toggle('sel', g.dataset.story === id);
  }

  focus() {
    if (this.marks && this.marks[this.focusIdx]) this.marks[this.focusIdx].focus();
  }

  zoom(factor, at) {
    const [d0, d1] = this.domain;
    const c = d0 + (d1 - d0) * at;
    let w = (d1 - d0) * factor;
    w = Math.max(7 * DAY, Math.min(w, (this.full[1] - this.full[0]) * 4));
    this.domain = [c - w * at, c + w * (1 - at)];
    this.draw();
  }

  pan(frac) {
    const w = this.domain[1] - this.domain[0];
    this.domain = [this.domain[0] + w * frac, this.domain[1] + w * frac];
    this.draw();
  }

  wheel(e) {
    e.preventDefault();
    const rect = this.svg.getBoundingClientRect();
    const at = Math.min(1, Math.max(0, (e.clientX - rect.left - this.left) / (rect.width - this.left - 12)));
    this.zoom(e.deltaY > 0 ? 1.25 : 0.8, at);
  }

  dragStart(e) {
    if (e.button !== 0 || e.target.closest('g.ev')) return;
    const x0 = e.clientX, d = [...this.domain];
    const pxPerMs = (this.width - this.left - 12) / (d[1] - d[0]);
    const move = ev => {
      const dx = (ev.clientX - x0) / pxPerMs;
      this.domain = [d[0] - dx, d[1] - dx];
      this.draw();
    };
    const up = () => { window.removeEventListener('pointermove', move); window.removeEventListener('pointerup', up); };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  }

  key(e) {
    const k = e.key;
    if (k === '+' || k === '=') { this.zoom(0.5, this.focusAt()); } else if (k === '-' || k === '_') { this.zoom(2, this.focusAt()); } else if (k === '0') {
      this.domain = [...this.full]; this.draw();
    } else if ((k === 'ArrowRight' || k === 'ArrowLeft') && e.shiftKey) {
      this.pan(k === 'ArrowRight' ? 0.2 : -0.2);
    } else if (k === 'ArrowRight' || k === 'ArrowLeft' || k === 'Home' || k === 'End') {
      if (!this.marks.length) return;
      const cur = this.focusIdx;
      let next = k === 'ArrowRight' ? cur + 1 : k === 'ArrowLeft' ? cur - 1 : k === 'Home' ? 0 : this.marks.length - 1;
      next = Math.max(0, Math.min(this.marks.length - 1, next));
      this.marks[cur].setAttribute('tabindex', '-1');
      this.marks[next].setAttribute('tabindex', '0');
      this.marks[next].focus();
      this.focusIdx = next;
    } else if ((k === 'Enter' || k === ' ') && e.target.closest('g.ev')) {
      const id = e.target.closest('g.ev').dataset.story;
      const st = this.stories.find(x => x.id === id);
      if (st) this.onSelect(st);
    } else {
      return;
    }
    e.preventDefault();
  }

  focusAt() {
    const g = this.marks && this.marks[this.focusIdx];
    if (!g) return 0.5;
    const bb = g.getBBox();
    return Math.min(1, Math.max(0, (bb.x + bb.width / 2 - this.left) / (this.width - this.left - 12)));
  }
}

function legendItem(tone, fill, label) {
  const sv = s('svg', {width: 14, height: 14, viewBox: '0 0 14 14', 'aria-hidden': 'true'}, shape({tone, weight: tone === 'conflict' ? -2 : 2}, 7, 7, 5));
  sv.querySelector('*').setAttribute('fill', fill);
  return h('span', {class: 'legend-item'}, sv, ' ', label);
}

// shape: circle for cooperation, diamond for conflict, square otherwise
function shape(st, x, y, r) {
  const fill = FILL[String(st.weight)] || FILL['0'];
  if (st.tone === 'cooperation') return s('circle', {cx: x, cy: y, r, fill, class: 'mark'});
  if (st.tone === 'conflict') {
    const q = r * 1.25;
    return s('path', {d: `M${x} ${y - q}L${x + q} ${y}L${x} ${y + q}L${x - q} ${y}Z`, fill, class: 'mark'});
  }
  return s('rect', {x: x - r * 0.85, y: y - r * 0.85, width: r * 1.7, height: r * 1.7, fill, class: 'mark'});
}

function clip(str, n) { return str.length > n ? str.slice(0, n - 1) + '…' : str; }

// ticks picks a step (days, months or years) that gives about one label per
// 110 pixels.
function ticks([d0, d1], px) {
  const want = Math.max(2, Math.floor(px / 110));
  const spanDays = (d1 - d0) / DAY;
  const stepsM = [1, 2, 3, 6, 12, 24, 60, 120];
  const out = [];
  if (spanDays / want < 20) {
    const step = [1, 2, 7, 14].find(s => spanDays / s <= want) || 14;
    const start = new Date(d0);
    let t0 = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
    for (let ms = t0; ms <= d1 && out.length < 60; ms += step * DAY) {
      if (ms >= d0) { const d = new Date(ms); out.push({ms, label: fmtDate(d.toISOString().slice(0, 10))}); }
    }
    return out;
  }
  const step = stepsM.find(s => spanDays / 30.4 / s <= want) || 120;
  const start = new Date(d0);
  let y = start.getUTCFullYear(), m = start.getUTCMonth();
  m = Math.ceil(m / Math.min(step, 12)) * Math.min(step, 12);
  if (step >= 12) { y = Math.ceil((y + (m > 0 ? 1 : 0)) / (step / 12)) * (step / 12); m = 0; }
  for (let i = 0; i < 200; i++) {
    const ms = Date.UTC(y, m, 1);
    if (ms > d1) break;
    if (ms >= d0) out.push({ms, label: step >= 12 ? String(new Date(ms).getUTCFullYear()) : fmtDate(new Date(ms).toISOString().slice(0, 7))});
    m += step;
    while (m >= 12) { m -= 12; y++; }
  }
  return out;
}
