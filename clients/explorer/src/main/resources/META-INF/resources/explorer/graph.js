// The neighbourhood graph: an entity and what it is related to, each edge named by its relationship
// type; clicking a node (or its Expand button in the list beside the drawing) adds its neighbours.

import { gql } from './api.js';
import { h, fill, route, entityHref, entityLabel, kindName, badge, provenance } from './dom.js';

// The relationship fields of each kind of entity: [field, direction, the link's entity field].
// A direction is 'out' (stored from this entity), 'in' (stored towards it), or decided by the type.
const TO_TOPIC = new Set(['RECOGNIZES', 'ADDRESSES', 'FOCUSES_ON', 'PROPOSES', 'DEFINES', 'REFERS_TO']);
const topicDir = (rel) => (TO_TOPIC.has(rel) ? 'out' : 'in');
const outputDir = (rel) => (rel === 'FEEDS_INTO' ? 'out' : 'in');
const eventTopicDir = (rel) => (TO_TOPIC.has(rel) ? 'out' : 'in');

const FIELDS = {
  Instrument: [
    ['issuedBy', 'out', 'forum'], ['producedBy', 'out', 'node'], ['adoptedAt', 'out', 'event'],
    ['revises', 'out', 'instrument'], ['revisedBy', 'in', 'instrument'], ['versionOf', 'out', 'instrument'],
    ['versions', 'in', 'instrument'], ['topics', topicDir, 'topic'], ['invites', 'out', 'stakeholderGroup'],
    ['seeksCollaborationOf', 'out', 'stakeholderGroup'], ['preparedFor', 'out', 'event'], ['announces', 'out', 'event'],
    ['citesOutcomesOf', 'out', 'event'], ['feedsInto', 'out', 'node'], ['fedBy', 'in', 'node'], ['establishes', 'in', 'forum'],
  ],
  Paragraph: [
    ['roles', 'out', 'role'], ['topics', topicDir, 'topic'], ['quotes', 'out', 'paragraph'], ['quotedBy', 'in', 'paragraph'],
  ],
  Forum: [
    ['parent', 'out', 'forum'], ['organs', 'in', 'forum'], ['secretariatOf', 'out', 'forum'], ['secretariat', 'in', 'forum'],
    ['establishedBy', 'out', 'instrument'], ['membershipCategories', 'in', 'stakeholderGroup'], ['topics', (rel) => (rel === 'RECOGNIZES' ? 'out' : 'in'), 'topic'],
    ['remoteParticipationFor', 'in', 'event'], ['contactFor', 'in', 'event'],
  ],
  Event: [
    ['meetingOf', 'out', 'forum'], ['convenedBy', 'out', 'forum'], ['partOf', 'out', 'event'], ['parts', 'in', 'event'],
    ['heldDuring', 'out', 'event'], ['hostedEvents', 'in', 'event'], ['outputs', outputDir, 'instrument'],
    ['feedsInto', 'out', 'node'], ['fedBy', 'in', 'node'], ['topics', eventTopicDir, 'topic'],
    ['remoteParticipationBy', 'out', 'forum'], ['contactOrganization', 'out', 'forum'], ['preparatoryDocuments', 'in', 'instrument'],
    ['announcedBy', 'in', 'instrument'], ['outcomesCitedBy', 'in', 'instrument'],
  ],
  Topic: [
    ['recognizedBy', 'in', 'node'], ['addressedBy', 'in', 'node'], ['focusedOnBy', 'in', 'instrument'], ['proposedBy', 'in', 'instrument'],
    ['definedIn', 'in', 'paragraph'], ['developedBy', 'out', 'forum'], ['discussedAt', 'out', 'node'], ['adoptedAt', 'out', 'event'],
    ['referredToBy', 'in', 'node'], ['basedOn', 'out', 'topic'], ['basisOf', 'in', 'topic'], ['framedBy', 'out', 'topic'], ['frames', 'in', 'topic'],
  ],
  Role: [['heldBy', 'out', 'stakeholderGroup'], ['definedBy', 'in', 'paragraph']],
  StakeholderGroup: [
    ['roles', 'in', 'role'], ['membershipCategoryOf', 'out', 'forum'], ['invitedBy', 'in', 'instrument'], ['collaborationSoughtBy', 'in', 'instrument'],
  ],
};

