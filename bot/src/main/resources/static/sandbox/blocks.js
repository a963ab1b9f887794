// Block Kit blocks as DOM: section (text, fields, accessory), header, context, divider, actions, image (as its alt
// text), rich_text (as text). ctx: {names: id → name, people, act(blockId, element, value)} for interactive elements.
import { el, plain } from './dom.js';
import { mrkdwn } from './mrkdwn.js';
import { control } from './controls.js';

export function blocks(list, ctx) {
  return el('div', { class: 'blocks' }, (list ?? []).map((b) => block(b, ctx)));
}

export function block(b, ctx) {
  const render = RENDERERS[b.type];
  return render ? render(b, ctx) : el('div', { class: 'muted' }, `[${b.type} block]`);
}

export function text(textObject, ctx) {
  if (!textObject) return '';
  if (textObject.type === 'mrkdwn') return el('span', { class: 'mrkdwn' }, mrkdwn(textObject.text, ctx.names));
  return el('span', {}, plain(textObject));
}

const RENDERERS = {
  section: (b, ctx) => el('div', { class: 'section' },
    el('div', { class: 'section-body' },
      b.text ? el('div', {}, text(b.text, ctx)) : null,
      b.fields ? el('div', { class: 'fields' }, b.fields.map((f) => el('div', {}, text(f, ctx)))) : null),
    b.accessory ? el('div', { class: 'accessory' }, element(b.accessory, b.block_id, ctx)) : null),
  header: (b) => el('h3', { class: 'header' }, plain(b.text)),
  context: (b, ctx) => el('div', { class: 'context' }, (b.elements ?? []).map((e) =>
    (e.type === 'image' ? el('span', {}, `[${e.alt_text ?? 'image'}] `) : el('span', {}, text(e, ctx), ' ')))),
  divider: () => el('hr'),
  actions: (b, ctx) => el('div', { class: 'actions' }, (b.elements ?? []).map((e) => element(e, b.block_id, ctx))),
  image: (b) => el('div', { class: 'image' }, `[image: ${b.alt_text ?? plain(b.title)}]`),
  rich_text: (b, ctx) => el('div', { class: 'rich-text' }, (b.elements ?? []).map((e) => richPart(e, ctx))),
  file: () => el('div', { class: 'muted' }, '[file]'),
  video: (b) => el('div', { class: 'muted' }, `[video: ${b.alt_text ?? ''}]`),
};

// An interactive element of a message (or of a form's actions block): it acts at once, as in Slack.
function element(e, blockId, ctx) {
  return control(e, ctx.people, ctx.act ? (value) => ctx.act(blockId, e, value) : null).node;
}

function richPart(part, ctx) {
  const children = (part.elements ?? []).map((e) => (e.elements ? richPart(e, ctx) : richLeaf(e, ctx)));
  switch (part.type) {
    case 'rich_text_list': return el(part.style === 'ordered' ? 'ol' : 'ul', {}, children.map((c) => el('li', {}, c)));
    case 'rich_text_quote': return el('blockquote', {}, children);
    case 'rich_text_preformatted': return el('pre', {}, children);
    default: return el('div', {}, children);
  }
}

function richLeaf(e, ctx) {
  switch (e.type) {
    case 'text': return styled(e.text, e.style);
    case 'link': return el('a', { href: /^https?:/i.test(e.url) ? e.url : undefined, target: '_blank', rel: 'noopener' },
      e.text ?? e.url);
    case 'user': return el('span', { class: 'mention' }, '@' + (ctx.names[e.user_id] ?? e.user_id));
    case 'channel': return el('span', { class: 'mention' }, '#' + (ctx.names[e.channel_id] ?? e.channel_id));
    case 'emoji': return `:${e.name}:`;
    case 'date': return e.fallback ?? '';
    default: return e.text ?? '';
  }
}

function styled(value, style = {}) {
  let node = document.createTextNode(value);
  if (style.code) node = el('code', {}, node);
  if (style.bold) node = el('b', {}, node);
  if (style.italic) node = el('i', {}, node);
  if (style.strike) node = el('s', {}, node);
  return node;
}
