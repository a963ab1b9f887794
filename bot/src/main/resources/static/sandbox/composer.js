// The message box: plain text is a message (or a thread reply); "/report …" and "/incident …" are slash commands,
// with their hints as Slack shows them (from bot/slack-app-manifest.yml).
import { el, fill } from './dom.js';

const COMMANDS = [
  { command: '/report', description: 'Report a suspected security incident', hint: '[what happened]' },
  { command: '/incident', description: 'Manage security incidents (CSIRT responders)',
    hint: 'declare [title] | status <phase> | severity <S1-S4> <reason> | role <role> @user | note <text> | '
      + 'decide [question] | playbook [id] | exercise [scenario] | resolve | close | hold/release <reason> | verify | help' },
];

// send: {command(command, text), message(text, threadTs)}. Returns {replyTo(ts)}.
export function composer(root, send) {
  const box = el('textarea', { rows: 2, 'data-composer': 'true', placeholder: 'Message, or / for commands — Enter sends, Shift+Enter for a new line' });
  const hints = el('div', { class: 'hints' });
  const thread = el('div', { class: 'thread-note' });
  let threadTs = null;

  const replyTo = (ts) => {
    threadTs = ts;
    fill(thread, ts ? ['Replying in thread ', el('button', { type: 'button', class: 'link', onclick: () => replyTo(null) },
      'cancel')] : null);
    box.focus();
  };
  const showHints = () => {
    const typed = box.value.split(/\s/)[0];
    const matching = box.value.startsWith('/') ? COMMANDS.filter((c) => c.command.startsWith(typed)) : [];
    fill(hints, matching.map((c) => el('button', { type: 'button', class: 'hint-item', onclick: () => {
      box.value = `${c.command} `;
      box.focus();
      showHints();
    } }, el('b', {}, c.command), ' ', el('span', { class: 'muted' }, c.hint), el('div', {}, c.description))));
  };
  const submit = () => {
    const text = box.value.trim();
    if (!text) return;
    const command = text.match(/^(\/\S+)\s*([\s\S]*)$/);
    if (command) send.command(command[1], command[2]);
    else send.message(text, threadTs);
    box.value = '';
    showHints();
  };
  box.addEventListener('input', showHints);
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      submit();
    }
  });
  fill(root, hints, thread, el('div', { class: 'compose-row' }, box,
    el('button', { type: 'button', class: 'btn primary', onclick: submit }, 'Send')));
  return { replyTo };
}
