// Entity pages: an instrument with its paragraphs, a role, a forum, an event, a topic, a stakeholder group.

import { gql } from './api.js';
import { h, fill, route, badge, entityLink, provenance, statements, links, entityTools } from './dom.js';

const STATEMENTS = 'statements { property value qualifier asWritten provenance { ...Prov } }';

const INSTRUMENT = `
query ExplorerInstrument($key: String!) {
  instrument(key: $key) {
    id key title displayTitle kind symbol date { value precision } description sourceDocument
    ${STATEMENTS}
    issuedBy { relationship forum { ...Summary } provenance { kind } }
    producedBy { relationship node { ...Summary } provenance { kind } }
    adoptedAt { relationship event { ...Summary } provenance { kind } }
    revises { relationship instrument { ...Summary } provenance { kind } }
    revisedBy { relationship instrument { ...Summary } provenance { kind } }
    versionOf { relationship instrument { ...Summary } provenance { kind } }
    topics { relationship topic { ...Summary } provenance { kind } }
    cites { target { ...Summary } pinpoint provenance { kind } }
    citedBy { source { ...Summary } target { ...Summary } pinpoint provenance { kind } }
  }
}`;

const PARAGRAPHS = `
query ExplorerParagraphs($key: String!, $after: String) {
  instrument(key: $key) {
    paragraphs(first: 10, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        id key eId label kind text textComplete parent { eId }
        provenance { ...Prov }
        roles { relationship role { ...Summary } }
      } }
    }
  }
}`;

function header(kind, title, ...meta) {
  return [h('p', { class: 'kind' }, kind), h('h1', { id: 'entity-title' }, title), h('p', { class: 'meta' }, meta.filter(Boolean))];
}

const notNull = (x) => x !== null && x !== undefined;

