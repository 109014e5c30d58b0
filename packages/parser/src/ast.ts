/**
 * The gongwen syntax tree (unist). A closed, versioned AST: renderers may rely
 * on exactly these node types for a given `AST_VERSION`.
 *
 * Every node made from the input carries `position` (1-based line/column,
 * 0-based offset into the *decoded* text). Text values are normalised
 * (see the normalise pass) while positions keep pointing at the original.
 * Generated nodes carry no `position`.
 */
import type {
  Data as UnistData,
  Literal as UnistLiteral,
  Node as UnistNode,
  Parent as UnistParent,
  Position,
} from 'unist'

export type { Position, Point } from 'unist'

/**
 * Bumped on any change a consumer could notice in the shape of the tree.
 * 2: numbering style `roman` (the English versions' `I.`), and markers in
 * English text keep the space after them.
 */
export const AST_VERSION = 2

// ---------------------------------------------------------------------------
// Content maps: extend these with module augmentation to add node types.

/** Nodes that may appear in the document front (before the body). */
export interface FrontContentMap {
  title: Title
  subtitle: Subtitle
  speaker: Speaker
  salutation: Salutation
  docNumber: DocNumber
  addressee: Addressee
}

/** Block nodes of the body (and of appendices). */
export interface BlockContentMap {
  heading: Heading
  paragraph: Paragraph
  list: List
  toc: Toc
  signature: Signature
}

/** Children of `root`. */
export interface RootContentMap extends FrontContentMap, BlockContentMap {
  appendix: Appendix
}

/** Inline nodes. */
export interface PhrasingContentMap {
  text: Text
  runInHeading: RunInHeading
}

export interface ListContentMap {
  listItem: ListItem
}

export type FrontContent = FrontContentMap[keyof FrontContentMap]
export type BlockContent = BlockContentMap[keyof BlockContentMap]
export type RootContent = RootContentMap[keyof RootContentMap]
export type PhrasingContent = PhrasingContentMap[keyof PhrasingContentMap]
export type ListContent = ListContentMap[keyof ListContentMap]

/** Any node of the tree. */
export type Nodes = Root | RootContent | PhrasingContent | ListContent

// ---------------------------------------------------------------------------
// Abstract nodes

export interface Data extends UnistData {}

export interface Node extends UnistNode {
  data?: Data | undefined
}

export interface Parent extends UnistParent {
  children: Array<RootContent | PhrasingContent | ListContent>
}

export interface Literal extends UnistLiteral {
  value: string
}

// ---------------------------------------------------------------------------
// Root and document data

/** The numbering system of a heading marker. */
export type NumberingStyle =
  | 'chapter' // 第一章
  | 'section' // 第一节
  | 'article' // 第一条
  | 'cn-comma' // 一、
  | 'cn-paren' // （一）
  | 'arabic-dot' // 1． 1. 1、
  | 'arabic-paren' // （1） (1)
  | 'circled' // ①
  | 'decimal' // 1.2.1
  | 'part' // 第一部分
  | 'roman' // I. II. (the official English versions)

export interface Numbering {
  /**
   * The marker exactly as printed, e.g. `（一）`, `1．`, `第三章`; in English
   * text with the space after it (`I. `), so marker + text reads as printed.
   */
  marker: string
  style: NumberingStyle
  /** The number the marker stands for (1-based); for `decimal` the last part. */
  ordinal: number
}

/** The speaker line(s): `重庆市渝北区人民政府区长廖红军`, `国务院总理` / `李　强`. */
export interface Speaker extends Parent {
  type: 'speaker'
  /** Name with letter-spacing removed, e.g. `栗俊昌`. */
  name: string
  /** Role as printed, e.g. `区长`, `国务院总理`; empty when not stated. */
  role: string
  children: PhrasingContent[]
}

export interface SpeakerMeta {
  name: string
  role: string
}

