// The timeline: events and instruments in time order, filtered by forum, dates and kind.

import { gql } from './api.js';
import { h, fill, route, entityHref, badge } from './dom.js';

const TIMELINE = `
query ExplorerTimeline($filter: TimelineFilter, $after: String) {
  timeline(filter: $filter, first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { kind title date { value precision } node { __typename id
      ... on Instrument { key } ... on Event { key } } } }
  }
}`;

const FORA = `
query ExplorerFora { fora(first: 100) { edges { node { key acronym name } } } }`;

export async function renderTimeline(el, r, signal) {
  const forum = r.params.get('forum') || '';
  const from = r.params.get('from') || '';
  const to = r.params.get('to') || '';
  const kind = r.params.get('kind') || '';
  document.title = `Timeline${forum ? ' of ' + forum : ''} · Governance graph explorer`;
  const filter = {};
  if (forum) filter.forum = forum;
  if (from) filter.from = from;
  if (to) filter.to = to;
  if (kind) filter.kinds = [kind];
  const [fora, first] = await Promise.all([
    gql('ExplorerFora', FORA, {}, signal),
    gql('ExplorerTimeline', TIMELINE, { filter }, signal),
  ]);
  const select = h('select', { id: 'tl-forum', name: 'forum' }, h('option', { value: '' }, 'All fora'),
    fora.fora.edges.map(({ node }) => {
      const value = node.acronym || node.key;
      return h('option', { value, selected: value === forum }, node.acronym && node.acronym !== node.name ? `${node.acronym} · ${node.name}` : node.name);
    }));
  const kinds = h('select', { id: 'tl-kind', name: 'kind' },
    [['', 'Events and instruments'], ['EVENT', 'Events only'], ['INSTRUMENT', 'Instruments only']]
      .map(([value, text]) => h('option', { value, selected: value === kind }, text)));
  const dateField = (id, name, label, value) => h('div', { class: 'field' }, h('label', { for: id }, label),
    h('input', { id, name, value, inputmode: 'numeric', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', placeholder: 'YYYY[-MM[-DD]]', size: 10 }));
  const form = h('form', { class: 'timeline-form', 'aria-label': 'Filter the timeline' },
    h('div', { class: 'field' }, h('label', { for: 'tl-forum' }, 'Forum'), select),
    dateField('tl-from', 'from', 'From', from), dateField('tl-to', 'to', 'To', to),
    h('div', { class: 'field' }, h('label', { for: 'tl-kind' }, 'Show'), kinds),
    h('button', { type: 'submit', id: 'tl-apply' }, 'Apply'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    location.hash = route('timeline', '', Object.fromEntries([...data.entries()].filter(([, v]) => v)));
  });
  // A new forum applies at once; dates wait for Apply.
  select.addEventListener('change', () => form.requestSubmit());
  kinds.addEventListener('change', () => form.requestSubmit());

  const count = h('p', { id: 'timeline-count', class: 'count' });
  const years = h('div', { id: 'timeline', class: 'timeline' });
  const more = h('button', { type: 'button', class: 'more' }, 'Later entries');
  let shown = 0;
  let lastYear = null;
  let list = null;
  const add = (conn) => {
    for (const { node: entry } of conn.edges) {
      const year = entry.date.value.slice(0, 4);
      if (year !== lastYear) {
        lastYear = year;
        list = h('ol', { class: 'year-entries' });
        years.append(h('section', { class: 'year', 'aria-label': year }, h('h2', { class: 'year-h' }, year), list));
      }
      list.append(h('li', { class: `entry kind-${entry.kind.toLowerCase()}`, 'data-key': entry.node.key },
        h('time', { datetime: entry.date.value }, entry.date.value), ' ',
        badge(entry.kind === 'EVENT' ? 'Event' : 'Instrument', `type-${entry.node.__typename}`), ' ',
        h('a', { href: entityHref(entry.node) }, entry.title)));
    }
    shown += conn.edges.length;
    count.textContent = `${conn.totalCount} ${conn.totalCount === 1 ? 'entry' : 'entries'}${forum ? ` for ${forum}` : ''}`
      + (shown < conn.totalCount ? `, ${shown} shown` : '');
    more.hidden = !conn.pageInfo.hasNextPage;
    more.onclick = async () => add((await gql('ExplorerTimeline', TIMELINE, { filter, after: conn.pageInfo.endCursor })).timeline);
  };
  add(first.timeline);
  fill(el, h('h1', {}, forum ? `Timeline of ${forum}` : 'Timeline'), form, count, years, more);
}