// Citations and the parts of a text, which have no link type of their own.
const EXTRA = {
  Instrument: `cites { target { ...Summary } }
    citedBy { source { ...Summary } target { id } }
    paragraphs(first: 30) { edges { node { ...Summary parent { id } } } }`,
  Paragraph: `instrument { ...Summary } parent { ...Summary } children { ...Summary }
    references { target { ...Summary } }
    citedBy { source { ...Summary } target { id } }`,
};

/** One query per kind of entity, so that each asks only for its own relationship fields. */
const NEIGHBOURHOOD = Object.fromEntries(Object.entries(FIELDS).map(([type, fields]) => [type, `
query Explorer${type}Neighbourhood($id: ID!) {
  node(id: $id) {
    ...Summary
    ... on ${type} {
      ${fields.map(([field, , pick]) => `${field} { relationship ${pick} { ...Summary } }`).join('\n      ')}
      ${EXTRA[type] || ''}
    }
  }
}`]));

const EDGE_SOURCES = `
query ExplorerEdgeSources($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 1) { hops { relationship provenance { ...LinkProv } } }
}`;

const KIND = `query ExplorerNodeKind($id: ID!) { node(id: $id) { ...Summary } }`;

/** The entity and its relationships: [{from, to, type, provenance}] with every entity met. */
async function neighbourhood(id, type, signal) {
  const kind = type || (await gql('ExplorerNodeKind', KIND, { id }, signal)).node.__typename;
  const n = (await gql(`Explorer${kind}Neighbourhood`, NEIGHBOURHOOD[kind], { id }, signal)).node;
  const nodes = [n];
  const edges = [];
  const add = (other, type, dir, prov) => {
    if (!other) return;
    nodes.push(other);
    edges.push(dir === 'out' ? { from: n.id, to: other.id, type, provenance: prov } : { from: other.id, to: n.id, type, provenance: prov });
  };
  for (const [field, dir, pick] of FIELDS[n.__typename] || []) {
    const value = n[field];
    for (const link of value ? [].concat(value) : []) {
      add(link[pick], link.relationship, typeof dir === 'function' ? dir(link.relationship) : dir, link.provenance);
    }
  }
  (n.cites || []).forEach((c) => add(c.target, 'CITES', 'out', c.provenance));
  (n.references || []).forEach((c) => add(c.target, 'CITES', 'out', c.provenance));
  // A citation of one of an instrument's paragraphs that is not drawn points at the instrument.
  (n.citedBy || []).forEach((c) => {
    nodes.push(c.source);
    const drawn = c.target.id === n.id || nodes.some((x) => x.id === c.target.id);
    edges.push({ from: c.source.id, to: drawn ? c.target.id : n.id, type: 'CITES' });
  });
  if (n.paragraphs) n.paragraphs.edges.filter(({ node }) => !node.parent).forEach(({ node }) => add(node, 'PART_OF', 'in', []));
  if (n.__typename === 'Paragraph') {
    add(n.parent || n.instrument, 'PART_OF', 'out', []);
    (n.children || []).forEach((c) => add(c, 'PART_OF', 'in', []));
  }
  return { root: n, nodes, edges };
}

const short = (text, max = 42) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function graphLabel(node) {
  if (node.__typename === 'Paragraph') {
    return `${node.label ? '¶ ' + node.label : node.eId} · ${short(node.instrument ? node.instrument.displayTitle : '', 26)}`;
  }
  if (node.__typename === 'Forum' && node.acronym) return node.acronym;
  return short(entityLabel(node));
}

