// A modal view as a form: its inputs (text, selects, pickers, checkboxes, radio buttons) with labels and hints, its
// other blocks, and Submit/Cancel. Required fields are checked first, as Slack's client does; the bot's
// response_action errors are shown under their fields.
import { el, fill, plain } from './dom.js';
import { block, text } from './blocks.js';
import { control } from './controls.js';
import { ackJson } from './api.js';

const REQUIRED = 'Please complete this required field.';
const TROUBLE = 'We had some trouble connecting. Try again?';

// hooks: {submit(viewId, values) → Promise<answer>, close(viewId), click(viewId, blockId, element, value)}
export function modal(view, people, names, hooks) {
  const inputs = [];
  const errors = new Map();
  const general = el('div', { class: 'error' });
  const act = (blockId, element, value) => hooks.click(view.id, blockId, element, value);
  const body = (view.blocks ?? []).map((b) => (b.type === 'input' ? input(b, people, act, inputs, errors)
    : block(b, { names, people, act })));
  const showErrors = (byBlock) => {
    for (const [blockId, slot] of errors) fill(slot, byBlock[blockId] ?? '');
  };
  const submit = async (event) => {
    event.preventDefault();
    fill(general);
    const missing = Object.fromEntries(inputs.filter((i) => i.required && empty(i.read())).map((i) => [i.blockId, REQUIRED]));
    showErrors(missing);
    if (Object.keys(missing).length) return;
    const answer = await hooks.submit(view.id, values(inputs));
    const ack = ackJson(answer);
    if (ack?.response_action === 'errors') showErrors(ack.errors ?? {});
    else if (!answer.sent || answer.status !== 200) fill(general, answer.sent ? `${TROUBLE} (HTTP ${answer.status})` : answer.body);
  };
  return el('div', { class: 'overlay' },
    el('form', { class: 'modal', onsubmit: submit, 'data-callback-id': view.callback_id },
      el('h2', {}, plain(view.title)),
      el('div', { class: 'modal-body' }, body),
      general,
      el('footer', {},
        el('button', { type: 'button', 'data-close': 'true', onclick: () => hooks.close(view.id) }, plain(view.close) || 'Cancel'),
        view.submit ? el('button', { type: 'submit', class: 'btn primary', 'data-submit': 'true' }, plain(view.submit))
          : null)));
}

function input(b, people, act, inputs, errors) {
  const e = b.element ?? {};
  const dispatch = b.dispatch_action ? (value) => act(b.block_id, e, value) : null;
  const made = control(e, people, dispatch);
  const slot = el('div', { class: 'error' });
  inputs.push({ blockId: b.block_id, actionId: e.action_id, required: !b.optional, read: made.read });
  errors.set(b.block_id, slot);
  return el('div', { class: 'input', 'data-block-id': b.block_id },
    el('label', {}, plain(b.label), b.optional ? el('span', { class: 'muted' }, ' (optional)') : null),
    made.node,
    b.hint ? el('div', { class: 'hint' }, text(b.hint, { names: {} })) : null,
    slot);
}

function values(inputs) {
  const out = {};
  for (const i of inputs) (out[i.blockId] ??= {})[i.actionId] = i.read();
  return out;
}

function empty(value) {
  if (!value) return true;
  const chosen = Object.entries(value).filter(([key]) => key !== 'type').map(([, v]) => v);
  return chosen.every((v) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0));
}
