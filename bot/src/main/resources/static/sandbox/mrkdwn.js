// Slack's mrkdwn as DOM nodes: *bold*, _italic_, ~strike~, `code`, ```blocks```, <@U…>, <#C…|name>, <url|label>,
// <!date^…|fallback>, <!here>, :emoji: (before _italic_, so :white_check_mark: stays one). Slack escapes &, < and >
// in text as &amp; &lt; &gt;. As in Slack, a marker opens only before a non-space and closes only after one, so
// "(* required)" stays as written.
import { el } from './dom.js';

const TOKEN = /```([\s\S]+?)```|<([^<>\n]+)>|`([^`\n]+)`|:([a-z0-9_+-]+):|\*(\S(?:[^*\n]*\S)?)\*|_(\S(?:[^_\n]*\S)?)_|~(\S(?:[^~\n]*\S)?)~/g;

export const EMOJI = { pushpin: '📌', white_check_mark: '✅', eyes: '👀', '+1': '👍', thumbsup: '👍', warning: '⚠️',
  x: '❌', hourglass: '⌛', lock: '🔒', stopwatch: '⏱️', rotating_light: '🚨',
  performing_arts: '🎭' };

export function mrkdwn(text, names = {}) {
  const out = document.createDocumentFragment();
  let last = 0;
  for (const m of (text ?? '').matchAll(TOKEN)) {
    out.append(decode(text.slice(last, m.index)));
    out.append(token(m, names));
    last = m.index + m[0].length;
  }
  out.append(decode((text ?? '').slice(last)));
  return out;
}

function token(m, names) {
  const [, pre, angle, code, emoji, bold, italic, strike] = m;
  if (pre !== undefined) return el('pre', {}, decode(pre));
  if (angle !== undefined) return link(angle, names);
  if (code !== undefined) return el('code', {}, decode(code));
  if (emoji !== undefined) return EMOJI[emoji] ?? `:${emoji}:`;
  if (bold !== undefined) return el('b', {}, mrkdwn(bold, names));
  if (italic !== undefined) return el('i', {}, mrkdwn(italic, names));
  return el('s', {}, mrkdwn(strike, names));
}

function link(inside, names) {
  const bar = inside.indexOf('|');
  const target = bar < 0 ? inside : inside.slice(0, bar);
  const label = bar < 0 ? null : decode(inside.slice(bar + 1));
  if (target.startsWith('@')) {
    const id = target.slice(1);
    return el('span', { class: 'mention' }, '@' + (names[id] ?? label ?? id));
  }
  if (target.startsWith('#')) return el('span', { class: 'mention' }, '#' + (label ?? names[target.slice(1)] ?? target.slice(1)));
  if (target.startsWith('!date^')) return document.createTextNode(label ?? target);
  if (target.startsWith('!subteam^')) return el('span', { class: 'mention' }, label ?? '@team');
  if (target.startsWith('!')) return el('span', { class: 'mention' }, '@' + target.slice(1));
  const href = decode(target);
  if (!/^(https?:|mailto:)/i.test(href)) return document.createTextNode(label ?? href);
  return el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, label ?? href);
}

// A string, never markup: append() and el() turn it into a text node.
function decode(text) {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}
