// The sandbox's own endpoints: the workspace as one person sees it, and the acts that send the bot Slack's requests.
export async function seen(userId) {
  const response = await fetch(`/sandbox/seen?as=${encodeURIComponent(userId)}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`state: HTTP ${response.status}`);
  return response.json();
}

// kind: command | message | edit | delete | react | click | submit | close. Answers {sent, status, body}.
export async function act(kind, body) {
  const response = await fetch(`/sandbox/act/${kind}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) return { sent: false, status: response.status, body: `The sandbox answered HTTP ${response.status}` };
  return response.json();
}

// The bot's ack body as JSON, or null when it is empty or plain text.
export function ackJson(answer) {
  try {
    return answer.body ? JSON.parse(answer.body) : null;
  } catch {
    return null;
  }
}
