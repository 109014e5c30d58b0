/** Text for HTML and XML: the five special characters, and control characters XML forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** Inline Markdown text: nothing in it can start markup or raw HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]{}#+!|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^-(?=\s)/, '\\-')
    .replace(/\s+/g, ' ')
}
