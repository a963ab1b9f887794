// Builds DOM nodes from tag, attributes and children. Text is always a text node: user data is never parsed as HTML.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Replaces the children of a node.
export function fill(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

// The text of a Slack text object ({type, text}) or a plain string.
export function plain(textObject) {
  if (!textObject) return '';
  return typeof textObject === 'string' ? textObject : textObject.text ?? '';
}
