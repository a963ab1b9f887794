// The sandbox's Slack-like client: act as a seeded person, read channels and DMs, type messages and slash commands,
// click, fill forms. Everything the person does goes to the bot as the signed request Slack would send.
import { el, fill } from './dom.js';
import { act, ackJson, seen } from './api.js';
import { conversation } from './messages.js';
import { modal } from './modal.js';
import { blocks } from './blocks.js';
import { mrkdwn } from './mrkdwn.js';
import { composer } from './composer.js';

const POLL_MS = 1500;
const ui = {
  people: document.getElementById('people'),
  channels: document.getElementById('channels'),
  dms: document.getElementById('dms'),
  messages: document.getElementById('messages'),
  answers: document.getElementById('answers'),
  modal: document.getElementById('modal'),
  status: document.getElementById('status'),
};
const state = { as: null, channel: null, view: null, drawn: { people: '', list: '', messages: '', modal: '' } };

function names(view) {
  const out = {};
  for (const p of view.people) out[p.id] = p.name;
  for (const c of view.conversations) out[c.id] = c.name;
  return out;
}

function go(as, channel) {
  state.as = as;
  state.channel = channel;
  location.hash = new URLSearchParams({ as: as ?? '', c: channel ?? '' }).toString();
  fill(ui.answers);
  refresh();
}

async function refresh() {
  try {
    const view = await seen(state.as ?? '');
    state.view = view;
    if (!state.as) {
      const first = view.people.find((p) => p.role !== 'bot');
      return first ? go(first.id, null) : fill(ui.status, 'The sandbox has nobody to act as.');
    }
    if (!view.conversations.some((c) => c.id === state.channel)) state.channel = view.conversations[0]?.id ?? null;
    draw(view);
    fill(ui.status);
  } catch (error) {
    fill(ui.status, `The sandbox does not answer: ${error.message}`);
  }
}

// Redraws a part only when what it shows changed, so that typing and open selects survive polling.
function redraw(part, data, render) {
  const key = JSON.stringify(data);
  if (state.drawn[part] !== key) {
    state.drawn[part] = key;
    render();
  }
}

function draw(view) {
  const byName = names(view);
  const current = view.conversations.find((c) => c.id === state.channel);
  redraw('people', [view.people, state.as], () => fill(ui.people, view.people.filter((p) => p.role !== 'bot').map((p) =>
    el('button', { type: 'button', class: p.id === state.as ? 'person current' : 'person', 'data-person': p.id,
      onclick: () => go(p.id, state.channel) },
      el('b', {}, p.name), el('span', { class: 'role' }, p.role)))));
  redraw('list', [view.conversations.map((c) => [c.id, c.name, c.messages.length]), state.channel], () => {
    fill(ui.channels, view.conversations.filter((c) => !c.isIm).map((c) => item(c, `${c.isPrivate ? '🔒' : '#'} ${c.name}`)));
    fill(ui.dms, view.conversations.filter((c) => c.isIm).map((c) => item(c, `@ ${dmName(c, view, byName)}`)));
  });
  redraw('messages', [current, state.as], () => {
    fill(ui.messages, current ? conversation(current, byName, view.people, hooks) : 'No conversation to show.');
    ui.messages.scrollTop = ui.messages.scrollHeight;
  });
  const top = view.views.at(-1) ?? null;
  redraw('modal', [top, state.as], () => fill(ui.modal, top ? modal(top, view.people, byName, formHooks) : null));
}

function item(c, label) {
  return el('button', { type: 'button', class: c.id === state.channel ? 'channel current' : 'channel',
    'data-channel': c.name, 'data-channel-id': c.id, onclick: () => go(state.as, c.id) }, label);
}

function dmName(c, view, byName) {
  const other = c.members.find((m) => m !== state.as) ?? c.name;
  return byName[other] ?? c.name;
}

// Shows the bot's answer to the person, as Slack shows an ack's text or blocks ("only visible to you").
function show(answer, what) {
  const ack = ackJson(answer);
  const byName = state.view ? names(state.view) : {};
  let body;
  if (!answer.sent) body = el('span', { class: 'muted' }, answer.body);
  else if (answer.status !== 200) body = el('span', { class: 'error' }, `The bot answered HTTP ${answer.status}.`);
  else if (ack?.blocks && hasButtons(ack)) body = null; // kept in the channel, to this person, buttons working
  else if (ack?.blocks) body = blocks(ack.blocks, { names: byName, people: state.view?.people ?? [] });
  else if (ack?.text) body = el('span', { class: 'mrkdwn' }, mrkdwn(ack.text, byName));
  else if (answer.body && !ack) body = el('span', { class: 'mrkdwn' }, mrkdwn(answer.body, byName));
  if (body) ui.answers.append(el('div', { class: 'answer', 'data-answer': what }, el('span', { class: 'mark' }, `${what} · Only visible to you`), body));
}

function hasButtons(ack) {
  return ack.response_type !== 'in_channel' && JSON.stringify(ack.blocks).includes('"action_id"');
}

async function send(kind, body, what) {
  const answer = await act(kind, { as: state.as, ...body });
  if (kind !== 'submit' && kind !== 'close') show(answer, what);
  refresh();
  return answer;
}

const hooks = {
  click: (ts, blockId, element, value) => send('click', { channel: state.channel, messageTs: ts, blockId,
    actionId: element.action_id, value: value ?? '' }, 'Click'),
  react: (ts, name) => send('react', { channel: state.channel, ts, name }, `:${name.replaceAll(':', '')}:`),
  reply: (ts) => typing.replyTo(ts),
  me: () => state.as,
  edit: (ts, text) => send('edit', { channel: state.channel, ts, text }, 'Edit'),
  remove: (ts) => send('delete', { channel: state.channel, ts }, 'Delete'),
};

const formHooks = {
  submit: (viewId, values) => send('submit', { viewId, values }, 'Form'),
  close: (viewId) => send('close', { viewId }, 'Form closed'),
  click: (viewId, blockId, element, value) => send('click', { viewId, blockId, actionId: element.action_id,
    value: value ?? '' }, 'Click'),
};

const typing = composer(document.getElementById('composer'), {
  command: (command, text) => send('command', { channel: state.channel, command, text }, `${command} ${text}`),
  message: (text, threadTs) => send('message', { channel: state.channel, text, threadTs }, 'Message'),
});

const params = new URLSearchParams(location.hash.slice(1));
go(params.get('as') || null, params.get('c') || null);
setInterval(refresh, POLL_MS);
