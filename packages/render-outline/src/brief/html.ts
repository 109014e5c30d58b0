/**
 * HTML for a gongwen tree (the brief, or any document), as a standalone page.
 */
import type { Nodes, Root } from '@gongwen/parser'
import { escapeXml } from '../formats/escape.js'
import { htmlPage } from '../formats/html-page.js'
import { toText } from '../text.js'
import { briefDepth, briefTable, renderTree, type TreeHandlers } from './tree-handlers.js'

const handlers: Required<TreeHandlers> = {
  root: (node, state) => node.children.map((child) => state.one(child)).join('\n'),
  title: (node, state) => `<h1>${state.all(node)}</h1>`,
  subtitle: (node, state) => `<p class="title-en" lang="en">${state.all(node)}</p>`,
  speaker: (node, state) => `<p class="speaker">${state.all(node)}</p>`,
  salutation: (node, state) => `<p>${state.all(node)}</p>`,
  docNumber: (node, state) => `<p class="doc-number">${state.all(node)}</p>`,
  addressee: (node, state) => `<p>${state.all(node)}</p>`,
  heading: (node, state) => {
    const level = Math.min(6, node.depth + 1)
    return `<h${level}>${escapeXml(node.numbering?.marker ?? '')}${state.all(node)}</h${level}>`
  },
  paragraph: (node, state) => {
    const depth = briefDepth(node)
    const body = node.children.map((child) => state.one(child)).join('')
    return depth === undefined
      ? `<p>${body}</p>`
      : `<p class="outline-entry" style="margin: .2rem 0 .2rem ${(depth - 1) * 1.75}rem">${body}</p>`
  },
  runInHeading: (node, state) => `<strong>${escapeXml(node.numbering?.marker ?? '')}${state.all(node)}</strong>`,
  list: (node, state) => {
    const table = briefTable(node)
    if (table) {
      const head = table.columns.map((column) => `<th>${escapeXml(column)}</th>`).join('')
      const rows = table.rows
        .map((cells) => `<tr>${cells.map((cell, index) => `<td${index === 1 || index === 2 ? ' class="num"' : ''}>${escapeXml(cell)}</td>`).join('')}</tr>`)
        .join('\n')
      return `<table class="figures">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`
    }
    return `<ul class="leads">\n${node.children.map((child) => state.one(child)).join('\n')}\n</ul>`
  },
  listItem: (node, state) => `<li><span class="marker">${escapeXml(node.marker)}</span>${state.all(node)}</li>`,
  toc: (node, state) => `<nav class="toc">${state.all(node)}</nav>`,
  signature: (node, state) => `<div class="signature">${state.all(node)}</div>`,
  appendix: (node, state) => `<section class="appendix">${state.all(node)}</section>`,
  text: (node) => escapeXml(node.value),
}

export function briefToHtml(brief: Root): string {
  const title = brief.children.find((child) => child.type === 'title')
  return htmlPage({
    title: title ? toText(title) : 'Reading brief',
    style: 'ul.leads { list-style: none; padding: 0; } ul.leads li { margin: .4rem 0; } table.figures { font-size: .9rem; }',
    body: renderTree(brief, handlers),
  })
}
