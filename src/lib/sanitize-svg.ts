// Makes an SVG tree safe to publish: no scripts, no event handlers, no external references.
const DROP_ELEMENTS = ['script', 'foreignObject', 'iframe', 'object', 'embed'];

export function sanitizeSvg(root: Element): void {
  for (const tag of DROP_ELEMENTS) for (const el of [...root.getElementsByTagName(tag)]) el.remove();
  const all = [root, ...root.querySelectorAll('*')];
  for (const el of all) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      const isHref = name === 'href' || name === 'xlink:href' || name === 'src';
      if (name.startsWith('on')) el.removeAttribute(attr.name);
      else if (isHref && !value.startsWith('#') && !value.startsWith('data:image/')) el.removeAttribute(attr.name);
      else if (value.includes('javascript:')) el.removeAttribute(attr.name);
      else if (name === 'tabindex' || name === 'role' || name === 'aria-pressed' || name === 'data-testid') el.removeAttribute(attr.name);
    }
  }
}
