import { NEWS_LEAD } from '../rules/boilerplate.js'
import {
  ADDRESSEE, DOC_NUMBER, HAS_DOC_TYPE, NAME_ONLY, NOT_NAMES, OFFICE_ONLY, SALUTATION, SPEAKER, SUBTITLE, SUBTITLE_TAIL, TITLE_END,
} from '../rules/front.js'
import { matchMarker } from '../rules/numbering.js'
import { type Block, type DocumentState, dropBlock } from '../util/document.js'
import { edgeRule } from './boilerplate.js'

const SENTENCE_END = /[。！？!?]/

/** Running text: long enough and punctuated like a sentence. */
export function isProse(text: string): boolean {
  return (text.length >= 40 && /[。，；,]/.test(text)) || (text.length >= 16 && /[。！？]$/.test(text) && /[，、；]/.test(text))
}

function nextKeptIndex(blocks: Block[], i: number): number {
  for (let j = i + 1; j < blocks.length; j++) if (blocks[j]!.status === 'keep') return j
  return blocks.length
}

function isTitleLike(text: string): boolean {
  if (text.length < 4 || text.length > 80) return false
  if (SENTENCE_END.test(text) || matchMarker(text) || SALUTATION.test(text)) return false
  return TITLE_END.test(text) || /(?:报告|公报)/.test(text)
}

/** Where the body starts: the salutation, the first heading, or the first prose paragraph. */
function findBodyStart(blocks: Block[]): number {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    if (b.status !== 'keep') continue
    const t = b.norm
    if (SALUTATION.test(t)) return i
    if (edgeRule(t) || NEWS_LEAD.test(t)) continue
    if (ADDRESSEE.test(t) && !SALUTATION.test(t)) return nextKeptIndex(blocks, i)
    const marker = matchMarker(t)
    if (marker && ['cn-comma', 'chapter', 'part', 'article', 'roman'].includes(marker.style) && marker.ordinal === 1) return i
    if (isProse(t) && !isTitleLike(t) && !SUBTITLE.test(t)) return i
  }
  return blocks.length
}

/**
 * The document front, found walking back from where the body starts: the
 * salutation, speaker, subtitle, 文号 and 主送, and the title. What stands
 * before the title is the page's head: chrome, unless it is running text.
 */
