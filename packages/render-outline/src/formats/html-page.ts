import { escapeXml } from './escape.js'

/**
 * A standalone HTML5 page, also well-formed XML (void elements self-closed),
 * readable on screen and printable on A4.
 */
export function htmlPage(options: { title: string; body: string; lang?: string; style?: string }): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${options.lang ?? 'zh-Hans'}">`,
    '<head>',
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${escapeXml(options.title)}</title>`,
    `<style>${STYLE}${options.style ? '\n' + options.style : ''}</style>`,
    '</head>',
    '<body>',
    '<main>',
    options.body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

const STYLE = `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1a1a1a; font: 16px/1.6 "Noto Serif SC", "Source Han Serif SC", "Songti SC", SimSun, serif; }
main { max-width: 48rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 0 0 .25rem; text-align: center; }
h2 { font-size: 1.2rem; margin: 2rem 0 .75rem; border-bottom: 1px solid #ccc; padding-bottom: .25rem; }
[lang="en"] { font-family: "Noto Serif", Georgia, "Times New Roman", serif; }
.title-en { text-align: center; font-style: italic; margin: 0 0 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; font-weight: 600; white-space: nowrap; }
td.num { text-align: right; white-space: nowrap; }
ol.outline, ol.outline ol { list-style: none; margin: 0; padding: 0; }
ol.outline ol { padding-left: 1.75rem; }
ol.outline li { margin: .4rem 0; break-inside: avoid; }
.zh { margin: 0; }
.en { margin: 0; color: #333; }
li.depth-1 > .zh { font-weight: 700; font-family: "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
li.lead > .zh, li.lead > .en { font-size: .95rem; }
.marker { margin-right: .25em; }
.source { font-size: .75rem; color: #8a5a00; border: 1px solid #d9b36c; border-radius: .2rem; padding: 0 .25rem; margin-left: .4rem; font-style: normal; white-space: nowrap; }
.legend { margin-top: 2rem; font-size: .85rem; color: #555; }
@media print {
  @page { size: A4; margin: 20mm 18mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .source { border: none; padding: 0; }
}
`.trim()
