import { type DocumentState, dropBlock } from '../util/document.js'
import { matchMarker } from '../rules/numbering.js'
import { edgeRule } from './boilerplate.js'

/** Lines a document really ends with: 落款 (issuer, date), 附注, appendix labels. */
const CLOSING = /(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年.{1,6}月|(?:政府|国务院|委员会|常委会|办公厅|办公室|人大|政协|局|部|厅|院|委|会|队|所|中心|公司|小组)$|^[（(].{2,30}[）)]$|^(?:附件|附表|附录|名词解释|注释|注|说明)/

/**
 * The page's tail: after the last line of the document, what the edge rules
 * name, and short lines that are neither a closing line nor text, are chrome.
 */
export function tail(state: DocumentState): void {
  const blocks = state.blocks
  relatedLinks(state)
  for (let i = blocks.length - 1; i >= state.bodyStart; i--) {
    const b = blocks[i]!
    if (b.status !== 'keep') continue
    const t = b.norm
    const rule = edgeRule(t)
    if (rule) {
      dropBlock(b, rule)
      continue
    }
    if (/^附件\s*[:：]?$/.test(t)) {
      // Everything after it is chrome: the site's empty attachment widget.
      dropBlock(b, 'boilerplate/empty-attachment')
      continue
    }
    if (t.length <= 3 && !/[\u4e00-\u9fff]{2}/.test(t) && !CLOSING.test(t) && !/\d/.test(t)) {
      dropBlock(b, 'boilerplate/tail')
      continue
    }
    break
  }
}


/**
 * After a related-links label (`相关报道：`, `相关附件>>`) that follows the
 * last heading, the page lists other articles: titles, teasers, link ids.
 * Drop what follows it up to the first long block.
 */
function relatedLinks(state: DocumentState): void {
  const blocks = state.blocks
  let lastHeading = state.bodyStart
  for (let i = state.bodyStart; i < blocks.length; i++) if (blocks[i]!.status === 'keep' && matchMarker(blocks[i]!.norm)) lastHeading = i
  for (let i = lastHeading + 1; i < blocks.length; i++) {
    const b = blocks[i]!
    if (b.status !== 'keep' || edgeRule(b.norm) !== 'boilerplate/related') continue
    dropBlock(b, 'boilerplate/related')
    for (let j = i + 1; j < blocks.length; j++) {
      const c = blocks[j]!
      if (c.status !== 'keep') continue
      if (c.norm.length >= 150) break
      dropBlock(c, 'boilerplate/related')
    }
    return
  }
}