function colours() {
  const css = getComputedStyle(document.documentElement);
  const v = (name) => css.getPropertyValue(name).trim();
  return { fg: v('--fg'), bg: v('--bg'), edge: v('--muted'), accent: v('--accent'), types: Object.fromEntries(
    Object.keys(FIELDS).map((t) => [t, v(`--type-${t}`)])) };
}

export async function renderGraph(el, r, signal) {
  const rootId = r.params.get('node');
  document.title = 'Graph · Governance graph explorer';
  if (!rootId) {
    fill(el, h('h1', {}, 'Neighbourhood graph'),
      h('p', {}, 'Open an entity’s page and choose “Show in graph”, or start from ',
        h('a', { href: route('graph', '', { node: 'SW5zdHJ1bWVudDp1bi93c2lzLzIwMDUvdHVuaXMtYWdlbmRh' }) }, 'the Tunis Agenda'), '.'));
    return;
  }
  if (typeof window.cytoscape !== 'function') throw new Error('The graph library (cytoscape) did not load');
  const opened = (r.params.get('open') || '').split(',').filter(Boolean);
  const canvas = h('div', { id: 'graph-canvas', class: 'graph-canvas', role: 'img', 'aria-label': 'Drawing of the neighbourhood graph; the same entities and relationships are listed below it' });
  const count = h('p', { id: 'graph-count', class: 'count', 'aria-live': 'polite' });
  const panel = h('div', { id: 'graph-panel', class: 'graph-panel', 'aria-live': 'polite' }, h('p', {}, 'Click a node to add its neighbours; click an edge for its sources.'));
  const nodeList = h('ul', { id: 'graph-nodes', class: 'graph-nodes' });
  const edgeRows = h('tbody', {});
  const title = h('h1', {}, 'Neighbourhood graph');
  fill(el, title, count, h('div', { class: 'graph-layout' }, canvas, panel),
    h('section', { 'aria-labelledby': 'graph-nodes-h' }, h('h2', { id: 'graph-nodes-h' }, 'Entities'), nodeList),
    h('details', { class: 'graph-edges' }, h('summary', {}, 'Relationships'),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'From'), h('th', { scope: 'col' }, 'Relationship'), h('th', { scope: 'col' }, 'To'))), edgeRows)));

  const style = (c) => [
    { selector: 'node', style: { label: 'data(label)', 'font-size': 11, color: c.fg, 'text-valign': 'bottom', 'text-margin-y': 3,
      'background-color': (n) => c.types[n.data('type')] || c.accent, width: 18, height: 18, 'text-wrap': 'wrap', 'text-max-width': 110,
      'text-background-color': c.bg, 'text-background-opacity': 0.7, 'text-background-padding': 1 } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': c.fg } },
    { selector: 'node.root', style: { width: 26, height: 26 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': c.accent } },
    { selector: 'edge', style: { label: 'data(type)', 'font-size': 9, color: c.fg, 'curve-style': 'bezier', width: 1.2,
      'line-color': c.edge, 'target-arrow-color': c.edge, 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8,
      'text-rotation': 'autorotate', 'text-background-color': c.bg, 'text-background-opacity': 0.8, 'text-background-padding': 1 } },
    { selector: 'edge:selected', style: { 'line-color': c.accent, 'target-arrow-color': c.accent, width: 2.5 } },
  ];
  const cy = window.cytoscape({ container: canvas, style: style(colours()) });
  // The drawing follows the colour scheme when it changes, as the page does.
  const scheme = window.matchMedia('(prefers-color-scheme: dark)');
  const restyle = () => cy.style(style(colours()));
  scheme.addEventListener('change', restyle);
  signal.addEventListener('abort', () => scheme.removeEventListener('change', restyle));
  canvas.cy = cy; // for the browser tests: where each node is drawn
  const entities = new Map();
  const edges = new Map();
  const expanded = new Set();

  const listEntity = (node) => {
    const label = entityLabel(node);
    nodeList.append(h('li', { 'data-id': node.id },
      badge(kindName(node.__typename), `type-${node.__typename}`), ' ', h('a', { href: entityHref(node) }, label), ' ',
      h('button', { type: 'button', class: 'expand small', 'data-id': node.id, 'aria-label': `Expand ${label}`,
        onclick: () => expand(node.id, true) }, 'Expand')));
  };
  const refresh = () => {
    count.textContent = `${entities.size} entities, ${edges.size} relationships`;
    nodeList.querySelectorAll('li').forEach((li) => {
      const done = expanded.has(li.dataset.id);
      li.classList.toggle('expanded', done);
      const b = li.querySelector('button');
      const label = entityLabel(entities.get(li.dataset.id));
      b.disabled = done;
      b.textContent = done ? 'Expanded' : 'Expand';
      b.setAttribute('aria-label', `${b.textContent} ${label}`);
    });
  };
  const showEdge = async (e) => {
    const from = entities.get(e.from);
    const to = entities.get(e.to);
    const sources = h('div', {}, h('p', {}, 'Loading its sources…'));
    fill(panel, h('h2', {}, badge(e.type, 'rel')),
      h('p', {}, h('a', { href: entityHref(from) }, entityLabel(from)), ` —${e.type}→ `, h('a', { href: entityHref(to) }, entityLabel(to))),
      sources);
    // A relationship's sources: the one-hop path between its ends carries them.
    const hop = await gql('ExplorerEdgeSources', EDGE_SOURCES, { from: e.from, to: e.to }, signal);
    const found = hop.path && hop.path.hops.find((x) => x.relationship === e.type);
    sources.replaceChildren(found ? provenance(found.provenance) : h('p', {}, 'The sources of this relationship are on either entity’s page.'));
  };
  const showNode = (node) => {
    fill(panel, h('h2', {}, entityLabel(node)), h('p', {}, badge(kindName(node.__typename), `type-${node.__typename}`)),
      h('p', {}, h('a', { href: entityHref(node) }, 'Open its page'), ' · ', h('a', { href: route('path', '', { from: node.id }) }, 'Find a path from it')));
  };

  async function expand(id, record) {
    if (expanded.has(id)) return;
    const result = await neighbourhood(id, entities.has(id) ? entities.get(id).__typename : null, signal);
    expanded.add(id);
    const added = [];
    for (const node of result.nodes) {
      if (entities.has(node.id)) continue;
      entities.set(node.id, node);
      added.push({ group: 'nodes', data: { id: node.id, label: graphLabel(node), type: node.__typename } });
      listEntity(node);
    }
    for (const e of result.edges) {
      const key = `${e.from}|${e.type}|${e.to}`;
      if (edges.has(key) || !entities.has(e.from) || !entities.has(e.to)) continue;
      edges.set(key, e);
      added.push({ group: 'edges', data: { id: key, source: e.from, target: e.to, type: e.type } });
      edgeRows.append(h('tr', {}, h('td', {}, entityLabel(entities.get(e.from))), h('td', {}, e.type), h('td', {}, entityLabel(entities.get(e.to)))));
    }
    cy.add(added);
    cy.$id(id).addClass('expanded');
    cy.layout({ name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 90, padding: 20 }).run();
    refresh();
    if (record) {
      const open = [...expanded].filter((x) => x !== rootId);
      history.replaceState(null, '', route('graph', '', { node: rootId, open: open.join(',') }));
    }
    canvas.dataset.expanded = String(expanded.size);
  }

  cy.on('tap', 'node', (evt) => {
    const node = entities.get(evt.target.id());
    showNode(node);
    expand(node.id, true);
  });
  cy.on('tap', 'edge', (evt) => showEdge(edges.get(evt.target.id())).catch(() => {}));

  await expand(rootId, false);
  const root = entities.get(rootId);
  cy.$id(rootId).addClass('root');
  title.textContent = `Neighbourhood of ${entityLabel(root)}`;
  document.title = `Graph of ${entityLabel(root)} · Governance graph explorer`;
  showNode(root);
  for (const id of opened) await expand(id, false);
}
