export { AST_VERSION } from './ast.js'
export type {
  Addressee,
  Appendix,
  BlockContent,
  BlockContentMap,
  Data,
  DocNumber,
  FrontContent,
  FrontContentMap,
  Heading,
  List,
  ListContent,
  ListContentMap,
  ListItem,
  ListStyle,
  Literal,
  Meta,
  Node,
  Nodes,
  Numbering,
  NumberingStyle,
  Paragraph,
  Parent,
  PhrasingContent,
  PhrasingContentMap,
  Point,
  Position,
  Removed,
  Root,
  RootContent,
  RootContentMap,
  RootData,
  RunInHeading,
  Salutation,
  Signature,
  Speaker,
  SpeakerMeta,
  Subtitle,
  Text,
  Title,
  Toc,
} from './ast.js'
export { parse, passes } from './parse.js'
export type { ParseOptions, ParseResult, Pass } from './parse.js'
export { GongwenError, isGongwenError } from './errors.js'
export type { GongwenErrorCode } from './errors.js'
export { gongwenParse } from './plugin.js'
export { toMdast } from './to-mdast.js'
export { decode } from './passes/decode.js'
export type { DecodeResult } from './passes/decode.js'
export type { ParseMessage } from './util/document.js'
export { lineReport } from './line-report.js'
export type { LineReport } from './line-report.js'