export async function renderInstrument(el, r, signal) {
  const key = r.path;
  const data = await gql('ExplorerInstrument', INSTRUMENT, { key }, signal);
  const i = data.instrument;
  document.title = `${i.displayTitle} · Governance graph explorer`;
  const paragraphs = h('ol', { class: 'paragraphs', id: 'paragraphs' });
  const count = h('span', { class: 'count' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'More paragraphs');
  fill(el,
    ...header(`Instrument · ${i.kind.replace(/_/g, ' ').toLowerCase()}`, i.displayTitle,
      i.symbol ? h('span', {}, `Symbol ${i.symbol}`) : null,
      i.date ? h('span', {}, ` · ${i.date.value}`) : null,
      i.sourceDocument ? badge('source document') : null),
    i.description ? h('p', { class: 'description' }, i.description) : null,
    entityTools(i),
    h('section', { class: 'paragraphs-section', 'aria-labelledby': 'paragraphs-h' },
      h('h2', { id: 'paragraphs-h' }, 'Paragraphs ', count), paragraphs, more),
    links('Issued by', i.issuedBy, (l) => l.forum, { id: i.id, type: 'Instrument', field: 'issuedBy' }),
    links('Produced by', i.producedBy, (l) => l.node, { id: i.id, type: 'Instrument', field: 'producedBy' }),
    links('Adopted at', i.adoptedAt, (l) => l.event, { id: i.id, type: 'Instrument', field: 'adoptedAt' }),
    links('Revises', i.revises, (l) => l.instrument, { id: i.id, type: 'Instrument', field: 'revises' }),
    links('Revised by', i.revisedBy, (l) => l.instrument, { id: i.id, type: 'Instrument', field: 'revisedBy' }),
    links('Version of', i.versionOf ? [i.versionOf] : [], (l) => l.instrument, { id: i.id, type: 'Instrument', field: 'versionOf' }),
    links('Topics', i.topics, (l) => l.topic, { id: i.id, type: 'Instrument', field: 'topics' }),
    links('Cites', i.cites, (l) => l.target, { id: i.id, type: 'Instrument', field: 'cites' }),
    links('Cited by', i.citedBy, (l) => l.source, { id: i.id, type: 'Instrument', field: 'citedBy' }),
    statements(i.statements));
  let after = null;
  const load = async () => {
    const page = (await gql('ExplorerParagraphs', PARAGRAPHS, { key, after }, signal)).instrument.paragraphs;
    page.edges.forEach(({ node: p }) => paragraphs.append(paragraph(p, r.params.get('p'))));
    count.textContent = `(${page.totalCount})`;
    after = page.pageInfo.endCursor;
    more.hidden = !page.pageInfo.hasNextPage;
  };
  more.addEventListener('click', () => load());
  await load();
  const wanted = r.params.get('p');
  const target = wanted && document.getElementById(`p-${wanted}`);
  if (target) {
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }
}

function paragraph(p, wanted) {
  const nested = p.parent ? ' nested' : '';
  return h('li', { id: `p-${p.eId}`, class: `paragraph kind-${p.kind.toLowerCase()}${nested}${p.eId === wanted ? ' wanted' : ''}`,
    tabindex: '-1', 'data-eid': p.eId },
  h('h3', { class: 'para-label' }, p.label ? `¶ ${p.label}` : p.eId, ' ',
    h('a', { href: route('graph', '', { node: p.id }), class: 'small', 'aria-label': `Graph of ¶ ${p.label || p.eId}` }, 'graph')),
  p.text ? h('p', { class: 'para-text' }, p.text, p.textComplete ? null : ' […]') : h('p', { class: 'para-text none' }, 'Text not given by the sources.'),
  p.roles.length ? h('p', { class: 'para-roles' }, 'Defines the role ', p.roles.map((l) => entityLink(l.role))) : null,
  h('div', { class: 'para-prov' }, h('h4', {}, 'Sources'), provenance(p.provenance)));
}

const ROLE = `
query ExplorerRole($key: String!) {
  role(key: $key) {
    id key name description
    heldBy { relationship stakeholderGroup { ...Summary } provenance { kind } }
    ${STATEMENTS}
  }
}`;

const ROLE_REFERENCES = `
query ExplorerRoleReferences($role: ID!) {
  instrumentsReferencingRole(role: $role, first: 5) {
    totalCount
    edges {
      node { ...Summary }
      definedBy { relationship paragraph { id key eId label text instrument { key displayTitle } } provenance { ...LinkProv } }
    }
  }
}`;

export async function renderRole(el, r, signal) {
  const role = (await gql('ExplorerRole', ROLE, { key: r.path }, signal)).role;
  const refs = (await gql('ExplorerRoleReferences', ROLE_REFERENCES, { role: role.id }, signal)).instrumentsReferencingRole;
  document.title = `${role.name} · Governance graph explorer`;
  fill(el,
    ...header('Role', role.name, role.heldBy ? ['Held by ', entityLink(role.heldBy.stakeholderGroup)] : null),
    role.description ? h('p', { class: 'description' }, role.description) : null,
    entityTools(role),
    h('section', { 'aria-labelledby': 'refs-h' },
      h('h2', { id: 'refs-h' }, h('span', { id: 'reference-count' },
        `Referenced by ${refs.totalCount} ${refs.totalCount === 1 ? 'instrument' : 'instruments'}`)),
      h('ul', { class: 'references' }, refs.edges.map((edge) => h('li', { class: 'reference' },
        h('h3', {}, entityLink(edge.node)),
        h('ul', {}, edge.definedBy.map((link) => h('li', { class: 'defining-paragraph' },
          entityLink({ __typename: 'Paragraph', ...link.paragraph }), ' ', badge(link.relationship, 'rel'),
          h('p', { class: 'para-text' }, link.paragraph.text),
          h('div', { class: 'para-prov' }, h('h4', {}, 'Sources of the relationship'), provenance(link.provenance)))))))),
      refs.totalCount > refs.edges.length ? h('p', { class: 'count' }, `The first ${refs.edges.length} are shown.`) : null),
    links('Held by', role.heldBy ? [role.heldBy] : [], (l) => l.stakeholderGroup, { id: role.id, type: 'Role', field: 'heldBy' }),
    statements(role.statements));
}

const FORUM = `
query ExplorerForum($key: String!) {
  forum(acronym: $key) {
    id key name acronym kind description calendarUrl
    parent { relationship forum { ...Summary } provenance { kind } }
    organs { relationship forum { ...Summary } provenance { kind } }
    secretariat { relationship forum { ...Summary } provenance { kind } }
    events(first: 50) { totalCount edges { node { ...Summary start { date { value } } } } }
    instruments(first: 50) { totalCount edges { node { ...Summary } } }
    ${STATEMENTS}
  }
}`;

/** A calendar feed's address as a `webcal:` link, which calendar applications subscribe to. */
const webcal = (url) => url.replace(/^https?:/, 'webcal:');

export async function renderForum(el, r, signal) {
  const f = (await gql('ExplorerForum', FORUM, { key: r.path }, signal)).forum;
  document.title = `${f.name} · Governance graph explorer`;
  fill(el,
    ...header(`Forum · ${f.kind.replace(/_/g, ' ').toLowerCase()}`, f.acronym && f.acronym !== f.name ? `${f.name} (${f.acronym})` : f.name,
      f.parent ? ['Part of ', entityLink(f.parent.forum)] : null),
    f.description ? h('p', { class: 'description' }, f.description) : null,
    h('p', { class: 'tools' },
      h('a', { href: webcal(f.calendarUrl), class: 'button calendar-subscribe' }, 'Subscribe to its calendar'), ' ',
      h('a', { href: f.calendarUrl, class: 'button calendar-download' }, 'Download the .ics'), ' ',
      h('a', { href: route('timeline', '', { forum: f.acronym || f.key }), class: 'button' }, 'Timeline'), ' ',
      h('a', { href: route('graph', '', { node: f.id }), class: 'button' }, 'Show in graph')),
    links('Organs', f.organs, (l) => l.forum, { id: f.id, type: 'Forum', field: 'organs' }),
    h('section', { 'aria-labelledby': 'events-h' },
      h('h2', { id: 'events-h' }, 'Events ', h('span', { class: 'count', id: 'event-count' }, `(${f.events.totalCount})`)),
      h('ol', { class: 'event-list' }, f.events.edges.map(({ node }) => h('li', {},
        node.start ? h('time', {}, node.start.date.value) : null, ' ', entityLink(node))))),
    h('section', { 'aria-labelledby': 'instruments-h' },
      h('h2', { id: 'instruments-h' }, 'Instruments ', h('span', { class: 'count' }, `(${f.instruments.totalCount})`)),
      h('ol', {}, f.instruments.edges.map(({ node }) => h('li', {},
        node.date ? h('time', {}, node.date.value) : null, ' ', entityLink(node))))),
    links('Secretariat', f.secretariat, (l) => l.forum, { id: f.id, type: 'Forum', field: 'secretariat' }),
    statements(f.statements));
}

const TIME = 'date { value precision } localDateTime timeZone instant';
const EVENT = `
query ExplorerEvent($key: String!) {
  event(key: $key) {
    id key name kind description calendarUrl
    start { ${TIME} } end { ${TIME} } timeZone durationMinutes
    venue city region country format remoteParticipation
    participants { value exact asWritten }
    forum { ...Summary }
    partOf { relationship event { ...Summary } provenance { kind } }
    parts { relationship event { ...Summary } provenance { kind } }
    heldDuring { relationship event { ...Summary } provenance { kind } }
    outputs { relationship instrument { ...Summary } provenance { kind } }
    topics { relationship topic { ...Summary } provenance { kind } }
    ${STATEMENTS}
  }
}`;

const FORMAT = { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' };

/** A moment shown in a time zone (the venue's, or the viewer's when none is given). */
export function formatInstant(instant, timeZone) {
  const options = { ...FORMAT };
  if (timeZone) options.timeZone = timeZone;
  return new Intl.DateTimeFormat('en-GB', options).format(new Date(instant));
}

function when(label, t, durationMinutes) {
  if (!t) return null;
  if (!t.instant) {
    return h('div', { class: 'when' }, h('dt', {}, label), h('dd', { class: 'date-only' }, t.date.value,
      t.date.precision !== 'DAY' ? ` (${t.date.precision.toLowerCase()} only)` : '', ' · the sources give no time'));
  }
  const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const end = durationMinutes ? new Date(new Date(t.instant).getTime() + durationMinutes * 60000).toISOString() : null;
  return h('div', { class: 'when' }, h('dt', {}, label),
    h('dd', { class: 'venue-time' }, `${formatInstant(t.instant, t.timeZone)}`, end ? ` – ${formatInstant(end, t.timeZone)}` : '',
      ` at the venue (${t.timeZone})`),
    h('dd', { class: 'viewer-time' }, `${formatInstant(t.instant)}`, end ? ` – ${formatInstant(end)}` : '', ` for you (${viewerZone})`));
}

export async function renderEvent(el, r, signal) {
  const e = (await gql('ExplorerEvent', EVENT, { key: r.path }, signal)).event;
  document.title = `${e.name} · Governance graph explorer`;
  const place = [e.venue, e.city, e.region, e.country].filter(notNull).join(', ');
  fill(el,
    ...header(`Event · ${e.kind.replace(/_/g, ' ').toLowerCase()}`, e.name,
      e.forum ? ['Of ', entityLink(e.forum)] : null, place ? ` · ${place}` : null),
    e.description ? h('p', { class: 'description' }, e.description) : null,
    h('dl', { class: 'times' },
      when('Starts', e.start, e.end ? null : e.durationMinutes), when('Ends', e.end),
      e.durationMinutes ? h('div', { class: 'when' }, h('dt', {}, 'Duration'), h('dd', {}, `${e.durationMinutes} minutes`)) : null,
      e.format ? h('div', { class: 'when' }, h('dt', {}, 'Format'), h('dd', {}, e.format)) : null,
      notNull(e.remoteParticipation) ? h('div', { class: 'when' }, h('dt', {}, 'Remote participation'), h('dd', {}, e.remoteParticipation ? 'yes' : 'no')) : null,
      e.participants ? h('div', { class: 'when' }, h('dt', {}, 'Participants'), h('dd', {}, e.participants.asWritten || String(e.participants.value))) : null),
    entityTools(e, h('a', { href: webcal(e.calendarUrl), class: 'button calendar-subscribe' }, 'Subscribe to its calendar'), ' '),
    links('Part of', e.partOf, (l) => l.event, { id: e.id, type: 'Event', field: 'partOf' }),
    links('Held during', e.heldDuring, (l) => l.event, { id: e.id, type: 'Event', field: 'heldDuring' }),
    links('Parts', e.parts, (l) => l.event, { id: e.id, type: 'Event', field: 'parts' }),
    links('Outputs', e.outputs, (l) => l.instrument, { id: e.id, type: 'Event', field: 'outputs' }),
    links('Topics', e.topics, (l) => l.topic, { id: e.id, type: 'Event', field: 'topics' }),
    statements(e.statements));
}

const TOPIC = `
query ExplorerTopic($key: String!) {
  topic(key: $key) {
    id key name kind description
    recognizedBy { relationship node { ...Summary } provenance { kind } }
    addressedBy { relationship node { ...Summary } provenance { kind } }
    definedIn { relationship paragraph { ...Summary } provenance { kind } }
    referredToBy { relationship node { ...Summary } provenance { kind } }
    discussedAt { relationship node { ...Summary } provenance { kind } }
    basedOn { relationship topic { ...Summary } provenance { kind } }
    ${STATEMENTS}
  }
}`;

export async function renderTopic(el, r, signal) {
  const t = (await gql('ExplorerTopic', TOPIC, { key: r.path }, signal)).topic;
  document.title = `${t.name} · Governance graph explorer`;
  fill(el,
    ...header(`Topic · ${t.kind.toLowerCase()}`, t.name),
    t.description ? h('p', { class: 'description' }, t.description) : null,
    entityTools(t),
    links('Recognized by', t.recognizedBy, (l) => l.node, { id: t.id, type: 'Topic', field: 'recognizedBy' }),
    links('Addressed by', t.addressedBy, (l) => l.node, { id: t.id, type: 'Topic', field: 'addressedBy' }),
    links('Defined in', t.definedIn, (l) => l.paragraph, { id: t.id, type: 'Topic', field: 'definedIn' }),
    links('Referred to by', t.referredToBy, (l) => l.node, { id: t.id, type: 'Topic', field: 'referredToBy' }),
    links('Discussed at', t.discussedAt, (l) => l.node, { id: t.id, type: 'Topic', field: 'discussedAt' }),
    links('Based on', t.basedOn, (l) => l.topic, { id: t.id, type: 'Topic', field: 'basedOn' }),
    statements(t.statements));
}

const GROUP = `
query ExplorerStakeholderGroup($key: String!) {
  stakeholderGroup(key: $key) {
    id key name kind description calendarUrl
    roles { relationship role { ...Summary } provenance { kind } }
    membershipCategoryOf { relationship forum { ...Summary } note provenance { kind } }
    invitedBy { relationship instrument { ...Summary } action provenance { kind } }
    collaborationSoughtBy { relationship instrument { ...Summary } provenance { kind } }
    ${STATEMENTS}
  }
}`;

export async function renderGroup(el, r, signal) {
  const g = (await gql('ExplorerStakeholderGroup', GROUP, { key: r.path }, signal)).stakeholderGroup;
  document.title = `${g.name} · Governance graph explorer`;
  fill(el,
    ...header(g.kind === 'MEMBERSHIP_CATEGORY' ? 'Membership category' : 'Stakeholder group', g.name),
    g.description ? h('p', { class: 'description' }, g.description) : null,
    h('p', { class: 'tools' },
      h('a', { href: webcal(g.calendarUrl), class: 'button calendar-subscribe' }, 'Subscribe to its calendar'), ' ',
      h('a', { href: route('graph', '', { node: g.id }), class: 'button' }, 'Show in graph')),
    links('Roles', g.roles, (l) => l.role, { id: g.id, type: 'StakeholderGroup', field: 'roles' }),
    links('Membership category of', g.membershipCategoryOf, (l) => l.forum, { id: g.id, type: 'StakeholderGroup', field: 'membershipCategoryOf' }),
    links('Invited by', g.invitedBy, (l) => l.instrument, { id: g.id, type: 'StakeholderGroup', field: 'invitedBy' }),
    links('Collaboration sought by', g.collaborationSoughtBy, (l) => l.instrument, { id: g.id, type: 'StakeholderGroup', field: 'collaborationSoughtBy' }),
    statements(g.statements));
}