export interface Meta {
  title?: string
  /** 政府工作报告, 统计公报, 通知, 意见, 方案, 办法, 决议, … */
  docType?: string
  /** The issuing region, e.g. `重庆市渝北区`, `湖南省`, `全国`. */
  region?: string
  /** The date of the document or speech, ISO 8601 (`2023-02-08`). */
  date?: string
  /** The meeting the report was given at. */
  meeting?: string
  speaker?: SpeakerMeta
  /** From `本文地址:` and similar; as printed (may be a path). */
  sourceUrl?: string
  /** From `发布日期`, `时间：` and similar, ISO 8601. */
  publishedAt?: string
  /** The site's `来源：` line. */
  source?: string
  /** 文号, e.g. `国发〔2018〕39号`. */
  docNumber?: string
  /** The issuing authority (发文机关 / 落款). */
  issuer?: string
}

export interface Removed {
  /** The dropped text exactly as in the decoded input. */
  value: string
  position: Position
  /** The name of the rule or pass that dropped it, e.g. `boilerplate/toolbar`. */
  rule: string
}

export interface RootData extends Data {
  astVersion: number
  meta: Meta
  removed: Removed[]
}

export interface Root extends Parent {
  type: 'root'
  children: RootContent[]
  data: RootData
}

// ---------------------------------------------------------------------------
// Front

/** The document title; a title printed over several lines is one node. */
export interface Title extends Parent {
  type: 'title'
  children: PhrasingContent[]
}

/** The line under the title: `——2023年2月8日在…会议上`, `（2023年5月）`. */
export interface Subtitle extends Parent {
  type: 'subtitle'
  children: PhrasingContent[]
}

/** `各位代表：` */
export interface Salutation extends Parent {
  type: 'salutation'
  children: PhrasingContent[]
}

/** 发文字号 such as `国发〔2018〕39号`. */
export interface DocNumber extends Parent {
  type: 'docNumber'
  children: PhrasingContent[]
}

/** 主送机关: `各省、自治区、直辖市人民政府，国务院各部委、各直属机构：` */
export interface Addressee extends Parent {
  type: 'addressee'
  children: PhrasingContent[]
}

// ---------------------------------------------------------------------------
// Blocks

/**
 * A standalone heading. `depth` is the rank of its numbering style in this
 * document (1 = the first style to appear, e.g. `一、`), not a fixed mapping.
 * `numbering` is null for unnumbered headings (e.g. `附件` titles).
 */
export interface Heading extends Parent {
  type: 'heading'
  depth: 1 | 2 | 3 | 4 | 5 | 6
  numbering: Numbering | null
  /** The heading text without its marker. */
  children: PhrasingContent[]
}

/** A paragraph of running text. May start with a `runInHeading`. */
export interface Paragraph extends Parent {
  type: 'paragraph'
  children: PhrasingContent[]
}

/**
 * A heading printed at the start of a paragraph, `（一）着力推动……。面对……`:
 * the marker and the heading phrase up to its first full stop. Only ever the
 * first child of a `paragraph`.
 */
export interface RunInHeading extends Parent {
  type: 'runInHeading'
  depth: 1 | 2 | 3 | 4 | 5 | 6
  numbering: Numbering | null
  /** The heading phrase without its marker, including its closing `。` if any. */
  children: Text[]
}

export type ListStyle = 'dash' | 'circled'

/** Consecutive lead items: `——坚定不移…` lines, `①…②…` items. */
export interface List extends Parent {
  type: 'list'
  style: ListStyle
  ordered: boolean
  children: ListItem[]
}

export interface ListItem extends Parent {
  type: 'listItem'
  /** The marker as printed: `——`, `①`. */
  marker: string
  /** Item text without its marker. */
  children: PhrasingContent[]
}

/** A `目录` block: the table of contents printed in the page, one entry a line. */
export interface Toc extends Parent {
  type: 'toc'
  children: Paragraph[]
}

/** 落款: the issuer and date lines at the end of the body. */
export interface Signature extends Parent {
  type: 'signature'
  children: Paragraph[]
}

/**
 * Matter after the end of the body: `附件1`, `名词解释`, `注释`. Its numbering
 * restarts; headings inside it are ranked on their own.
 */
export interface Appendix extends Parent {
  type: 'appendix'
  /**
   * The label as printed, e.g. `附件1`, `名词解释`. The label line itself is
   * the first child, a `heading` with `numbering: null` and depth 1.
   */
  label: string
  children: BlockContent[]
}

// ---------------------------------------------------------------------------
// Literals

export interface Text extends Literal {
  type: 'text'
}
