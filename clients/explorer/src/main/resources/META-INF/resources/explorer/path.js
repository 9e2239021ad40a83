// The path finder: the shortest connection between two entities, each hop with its sources.

import { gql } from './api.js';
import { h, fill, route, entityLink, entityLabel, kindName, badge, provenance } from './dom.js';

const PATH = `
query ExplorerPath($from: ID!, $to: ID!, $maxHops: Int) {
  path(from: $from, to: $to, maxHops: $maxHops) {
    length
    hops { relationship direction from { ...Summary } to { ...Summary } provenance { ...LinkProv } }
  }
}`;

const ENDS = `query ExplorerPathEnds($ids: [ID!]!) { nodes(ids: $ids) { ...Summary } }`;

const PICK = `
query ExplorerPick($query: String!) {
  search(query: $query, first: 8) { edges { node { ...Summary } } }
}`;

/** A search field that picks one entity: type, then choose a result (a button) from the list under it. */
function picker(name, label, chosen) {
  const hidden = h('input', { type: 'hidden', name, value: chosen ? chosen.id : '' });
  const current = h('p', { class: 'picked', id: `${name}-picked`, 'aria-live': 'polite' },
    chosen ? ['Chosen: ', badge(kindName(chosen.__typename), `type-${chosen.__typename}`), ' ', entityLabel(chosen)] : 'Nothing chosen yet');
  const list = h('ul', { class: 'pick-list', id: `${name}-options` });
  const input = h('input', { type: 'search', id: `${name}-search`, autocomplete: 'off', 'aria-describedby': `${name}-picked`,
    'aria-controls': `${name}-options`, placeholder: 'Type to search' });
  let timer = null;
  let controller = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if (controller) controller.abort();
      controller = new AbortController();
      const words = input.value.trim();
      if (!words) { list.replaceChildren(); return; }
      try {
        const data = await gql('ExplorerPick', PICK, { query: words }, controller.signal);
        list.replaceChildren(...data.search.edges.map(({ node }) => h('li', {},
          h('button', { type: 'button', class: 'pick', 'data-id': node.id, onclick: () => {
            hidden.value = node.id;
            current.replaceChildren('Chosen: ', badge(kindName(node.__typename), `type-${node.__typename}`), ' ', entityLabel(node));
            list.replaceChildren();
            input.value = '';
          } }, badge(kindName(node.__typename), `type-${node.__typename}`), ' ', entityLabel(node)))));
      } catch (e) {
        if (e.name !== 'AbortError') list.replaceChildren(h('li', { class: 'error-message' }, e.message));
      }
    }, 200);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && list.querySelector('button')) { e.preventDefault(); list.querySelector('button').focus(); }
  });
  list.addEventListener('keydown', (e) => {
    const items = [...list.querySelectorAll('button')];
    const i = items.indexOf(document.activeElement);
    if (e.key === 'ArrowDown' && i < items.length - 1) { e.preventDefault(); items[i + 1].focus(); }
    if (e.key === 'ArrowUp') { e.preventDefault(); (i > 0 ? items[i - 1] : input).focus(); }
  });
  return h('div', { class: 'picker' }, h('label', { for: `${name}-search` }, label), input, current, list, hidden);
}

export async function renderPath(el, r, signal) {
  const from = r.params.get('from');
  const to = r.params.get('to');
  const maxHops = Number(r.params.get('max') || 4);
  document.title = 'Path finder · Governance graph explorer';
  const ids = [from, to].filter(Boolean);
  const ends = ids.length ? (await gql('ExplorerPathEnds', ENDS, { ids }, signal)).nodes : [];
  const byId = Object.fromEntries(ends.filter(Boolean).map((n) => [n.id, n]));
  const hops = h('select', { id: 'max-hops', name: 'max' },
    [1, 2, 3, 4, 5, 6].map((n) => h('option', { value: n, selected: n === maxHops }, String(n))));
  const form = h('form', { class: 'path-form', 'aria-label': 'Find a path' },
    picker('from', 'From', byId[from]), picker('to', 'To', byId[to]),
    h('div', { class: 'hops-field' }, h('label', { for: 'max-hops' }, 'At most this many hops'), hops),
    h('button', { type: 'submit', id: 'find-path' }, 'Find the path'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    location.hash = route('path', '', { from: data.get('from'), to: data.get('to'), max: data.get('max') });
  });
  const result = h('section', { id: 'path-result', 'aria-labelledby': 'path-h' });
  fill(el, h('h1', {}, 'Path finder'),
    h('p', {}, 'The shortest connection between two entities, along relationships of any type and in either direction.'),
    form, result);
  if (!from || !to) return;
  const data = await gql('ExplorerPath', PATH, { from, to, maxHops }, signal);
  if (!data.path) {
    result.replaceChildren(h('h2', { id: 'path-h' }, `No path within ${maxHops} hops`));
    return;
  }
  const p = data.path;
  result.replaceChildren(
    h('h2', { id: 'path-h' }, `${p.length} ${p.length === 1 ? 'hop' : 'hops'} from `, entityLink(byId[from]), ' to ', entityLink(byId[to])),
    h('ol', { class: 'hops' }, p.hops.map((hop) => {
      const arrow = hop.direction === 'FORWARD' ? `—${hop.relationship}→` : `←${hop.relationship}—`;
      return h('li', { class: 'hop', 'data-relationship': hop.relationship },
        h('p', { class: 'hop-line' }, entityLink(hop.from), ' ', badge(arrow, 'rel'), ' ', entityLink(hop.to)),
        h('p', { class: 'hop-note' }, hop.direction === 'FORWARD'
          ? `${entityLabel(hop.from)} ${hop.relationship} ${entityLabel(hop.to)}`
          : `${entityLabel(hop.to)} ${hop.relationship} ${entityLabel(hop.from)} (walked backwards)`),
        provenance(hop.provenance));
    })));
}
