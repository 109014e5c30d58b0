import type { FileChild, ISectionOptions, ParagraphChild } from 'docx'
import type { Nodes, Root } from '@gongwen/parser'
import type { DocxStyleTable } from './style-table.js'

/** Every node of the tree by its `type`. */
export type NodeByType = { [N in Nodes as N['type']]: N }
export type NodeType = keyof NodeByType

/** Node types whose handlers make runs inside a paragraph. */
export type PhrasingType = 'text' | 'runInHeading'

/** What a handler returns: sections for the root, runs for phrasing, blocks for the rest. */
export type HandlerResult<K extends NodeType> = K extends 'root'
  ? ISectionOptions[]
  : K extends PhrasingType
    ? ParagraphChild[]
    : FileChild[]

export type Handler<K extends NodeType> = (node: NodeByType[K], state: State) => HandlerResult<K>

/** One handler per node type; the type checker names a missing one. */
export type Handlers = { [K in NodeType]: Handler<K> }

export interface ToDocxOptions {
  /** `official` (GB/T 9704-2012, default) or `report` (modern reading layout). */
  preset?: 'official' | 'report'
  /** Embed Noto Serif SC / Noto Sans SC so the document looks the same everywhere (adds ~30 MB). */
  embedFonts?: boolean
  /**
   * Add a table of contents when the tree has no 目录 of its own (default true).
   * A tree's own `toc` block always becomes a Word TOC field in place.
   */
  toc?: boolean
  /**
   * Put the `report` preset's front matter on a cover page of its own
   * (default true). Off for short documents such as reading briefs.
   */
  cover?: boolean
  /**
   * Set the preset's justified text flush left (default false): for text
   * that pairs Chinese with English line by line, such as the reading brief,
   * which Word and LibreOffice space out when justified.
   */
  raggedRight?: boolean
}

/** A numbering definition a list asked for, keyed by its reference. */
export interface ListDefinition {
  reference: string
  /** Counts ①②③ from `start`. */
  kind: 'circled'
  start: number
}

export interface State {
  readonly tree: Root
  readonly table: DocxStyleTable
  readonly options: Required<Pick<ToDocxOptions, 'embedFonts' | 'toc' | 'cover' | 'raggedRight'>> & { preset: 'official' | 'report' }
  readonly handlers: Handlers
  /** Render one node with its handler. */
  one<K extends NodeType>(node: NodeByType[K]): HandlerResult<K>
  /** Render the block children of a node, in order. */
  blocks(parent: { children: ReadonlyArray<Nodes> }): FileChild[]
  /** Render the phrasing children of a node, in order. */
  inline(parent: { children: ReadonlyArray<Nodes> }): ParagraphChild[]
  /** Numbering definitions the lists of this document need, in first-use order. */
  readonly lists: Map<string, ListDefinition>
  /** The list being rendered: its numbering reference and instance. */
  list: { reference: string; instance: number } | undefined
  /** Counts list instances so each list restarts its numbering. */
  listInstances: number
  /** Set once the tree's own `toc` block has been rendered as the TOC field. */
  tocRendered: boolean
}
