/** Patterns for the document front, as data. */

/** Document kinds, longest first, as they end a title. */
export const DOC_TYPES = [
  '政府工作报告', '统计公报', '国民经济和社会发展统计公报', '工作报告', '实施方案', '工作方案', '行动方案', '行动计划', '实施意见', '指导意见',
  '若干意见', '管理办法', '实施办法', '实施细则', '工作规则', '若干措施', '工作要点', '发展规划', '规划纲要', '决议', '决定', '通知', '通告', '公告', '公报',
  '意见', '方案', '办法', '规则', '规定', '条例', '细则', '规划', '纲要', '报告', '讲话', '举措', '措施', '批复', '函', '令', '计划', '要点', '白皮书',
].sort((a, b) => b.length - a.length)

const DOC_TYPE_ALT = DOC_TYPES.join('|')

/** Ends like a title: a document kind, optionally with a bracketed note. */
export const TITLE_END = new RegExp(`(?:${DOC_TYPE_ALT})(?:[（(][^（()）]{0,30}[）)])?$`)
export const HAS_DOC_TYPE = new RegExp(`(?:${DOC_TYPE_ALT})`)

/** `——2023年2月8日在…会议上`, `（2026年1月27日在…）`, `——二〇二六年…`, `（2023年5月）`. */
export const SUBTITLE = /^(?:(?:——|――|──|—|－－|--|―|─)\s*[\d\u3400-\u9fff〇○]|[（(][^（()）]{0,60}(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[^（()）]{0,60}[）)]$|\d{4}年\d{1,2}月\d{1,2}日在.{4,60}上$)/
/** The second half of a subtitle printed over two lines. */
export const SUBTITLE_TAIL = /(?:会议|大会|会)上[）)]?$/

export const OFFICE = '(?:代理)?(?:代)?(?:省长|市长|区长|县长|州长|旗长|盟长|主席|总理|副总理|书记|主任|部长|局长|厅长|委员长|院长|镇长|乡长)'
const NAME = '[\\u4e00-\\u9fff·•]{2,6}'

/** `重庆市渝北区人民政府区长廖红军`, `省长　王予波`, `国务院总理 李克强`. */
export const SPEAKER = new RegExp(`^(.{0,24}?)(${OFFICE})\\s*(${NAME})$`)
/** `国务院总理` alone, the name on the next line. */
export const OFFICE_ONLY = new RegExp(`^(.{0,24}?)(${OFFICE})$`)
/** A name alone: `周恩来`, `栗俊昌` (letter-spacing already removed). */
export const NAME_ONLY = /^[\u4e00-\u9fff·•]{2,4}$/

export const SALUTATION = /^(?:各位代表|各位委员|各位政协委员|各位代表、各位委员|同志们|女士们、先生们|各位来宾|Fellow Deputies|Fellow Deputies and Members)[：:！!，,。]?$/

export const DOC_NUMBER = /^[\u4e00-\u9fff]{1,12}\s*[〔\[【(（［]\s*\d{4}\s*[〕\]】)）］]\s*\d{1,4}\s*号$/

/** 主送: `各省、自治区、直辖市人民政府，国务院各部委、各直属机构：` */
export const ADDRESSEE = /^[^。！？]{4,120}(?:人民政府|各部委|直属机构|各单位|各部门|委员会|办公厅|办公室|各有关单位|局|厅)[^。！？]{0,40}[：:]$/

/** Words that are never a speaker's name though they look like one. */
export const NOT_NAMES = new Set(['各位代表', '政府工作', '工作报告', '目录', '附件', '注释', '前言', '结束语', '说明', '名词解释'])