export function front(state: DocumentState): void {
  const blocks = state.blocks
  const bodyStart = findBodyStart(blocks)
  state.bodyStart = bodyStart
  const first = blocks[bodyStart]
  if (first && SALUTATION.test(first.norm)) first.role = 'salutation'
  let title = -1
  let speakerSeen = false
  for (let i = bodyStart - 1; i >= 0; i--) {
    const b = blocks[i]!
    if (b.status !== 'keep') continue
    const t = b.norm
    if (i === bodyStart - 1 && SALUTATION.test(t)) {
      b.role = 'salutation'
      continue
    }
    const rule = edgeRule(t)
    if (rule) {
      dropBlock(b, rule)
      continue
    }
    if (NEWS_LEAD.test(t)) {
      dropBlock(b, 'boilerplate/news-lead')
      continue
    }
    if (SALUTATION.test(t)) b.role = 'salutation'
    else if (DOC_NUMBER.test(t)) b.role = 'docNumber'
    else if (ADDRESSEE.test(t)) b.role = 'addressee'
    else if (SUBTITLE.test(t)) b.role = 'subtitle'
    else if (SUBTITLE_TAIL.test(t) && i > 0 && SUBTITLE.test(prevKept(blocks, i)?.norm ?? '')) b.role = 'subtitle'
    else if (!speakerSeen && SPEAKER.test(t)) {
      b.role = 'speaker'
      speakerSeen = true
    } else if (!speakerSeen && NAME_ONLY.test(t) && !NOT_NAMES.has(t) && !HAS_DOC_TYPE.test(t)) {
      b.role = 'speaker'
      speakerSeen = true
      const prev = prevKept(blocks, i)
      if (prev && OFFICE_ONLY.test(prev.norm)) prev.role = 'speaker'
    } else if (b.role === 'speaker') {
      // marked by the name line below it
    } else if (splitCombined(b)) {
      title = i
      break
    } else if (isTitleLike(t)) {
      b.role = 'title'
      title = i
      const prev = prevKept(blocks, i)
      // The first line of a title printed over two: `国务院关于印发` / `…的通知`.
      const opensTitle = (x: string) => /关于/.test(x) || (x.length >= 10 && !/(?:要闻|新闻|频道|专题|栏目|首页|动态)/.test(x))
      if (prev && opensTitle(prev.norm) && !HAS_DOC_TYPE.test(prev.norm) && prev.norm.length <= 40 && !SENTENCE_END.test(prev.norm) && !edgeRule(prev.norm) && !matchMarker(prev.norm) && !/[:：]$/.test(prev.norm)) {
        prev.role = 'title'
        title = blocks.indexOf(prev)
      }
      break
    } else {
      b.role = 'front'
    }
  }
  if (title < 0) {
    // No title-like line: the front stays as it is, nothing before it is dropped.
    for (const b of blocks.slice(0, bodyStart)) if (b.role === 'front') b.role = undefined
    return
  }
  const titleText = blocks
    .slice(title)
    .filter((b) => b.role === 'title')
    .map((b) => b.norm)
    .join('')
  // The page's chrome ends at its last recognised line before the title;
  // what stands between it and the title belongs to the document (a kicker
  // above the title), unless it repeats the title as the page's own heading.
  const titleStart = blocks[title]!.lines[0]!.start
  let lastChrome = -1
  for (const line of state.lines) {
    if (line.start >= titleStart) break
    if (line.status === 'drop' && line.rule?.startsWith('boilerplate/')) lastChrome = line.start
  }
  for (let i = 0; i < title; i++) {
    const b = blocks[i]!
    if (b.status === 'keep' && edgeRule(b.norm)) lastChrome = Math.max(lastChrome, b.lines[0]!.start)
  }
  for (let i = 0; i < title; i++) {
    const b = blocks[i]!
    if (b.status !== 'keep') continue
    const repeatsTitle = b.norm.includes(titleText) || titleText.includes(b.norm)
    if (repeatsTitle) {
      dropBlock(b, 'boilerplate/page-title')
      continue
    }
    if (isProse(b.norm)) continue
    if (b.lines[0]!.start > lastChrome && (lastChrome >= 0 || b.norm.length > 12)) {
      b.role = 'front'
      continue
    }
    dropBlock(b, edgeRule(b.norm) ?? 'boilerplate/head')
  }
}

function prevKept(blocks: Block[], i: number): Block | undefined {
  for (let j = i - 1; j >= 0; j--) if (blocks[j]!.status === 'keep') return blocks[j]
  return undefined
}

const COMBINED = /^(.{2,40}?(?:报告|公报|讲话))\s*((?:——|――|—|─)\s*.{4,60}?(?:会议上|大会上|会上))(.*)$/

/** `政府工作报告——2017年3月5日在…会议上国务院总理 李克强`: title, subtitle and speaker in one line. */
function splitCombined(b: Block): boolean {
  const m = COMBINED.exec(b.norm)
  if (!m) return false
  const t = m[1]!.length
  const s = t + m[2]!.length
  b.role = 'title'
  b.segments = [
    { role: 'title', from: 0, to: t },
    { role: 'subtitle', from: t, to: s },
  ]
  const rest = m[3]!.trim()
  if (rest) {
    const from = b.norm.indexOf(rest, s)
    b.segments.push({ role: SPEAKER.test(rest) || NAME_ONLY.test(rest) ? 'speaker' : 'subtitle', from, to: from + rest.length })
  }
  return true
}

