import { gql } from './api.js';

// Building the page with DOM methods only (no HTML parsing): links to entities, provenance, statements.

/** An element with attributes (`on…` adds a listener, `class` sets the class) and children (strings are text). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (name === 'class') el.className = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Replaces an element's children, leaving out null, undefined and false. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

/** A route: the view's name, the rest of its path, each segment encoded, and its parameters. */
export function route(view, path = '', params = {}) {
  const segments = path ? '/' + String(path).split('/').map(encodeURIComponent).join('/') : '';
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  const qs = query.toString();
  return `#/${view}${segments}${qs ? '?' + qs : ''}`;
}

/** The route of an entity's own page, from its Summary fields. */
export function entityHref(node) {
  switch (node.__typename) {
    case 'Instrument': return route('instrument', node.key);
    case 'Paragraph': return route('instrument', node.instrument ? node.instrument.key : node.key.split('#')[0], { p: node.eId });
    case 'Forum': return route('forum', node.key);
    case 'Event': return route('event', node.key);
    case 'Role': return route('role', node.key);
    case 'Topic': return route('topic', node.key);
    case 'StakeholderGroup': return route('group', node.key);
    default: return route('graph', '', { node: node.id });
  }
}

const KIND_NAMES = {
  Instrument: 'Instrument', Paragraph: 'Paragraph', Forum: 'Forum', Event: 'Event',
  Role: 'Role', Topic: 'Topic', StakeholderGroup: 'Stakeholder group',
};

export const kindName = (typename) => KIND_NAMES[typename] || typename;

/** What to call an entity in one line. */
export function entityLabel(node) {
  switch (node.__typename) {
    case 'Instrument':
      // A short symbol tells apart works that share a title (WTPF-13's Opinion 5 and the backgrounder).
      return node.symbol && !node.symbol.includes('/') && node.symbol.length <= 40 ? `${node.symbol}: ${node.displayTitle}` : node.displayTitle;
    case 'Paragraph': {
      const where = node.instrument ? node.instrument.displayTitle : node.key.split('#')[0];
      return `${where}, ${node.label ? '¶ ' + node.label : node.eId}`;
    }
    case 'Forum': return node.acronym && node.acronym !== node.name ? `${node.name} (${node.acronym})` : node.name;
    default: return node.name || node.key || node.id;
  }
}

export const badge = (text, cls = '') => h('span', { class: `badge ${cls}`.trim() }, text);

export const entityLink = (node) => h('a', { href: entityHref(node) }, entityLabel(node));

/** A snippet from the search API (`<mark>` around matches, `&`, `<`, `>` escaped) as text and mark elements. */
export function snippet(html) {
  const out = h('span', { class: 'snippet' });
  const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  html.split(/(<mark>.*?<\/mark>)/s).forEach((part) => {
    const m = /^<mark>(.*)<\/mark>$/s.exec(part);
    if (m) out.append(h('mark', {}, decode(m[1])));
    else if (part) out.append(decode(part));
  });
  return out;
}

/** The provenance entries of one fact: quoted words with their locator, curated statement with its link, derived rule. */
export function provenance(entries) {
  if (!entries || entries.length === 0) return h('p', { class: 'prov-none' }, 'No source recorded (a structural link).');
  return h('ul', { class: 'prov' }, entries.map((p) => {
    const kind = p.kind.toLowerCase();
    const parts = [badge(p.kind === 'DERIVED' ? 'Derived' : p.kind === 'QUOTED' ? 'Quoted' : 'Curated', `kind-${kind}`)];
    if (p.kind === 'QUOTED') {
      parts.push(h('blockquote', { class: 'quote' }, p.quote));
      parts.push(h('span', { class: 'locator' }, 'at ',
        h('a', { href: route('instrument', p.source, { p: p.locator }) }, p.locator),
        ' of ', h('cite', {}, p.sourceTitle || p.source)));
    } else if (p.kind === 'CURATED') {
      if (p.statement) parts.push(h('span', { class: 'statement' }, p.statement));
      parts.push(h('span', { class: 'locator' }, `curated fact ${p.source}`,
        p.url ? [' · ', h('a', { href: p.url, rel: 'noopener noreferrer', class: 'source-link' }, 'public record')] : null));
    } else {
      parts.push(h('span', { class: 'rule' }, `Rule: ${p.rule}`));
      if (p.derivedFrom && p.derivedFrom.length) parts.push(h('span', { class: 'locator' }, `from ${p.derivedFrom.join(', ')}`));
    }
    return h('li', { class: `prov-entry kind-${kind}` }, parts);
  }));
}

