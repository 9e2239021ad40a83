// Search as you type: debounced, the superseded request cancelled, results reachable with the arrow keys.

import { gql } from './api.js';
import { h, fill, route, entityHref, entityLabel, kindName, badge, snippet } from './dom.js';

const SEARCH = `
query ExplorerSearch($query: String!, $first: Int, $after: String) {
  search(query: $query, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { score snippet node { ...Summary } }
  }
}`;

const DEBOUNCE_MS = 200;

/**
 * Wires the header's search box: each pause in typing puts the words in the URL (one history entry
 * for a whole query: later keystrokes replace it) and renders the search view, which cancels the
 * request of the query it supersedes.
 */
export function searchBox(input, { currentRoute, render }) {
  let timer = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const url = route('search', '', { q: input.value.trim() });
      if (currentRoute().view === 'search') history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      render();
    }, DEBOUNCE_MS);
  });
  input.form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    const url = route('search', '', { q: input.value.trim() });
    if (location.hash !== url) location.hash = url;
    const first = document.querySelector('#results a');
    if (first) first.focus();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      const first = document.querySelector('#results a');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    } else if (e.key === 'Escape') {
      input.value = '';
    }
  });
}

function resultKeys(list, input) {
  list.addEventListener('keydown', (e) => {
    const items = [...list.querySelectorAll('a.result-link')];
    const i = items.indexOf(document.activeElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' && i < items.length - 1) { e.preventDefault(); items[i + 1].focus(); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); (i > 0 ? items[i - 1] : input).focus(); }
    else if (e.key === 'Escape') { e.preventDefault(); input.focus(); }
  });
}

export async function renderSearch(el, r, signal) {
  const input = document.getElementById('q');
  const query = r.params.get('q') || '';
  if (document.activeElement !== input) input.value = query;
  document.title = query ? `“${query}” · Governance graph explorer` : 'Governance graph explorer';
  if (!query) {
    fill(el, 
      h('h1', {}, 'Explore the governance graph'),
      h('p', {}, 'Instruments and their paragraphs, fora, stakeholder groups, roles and events, every fact with its source. ',
        'Type in the search box above; use ↓ and ↑ to move through the results.'),
      h('ul', { class: 'starts' },
        h('li', {}, h('a', { href: route('search', '', { q: 'multistakeholder' }) }, 'Search “multistakeholder”')),
        h('li', {}, h('a', { href: route('instrument', 'un/wsis/2005/tunis-agenda') }, 'The Tunis Agenda, paragraph by paragraph')),
        h('li', {}, h('a', { href: route('forum', 'itu') }, 'ITU: its organs, events and calendar')),
        h('li', {}, h('a', { href: route('timeline', '', { forum: 'ITU' }) }, 'ITU’s timeline')),
        h('li', {}, h('a', { href: route('path') }, 'Find how two entities are connected'))));
    return;
  }
  const data = await gql('ExplorerSearch', SEARCH, { query, first: 20 }, signal);
  const list = h('ol', { id: 'results', class: 'results', 'aria-label': 'Search results' });
  const more = h('button', { type: 'button', class: 'more' }, 'More results');
  const count = h('p', { id: 'result-count', class: 'count', 'aria-live': 'polite' });
  let shown = 0;
  const add = (conn) => {
    conn.edges.forEach((edge) => {
      const n = edge.node;
      list.append(h('li', { class: 'result' },
        h('a', { href: entityHref(n), class: 'result-link' },
          badge(kindName(n.__typename), `type-${n.__typename}`), ' ', h('span', { class: 'result-title' }, entityLabel(n))),
        edge.snippet ? h('p', { class: 'result-snippet' }, snippet(edge.snippet)) : null));
    });
    shown += conn.edges.length;
    count.textContent = `${conn.totalCount} ${conn.totalCount === 1 ? 'result' : 'results'} for “${query}”`
      + (shown < conn.totalCount ? `, ${shown} shown` : '');
    more.hidden = !conn.pageInfo.hasNextPage;
    more.onclick = async () => {
      const next = await gql('ExplorerSearch', SEARCH, { query, first: 20, after: conn.pageInfo.endCursor });
      add(next.search);
    };
  };
  add(data.search);
  resultKeys(list, input);
  fill(el, h('h1', { class: 'visually-hidden' }, 'Search results'), count, list, more);
  el.dataset.query = query;
}
