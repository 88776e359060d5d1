// The little Markdown that copydesk's hover text uses (paragraphs, `---` rules, `- ` lists,
// `#` headings, **bold**, `code`), turned into DOM nodes. Text is never parsed as HTML.

function appendInline(parent: HTMLElement, text: string): void {
  const pattern = /\*\*([^*]+)\*\*|`([^`]+)`/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parent.append(text.slice(last, match.index));
    const element = document.createElement(match[1] !== undefined ? 'strong' : 'code');
    element.textContent = match[1] ?? match[2];
    parent.append(element);
    last = match.index + match[0].length;
  }
  parent.append(text.slice(last));
}

export function renderMarkdown(markdown: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'markdown';
  let list: HTMLElement | undefined;
  for (const block of markdown.split(/\n{2,}/)) {
    if (block.trim() === '---') {
      root.append(document.createElement('hr'));
      continue;
    }
    list = undefined;
    let paragraph: HTMLElement | undefined;
    for (const line of block.split('\n')) {
      const item = /^\s*[-*] (.*)$/.exec(line);
      const heading = /^(#{1,6}) (.*)$/.exec(line);
      if (item) {
        list ??= root.appendChild(document.createElement('ul'));
        const li = list.appendChild(document.createElement('li'));
        appendInline(li, item[1]);
        paragraph = undefined;
      } else if (heading) {
        const h = root.appendChild(document.createElement('h4'));
        appendInline(h, heading[2]);
        paragraph = undefined;
        list = undefined;
      } else if (line.trim() !== '') {
        if (!paragraph) {
          paragraph = root.appendChild(document.createElement('p'));
        } else {
          paragraph.append(' ');
        }
        appendInline(paragraph, line);
        list = undefined;
      }
    }
  }
  return root;
}