/** An entity's stored values, each with its sources; a value resting on a rule is marked "derived". */
export function statements(list) {
  if (!list || list.length === 0) return null;
  return h('section', { class: 'facts', 'aria-labelledby': 'facts-h' },
    h('h2', { id: 'facts-h' }, 'Facts and their sources'),
    h('dl', { class: 'facts-list' }, list.map((s) => {
      const derived = s.provenance.some((p) => p.kind === 'DERIVED');
      return [
        h('dt', {}, s.property),
        h('dd', { class: 'fact', 'data-property': s.property },
          h('span', { class: 'value' }, s.asWritten ? `${s.value} (“${s.asWritten}”)` : s.value),
          derived ? badge('derived', 'derived') : null,
          provenance(s.provenance)),
      ];
    })));
}

/**
 * A titled list of relationships: each the related entity, the relationship type and its sources.
 * With `lazy` ({id, type, field}), the items carry only their sources' kinds, and the sources
 * themselves are asked for when their details are opened: a page of many relationships stays cheap.
 */
export function links(title, items, pick, lazy) {
  if (!items || items.length === 0) return null;
  const id = 'h-' + title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return h('section', { class: 'links', 'aria-labelledby': id },
    h('h2', { id }, title, ' ', h('span', { class: 'count' }, `(${items.length})`)),
    h('ul', { class: 'link-list' }, items.map((item, index) => {
      const node = pick(item);
      const body = h('div', {}, lazy ? h('p', { class: 'prov-none' }, 'Loading…') : provenance(item.provenance));
      const details = h('details', { class: 'link-prov' }, h('summary', {}, `Sources (${(item.provenance || []).length})`), body);
      if (lazy) {
        details.addEventListener('toggle', () => {
          if (!details.open || details.dataset.loaded) return;
          details.dataset.loaded = 'true';
          linkSources(lazy).then((all) => fill(body, provenance(all[index])))
            .catch((e) => fill(body, h('p', { class: 'error-message' }, e.message)));
        });
      }
      return h('li', {},
        entityLink(node), ' ', item.relationship ? badge(item.relationship, 'rel') : null,
        item.pinpoint ? h('span', { class: 'pinpoint' }, ` (${item.pinpoint})`) : null,
        item.action ? h('span', { class: 'pinpoint' }, ` to ${item.action}`) : null,
        item.note ? h('span', { class: 'pinpoint' }, ` (${item.note})`) : null,
        details);
    })));
}

/** The sources of each item of one relationship field of an entity, in the field's order. */
async function linkSources({ id, type, field }) {
  const query = `query ExplorerLinkSources($id: ID!) { node(id: $id) { ... on ${type} { ${field} { provenance { ...LinkProv } } } } }`;
  const data = await gql('ExplorerLinkSources', query, { id });
  return [].concat(data.node[field] || []).map((item) => item.provenance);
}

/** Tools every entity page offers: its neighbourhood graph and paths from it, after a page's own (`first`). */
export function entityTools(node, ...first) {
  return h('p', { class: 'tools' },
    ...first,
    h('a', { href: route('graph', '', { node: node.id }), class: 'button' }, 'Show in graph'), ' ',
    h('a', { href: route('path', '', { from: node.id }), class: 'button' }, 'Find a path from here'));
}
