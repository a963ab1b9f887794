// Block Kit's interactive elements as form controls. Each control gives its node and read(): its state value as
// Slack sends it in view.state.values ({type, value | selected_option | selected_date | …}). onChoose(value), when
// given, is called as the person clicks or chooses (a block_actions in Slack).
import { el, plain } from './dom.js';

export function control(element, people, onChoose) {
  const make = MAKERS[element.type] ?? unsupported;
  return make(element, people, onChoose ?? (() => {}));
}

const MAKERS = {
  button: (e, _, choose) => ({
    node: el('button', { type: 'button', class: `btn ${e.style ?? ''}`, 'data-action-id': e.action_id,
      onclick: () => choose(e.value) }, plain(e.text)),
    read: () => null,
  }),
  plain_text_input: (e) => textInput(e, e.multiline ? el('textarea', { rows: 4 }) : el('input', { type: 'text' })),
  number_input: (e) => textInput(e, el('input', { type: 'number' })),
  email_text_input: (e) => textInput(e, el('input', { type: 'email' })),
  url_text_input: (e) => textInput(e, el('input', { type: 'url' })),
  static_select: (e, _, choose) => select(e, options(e), choose, 'selected_option', (o) => o ?? null),
  overflow: (e, _, choose) => select(e, options(e), choose, 'selected_option', (o) => o ?? null, '⋯'),
  external_select: (e, _, choose) => select(e, options(e), choose, 'selected_option', (o) => o ?? null),
  users_select: (e, people, choose) => select(e, peopleOptions(people), choose, 'selected_user', (o) => o?.value ?? null,
    undefined, e.initial_user),
  conversations_select: (e, _, choose) => textInput(e, el('input', { type: 'text', placeholder: 'C…' }), choose,
    'selected_conversation'),
  channels_select: (e, _, choose) => textInput(e, el('input', { type: 'text', placeholder: 'C…' }), choose,
    'selected_channel'),
  multi_static_select: (e) => multiSelect(e, options(e), 'selected_options', (chosen) => chosen),
  multi_users_select: (e, people) => multiSelect(e, peopleOptions(people), 'selected_users',
    (chosen) => chosen.map((o) => o.value), e.initial_users),
  datepicker: (e, _, choose) => picker(e, 'date', e.initial_date, 'selected_date', choose),
  timepicker: (e, _, choose) => picker(e, 'time', e.initial_time, 'selected_time', choose),
  datetimepicker: (e, _, choose) => picker(e, 'datetime-local', localDateTime(e.initial_date_time), 'selected_date_time',
    choose, (v) => (v ? Math.floor(new Date(v).getTime() / 1000) : null)),
  checkboxes: (e, _, choose) => ticks(e, 'checkbox', choose),
  radio_buttons: (e, _, choose) => ticks(e, 'radio', choose),
  file_input: (e) => fileInput(e),
  image: (e) => ({ node: el('span', { class: 'image' }, `[image: ${e.alt_text ?? ''}]`), read: () => null }),
};

function unsupported(e) {
  return { node: el('span', { class: 'muted' }, `[${e.type}]`), read: () => null };
}

/**
 * A file picker: the chosen file's name, type (its extension) and size go in the state as Slack's file object does;
 * the sandbox uploads nothing, so the file has an ID but no url_private or permalink.
 */
function fileInput(e) {
  const node = el('input', { type: 'file', accept: (e.filetypes ?? []).map((t) => `.${t}`).join(',') });
  const file = (f) => ({ id: `F${Math.random().toString(36).slice(2, 11).toUpperCase()}`, name: f.name,
    title: f.name, filetype: f.name.includes('.') ? f.name.split('.').pop().toLowerCase() : 'binary', size: f.size,
    url_private: null, permalink: null });
  return { node, read: () => ({ type: e.type, files: [...node.files].slice(0, e.max_files ?? 10).map(file) }) };
}

function textInput(e, input, choose, key = 'value') {
  input.placeholder = plain(e.placeholder) || input.placeholder || '';
  input.value = e.initial_value ?? '';
  if (choose && key !== 'value') input.addEventListener('change', () => choose(input.value));
  return { node: input, read: () => ({ type: e.type, [key]: input.value === '' ? null : input.value }) };
}

function options(e) {
  return e.options ?? (e.option_groups ?? []).flatMap((g) => g.options);
}

function peopleOptions(people) {
  return people.filter((p) => p.role !== 'bot').map((p) => ({ text: { type: 'plain_text', text: p.name }, value: p.id }));
}

function select(e, opts, choose, key, shape, placeholder, initialValue) {
  const initial = initialValue ?? e.initial_option?.value;
  const node = el('select', {}, el('option', { value: '' }, placeholder ?? (plain(e.placeholder) || 'Choose…')),
    opts.map((o) => el('option', { value: o.value, selected: o.value === initial }, plain(o.text))));
  const chosen = () => opts.find((o) => o.value === node.value);
  node.addEventListener('change', () => node.value && choose(node.value));
  return { node, read: () => ({ type: e.type, [key]: shape(chosen()) }) };
}

function multiSelect(e, opts, key, shape, initialValues) {
  const initial = new Set(initialValues ?? (e.initial_options ?? []).map((o) => o.value));
  const node = el('select', { multiple: true, size: Math.min(6, opts.length) },
    opts.map((o) => el('option', { value: o.value, selected: initial.has(o.value) }, plain(o.text))));
  const chosen = () => opts.filter((o) => [...node.selectedOptions].some((s) => s.value === o.value));
  return { node, read: () => ({ type: e.type, [key]: shape(chosen()) }) };
}

/** UNIX seconds as a datetime-local input's value (this browser's time zone, to the minute); null for none. */
function localDateTime(seconds) {
  if (seconds == null) return null;
  const d = new Date(seconds * 1000);
  const two = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

function picker(e, inputType, initial, key, choose, convert = (v) => v || null) {
  const node = el('input', { type: inputType, value: initial ?? undefined });
  node.addEventListener('change', () => node.value && choose(node.value));
  return { node, read: () => ({ type: e.type, [key]: convert(node.value) }) };
}

function ticks(e, inputType, choose) {
  const name = `${e.action_id}-${Math.random().toString(36).slice(2)}`;
  const initial = new Set([...(e.initial_options ?? []), e.initial_option].filter(Boolean).map((o) => o.value));
  const boxes = (e.options ?? []).map((o) => {
    const box = el('input', { type: inputType, name, value: o.value, checked: initial.has(o.value) });
    box.addEventListener('change', () => choose(o.value));
    return { option: o, box, label: el('label', { class: 'tick' }, box, ' ', plain(o.text)) };
  });
  const chosen = () => boxes.filter((b) => b.box.checked).map((b) => b.option);
  const read = inputType === 'checkbox'
    ? () => ({ type: e.type, selected_options: chosen() })
    : () => ({ type: e.type, selected_option: chosen()[0] ?? null });
  return { node: el('div', { class: 'ticks' }, boxes.map((b) => b.label)), read };
}
