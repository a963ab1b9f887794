// A conversation as Slack's client shows it: its topic and pins, then its messages with thread replies under their
// parent, reactions (with a box to add one, so :pushpin: works), and edited, deleted and "only visible to you" marks.
// A person's own messages have Edit and Delete, inline, as in Slack's client.
import { el, fill } from './dom.js';
import { blocks } from './blocks.js';
import { EMOJI, mrkdwn } from './mrkdwn.js';

// hooks: {me(), click(ts, blockId, element, value), react(ts, name), reply(ts), edit(ts, text), remove(ts)}
export function conversation(c, names, people, hooks) {
  const pinned = new Set(c.pinned ?? []);
  const replies = new Map();
  const tops = [];
  for (const m of c.messages ?? []) {
    if (m.threadTs && m.threadTs !== m.ts) (replies.get(m.threadTs) ?? replies.set(m.threadTs, []).get(m.threadTs)).push(m);
    else tops.push(m);
  }
  const render = (m) => message(m, { names, people, pinned, hooks });
  return el('div', { class: 'conversation' },
    header(c, names, pinned),
    tops.map((m) => el('div', { class: 'thread' }, render(m),
      (replies.get(m.ts) ?? []).length ? el('div', { class: 'replies' }, replies.get(m.ts).map(render)) : null)));
}

function header(c, names, pinned) {
  const pins = (c.messages ?? []).filter((m) => pinned.has(m.ts));
  return el('header', { class: 'channel-head' },
    el('h2', {}, c.isIm ? `@${c.name}` : `${c.isPrivate ? '🔒' : '#'}${c.name}`),
    c.topic ? el('div', { class: 'topic' }, mrkdwn(c.topic, names)) : null,
    pins.length ? el('details', { class: 'pins' }, el('summary', {}, `📌 ${pins.length} pinned`),
      pins.map((m) => el('div', { class: 'pin' }, mrkdwn(firstLine(m.text), names)))) : null);
}

function message(m, ctx) {
  const { names, people, pinned, hooks } = ctx;
  const act = (blockId, element, value) => hooks.click(m.ts, blockId, element, value);
  const body = m.deleted ? el('div', { class: 'muted' }, 'This message was deleted.')
    : m.blocks?.length ? blocks(m.blocks, { names, people, act }) : el('div', { class: 'mrkdwn' }, mrkdwn(m.text, names));
  const own = !m.deleted && !m.ephemeral && m.user === hooks.me();
  const slot = el('div', { class: 'body' }, body);
  return el('article', { class: `message${m.ephemeral ? ' ephemeral' : ''}`, id: `m${m.ts}`, 'data-ts': m.ts,
    'data-user': m.user, 'data-pinned': pinned.has(m.ts) ? 'true' : undefined },
  el('div', { class: 'meta' },
    el('b', {}, names[m.user] ?? m.user ?? 'someone'), ' ',
    el('time', {}, clock(m.ts)),
    pinned.has(m.ts) ? el('span', { class: 'mark' }, '📌 pinned') : null,
    m.edited ? el('span', { class: 'mark', 'data-edited': 'true' }, '(edited)') : null,
    m.ephemeral ? el('span', { class: 'mark' }, 'Only visible to you') : null,
    own ? ownControls(m, slot, body, hooks) : null),
  slot,
  m.deleted || m.ephemeral ? null : reactions(m, hooks, names));
}

// Edit swaps the text for a box with Save and Cancel; Delete asks once more before it deletes.
function ownControls(m, slot, body, hooks) {
  const edit = () => {
    const box = el('textarea', { rows: 2, class: 'edit-box', 'data-edit-box': m.ts });
    box.value = m.text ?? '';
    const save = (event) => {
      event.preventDefault();
      if (box.value.trim()) hooks.edit(m.ts, box.value.trim());
    };
    fill(slot, el('form', { class: 'edit-form', onsubmit: save }, box,
      el('button', { type: 'submit', class: 'btn primary', 'data-edit-save': m.ts }, 'Save'),
      el('button', { type: 'button', class: 'btn', onclick: () => fill(slot, body) }, 'Cancel')));
    box.focus();
  };
  const remove = () => fill(slot, body, el('div', { class: 'confirm' }, 'Delete this message? ',
    el('button', { type: 'button', class: 'btn danger', 'data-delete-confirm': m.ts, onclick: () => hooks.remove(m.ts) },
      'Delete'),
    el('button', { type: 'button', class: 'btn', onclick: () => fill(slot, body) }, 'Cancel')));
  return el('span', { class: 'own' },
    el('button', { type: 'button', class: 'link', 'data-edit': m.ts, onclick: edit }, 'Edit'),
    el('button', { type: 'button', class: 'link', 'data-delete': m.ts, onclick: remove }, 'Delete'));
}

function reactions(m, hooks, names) {
  const input = el('input', { type: 'text', class: 'react-input', placeholder: ':emoji:', size: 10 });
  const add = (event) => {
    event.preventDefault();
    if (input.value.trim()) hooks.react(m.ts, input.value.trim());
  };
  return el('div', { class: 'reactions' },
    (m.reactions ?? []).map((r) => el('button', {
      type: 'button', class: 'reaction', title: r.users.map((u) => names[u] ?? u).join(', '),
      onclick: () => hooks.react(m.ts, r.name),
    }, `${EMOJI[r.name] ?? `:${r.name}:`} ${r.users.length}`)),
    el('form', { class: 'react-box', onsubmit: add }, input, el('button', { type: 'submit' }, 'React')),
    m.threadTs && m.threadTs !== m.ts ? null
      : el('button', { type: 'button', class: 'link', onclick: () => hooks.reply(m.ts) }, 'Reply in thread'));
}

function firstLine(text) {
  return (text ?? '').split('\n')[0];
}

function clock(ts) {
  const date = new Date(Number.parseFloat(ts) * 1000);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}
