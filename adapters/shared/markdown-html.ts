/**
 * The answers' Markdown subset (bold, italic, lists, links) as HTML for platforms that take HTML
 * (Telegram). Everything is escaped first, so no content or user text can inject markup; only
 * balanced marks within one piece become tags, so every piece is valid HTML on its own.
 */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escape(s).replace(/"/g, '&quot;');

export function markdownToHtml(markdown: string): string {
  return escape(markdown)
    .replace(/\[([^\]\n]+)\]\((https:\/\/[^)\s]+)\)/g, (_, label: string, url: string) => `<a href="${escapeAttr(url.replace(/&amp;/g, '&'))}">${label}</a>`)
    .replace(/\*\*([^*\n]+?)\*\*/g, '<b>$1</b>')
    .replace(/(^|[\s(])_([^_\n]+?)_(?=$|[\s).,;:!?])/gm, '$1<i>$2</i>')
    .replace(/^- /gm, '• ');
}

export { escape as escapeHtml };
