// The relation graph: entities as nodes (sized by their stories), actor
// pairs as lines (width by stories, colour from conflict red through grey
// to cooperation blue), laid out by a small force simulation written here;
// filtered by period, event type and level.

import {h, s, clear, route, append} from '../dom.js';
import {t, fmtNumber, typeName, kindName, TYPES} from '../i18n.js';
import {api} from '../api.js';
import {field, entityLink, loading, dataLink} from '../ui.js';
import {balance} from './home.js';

export async function render(root, {params, signal}) {
  const typeSel = h('select', {name: 'type'}, h('option', {value: ''}, t('tl.allTypes')), TYPES.map(ty => h('option', {value: ty}, typeName(ty))));
  typeSel.value = params.get('type') || '';
  const level = h('select', {name: 'level'}, ['actor', 'country', 'entity'].map(l => h('option', {value: l}, t('graph.level.' + l))));
  level.value = params.get('level') || 'actor';
  const from = h('input', {name: 'from', type: 'text', inputmode: 'numeric', placeholder: 'YYYY-MM', value: params.get('from') || '', size: 10, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?'});
  const to = h('input', {name: 'to', type: 'text', inputmode: 'numeric', placeholder: 'YYYY-MM', value: params.get('to') || '', size: 10, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?'});
  const min = h('input', {name: 'min', type: 'number', min: 1, value: params.get('min') || '1', size: 4});
  // the graph around one entity: its pairs only (from its page), kept when the form is applied
  const focus = params.get('entity') || '';
  const form = h('form', {class: 'bar-form', id: 'graph-form', onsubmit: e => {
    e.preventDefault();
    location.hash = route('graph', {entity: focus, type: typeSel.value, level: level.value, from: from.value, to: to.value, min: min.value === '1' ? '' : min.value});
  }}, field(t('tl.from'), from), field(t('tl.to'), to), field(t('tl.type'), typeSel), field(t('graph.level'), level), field(t('graph.min'), min),
  h('button', {type: 'submit'}, t('apply')));
  append(root, h('h1', {}, t('graph.title')), form, h('p', {class: 'hint'}, t('graph.help')));
  const wait = loading();
  append(root, wait);
  const query = {entity: focus, type: typeSel.value, level: level.value, from: from.value, to: to.value, min: min.value, limit: 150};
  const g = await api('graph', query, {signal});
  wait.remove();
  if (focus) {
    const node = g.nodes.find(n => n.id === focus);
    append(root, h('p', {class: 'focus', id: 'graph-focus'}, t('graph.around'), ' ',
      h('a', {href: route('entity/' + focus)}, node ? node.name : focus), ' · ',
      h('a', {href: route('graph', {type: typeSel.value, level: level.value, from: from.value, to: to.value, min: min.value === '1' ? '' : min.value})}, t('graph.all'))));
  }
  if (!g.edges.length) {
    const filtered = focus || typeSel.value || from.value || to.value || min.value !== '1';
    append(root, h('p', {role: 'status', class: 'empty'}, t(filtered ? 'graph.empty' : 'graph.none')));
    return;
  }
  const ents = Object.fromEntries(g.nodes.map(n => [n.id, n]));
  const fig = h('figure', {class: 'chart graph'});
  append(root, fig, h('p', {class: 'meta'}, g.truncated ? [t('graph.truncated'), ' '] : null, dataLink('graph', query, 'graph')));
  const view = new Graph(g, fig);
  view.layout();
  view.draw();
  let lastWidth = fig.clientWidth;
  const ro = new ResizeObserver(() => {
    if (fig.clientWidth !== lastWidth) { lastWidth = fig.clientWidth; view.draw(); }
  });
  ro.observe(fig);
  signal.addEventListener('abort', () => ro.disconnect());
  append(root, h('details', {class: 'tl-list'}, h('summary', {}, t('graph.edges'), ' (', fmtNumber(g.edges.length), ')'),
    h('table', {class: 'data'},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('graph.pair')), h('th', {scope: 'col'}, t('entity.count')),
        h('th', {scope: 'col'}, t('entity.coop') + ' / ' + t('entity.conflict')))),
      h('tbody', {}, g.edges.map(e => h('tr', {},
        h('td', {}, entityLink(ents, e.a), ' – ', entityLink(ents, e.b)),
        h('td', {class: 'num'}, h('a', {href: route('timeline', {a: e.a, b: e.b, from: from.value, to: to.value, type: typeSel.value})}, fmtNumber(e.events))),
        h('td', {}, h('span', {class: 'bar'}, balance(e)))))))));
}

// edgeColour mixes red (conflict) through grey to blue (cooperation).
function edgeColour(e) {
  const total = e.cooperation + e.conflict;
  const bal = total ? (e.cooperation - e.conflict) / total : 0; // -1 … 1
  const grey = [150, 150, 150], blue = [33, 102, 172], red = [178, 24, 43];
  const to = bal >= 0 ? blue : red, f = Math.abs(bal);
  const c = grey.map((g, i) => Math.round(g + (to[i] - g) * f));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

class Graph {
  constructor(g, fig) {
    this.g = g;
    this.fig = fig;
    this.nodes = g.nodes.map((n, i) => ({...n, i}));
    this.byId = new Map(this.nodes.map(n => [n.id, n]));
    this.edges = g.edges.map(e => ({...e, s: this.byId.get(e.a), t: this.byId.get(e.b)}));
    this.svg = s('svg', {class: 'graph', role: 'group', 'aria-label': t('graph.title')});
    append(fig, this.svg);
  }

  // layout runs a force simulation to rest: nodes repel (Coulomb), edges
  // pull (springs, stronger for more stories), a weak pull to the centre
  // keeps parts together. Start positions are on a circle, so the layout
  // is the same on every load.
  layout() {
    const n = this.nodes.length;
    this.nodes.forEach((nd, i) => {
      const a = 2 * Math.PI * i / n;
      nd.x = Math.cos(a) * 200; nd.y = Math.sin(a) * 200; nd.vx = 0; nd.vy = 0;
      nd.r = 5 + 3 * Math.sqrt(nd.events);
    });
    const maxE = Math.max(1, ...this.edges.map(e => e.events));
    for (let it = 0, temp = 1; it < 400; it++, temp *= 0.985) {
      for (let i = 0; i < n; i++) {
        const a = this.nodes[i];
        for (let j = i + 1; j < n; j++) {
          const b = this.nodes[j];
          let dx = a.x - b.x, dy = a.y - b.y;
          let d2 = dx * dx + dy * dy;
          if (d2 < 0.01) { dx = (i - j) * 0.1; dy = 0.1; d2 = dx * dx + dy * dy; }
          const f = 2400 / d2;
          const d = Math.sqrt(d2);
          a.vx += dx / d * f; a.vy += dy / d * f; b.vx -= dx / d * f; b.vy -= dy / d * f;
        }
      }
      for (const e of this.edges) {
        const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y;
        const d = Math.sqrt(dx * dx + dy * dy) || 1;
        const rest = 70 + e.s.r + e.t.r;
        const k = 0.04 * (0.5 + e.events / maxE);
        const f = (d - rest) * k;
        e.s.vx += dx / d * f; e.s.vy += dy / d * f; e.t.vx -= dx / d * f; e.t.vy -= dy / d * f;
      }
      for (const a of this.nodes) {
        if (a.fixed) { a.vx = a.vy = 0; continue; }
        a.vx -= a.x * 0.01; a.vy -= a.y * 0.01;
        const v = Math.sqrt(a.vx * a.vx + a.vy * a.vy);
        const cap = 30 * temp;
        if (v > cap) { a.vx *= cap / v; a.vy *= cap / v; }
        a.x += a.vx; a.y += a.vy;
        a.vx *= 0.5; a.vy *= 0.5;
      }
    }
  }

  draw() {
    const svg = this.svg;
    clear(svg);
    const w = Math.max(280, (this.fig.clientWidth || 800) - 18);
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    for (const n of this.nodes) { x0 = Math.min(x0, n.x - n.r); x1 = Math.max(x1, n.x + n.r); y0 = Math.min(y0, n.y - n.r); y1 = Math.max(y1, n.y + n.r); }
    // as tall as the layout needs at full scale, within bounds
    const hgt = Math.max(320, Math.min(680, w * 0.7, (y1 - y0 + 120) * Math.max(1, (x1 - x0 + 120) / w)));
    // fit the layout, but never blow a small graph up beyond its size
    const pad = 60;
    const vw = Math.max(x1 - x0 + 2 * pad, w), vh = Math.max(y1 - y0 + pad, hgt);
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    svg.setAttribute('viewBox', `${cx - vw / 2} ${cy - vh / 2} ${vw} ${vh}`);
    svg.setAttribute('width', w);
    svg.setAttribute('height', hgt);
    const maxE = Math.max(1, ...this.edges.map(e => e.events));
    const lines = s('g', {class: 'edges'});
    for (const e of this.edges) {
      const label = `${e.s.name} – ${e.t.name}: ${t('entity.stories', {n: e.events})}, ${t('entity.coop')} ${fmtNumber(e.cooperation, 1)}, ${t('entity.conflict')} ${fmtNumber(e.conflict, 1)}`;
      const a = s('a', {href: route('timeline', {a: e.a, b: e.b}), 'aria-label': label},
        s('line', {x1: e.s.x, y1: e.s.y, x2: e.t.x, y2: e.t.y, stroke: edgeColour(e), 'stroke-width': 1.5 + 6 * e.events / maxE, class: 'edge'}),
        s('title', {}, label));
      e.el = a.firstChild;
      lines.append(a);
    }
    const dots = s('g', {class: 'nodes'});
    for (const n of this.nodes) {
      const g = s('a', {href: route('entity/' + n.id), class: ['node', 'k-' + n.kind], 'aria-label': `${n.name}, ${kindName(n.kind)}, ${t('entity.stories', {n: n.events})}`},
        s('circle', {cx: n.x, cy: n.y, r: n.r}),
        s('text', {x: n.x + n.r + 3, y: n.y + 4}, n.name),
        s('title', {}, `${n.name} · ${kindName(n.kind)}${n.country ? ' · ' + n.country : ''}`));
      n.el = g;
      this.dragHandle(g, n);
      dots.append(g);
    }
    svg.append(lines, dots);
  }

  // dragHandle moves a node with the pointer; a drag does not follow the link.
  dragHandle(g, n) {
    g.addEventListener('pointerdown', e => {
      if (e.button !== 0) return;
      const pt = svgPoint(this.svg, e);
      const off = {x: n.x - pt.x, y: n.y - pt.y};
      let moved = false;
      const move = ev => {
        const p = svgPoint(this.svg, ev);
        n.x = p.x + off.x; n.y = p.y + off.y; n.fixed = true;
        moved = true;
        const [c, label] = g.querySelectorAll('circle, text');
        c.setAttribute('cx', n.x); c.setAttribute('cy', n.y);
        label.setAttribute('x', n.x + n.r + 3); label.setAttribute('y', n.y + 4);
        for (const ed of this.edges) {
          if (ed.s === n) { ed.el.setAttribute('x1', n.x); ed.el.setAttribute('y1', n.y); }
          if (ed.t === n) { ed.el.setAttribute('x2', n.x); ed.el.setAttribute('y2', n.y); }
        }
      };
      const up = () => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        if (moved) g.addEventListener('click', ev => ev.preventDefault(), {once: true});
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
    });
  }
}

function svgPoint(svg, e) {
  const p = svg.createSVGPoint();
  p.x = e.clientX; p.y = e.clientY;
  return p.matrixTransform(svg.getScreenCTM().inverse());
}
