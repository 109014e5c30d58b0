/**
 * Boilerplate patterns as data. Each rule names a family; `where` says if it
 * may fire anywhere in the page (`any`) or only outside the body (`edge`: the
 * head before the document starts and the tail after it ends), where a false
 * hit cannot cost a real line of the body.
 *
 * Patterns are tested against the normalised, trimmed line. Keep them
 * linear: anchored, no nested quantifiers over overlapping classes.
 */
export interface BoilerplateRule {
  /** `family/name`, reported as the `rule` of each dropped line. */
  rule: string
  pattern: RegExp
  where: 'any' | 'edge'
}

const TOOLBAR_WORDS =
  '下载|打印|全屏|收藏|分享|加大|还原|减小|默认|大|中|小|【|】|\\]|\\[|字号[:：]?|【字号[:：]?|字体[:：]?|【字体[:：]?|打印本页|关闭窗口|关闭本页|关闭|返回顶部|收藏本页|保存|纠错|我要纠错|分享到[:：]?|微信|微博|QQ空间|QQ好友|朋友圈|E-mail推荐|【E-mail推荐|【打印】|【关闭】|X|×|继续访问|放弃|TOP|top|顶部|返回|上一页|下一页|\\|'

export const boilerplateRules: BoilerplateRule[] = [
  // navigation and breadcrumbs
  { rule: 'boilerplate/navigation', pattern: /^(?:导航菜单|网站导航|主导航|首页|返回首页|网站首页|English|ENGLISH|无障碍|无障碍浏览|网站无障碍关怀版|长者模式|关怀版|适老化|繁體|繁体|简体|登录|注册|搜索|站内搜索|高级搜索|个人中心|政务公开|政务服务|互动交流|走进.{1,6})$/, where: 'edge' },
  { rule: 'boilerplate/breadcrumb', pattern: /^(?:当前位置|您当前所在位置|您当前的位置|您的位置|您现在的位置|您所在的位置|所在位置|当前页面|位置)\s*[:：]/, where: 'any' },
  { rule: 'boilerplate/breadcrumb', pattern: /^(?:网站首页|首页|主页)\s*(?:>|>>|›|»|\/|＞)/, where: 'any' },
  { rule: 'boilerplate/breadcrumb', pattern: /^(?:>|>>|›|»|＞|\/)+$/, where: 'any' },
  // toolbars, split one token a line or in one line
  { rule: 'boilerplate/toolbar', pattern: new RegExp(`^(?:(?:${TOOLBAR_WORDS})\\s*){1,12}$`), where: 'edge' },
  { rule: 'boilerplate/toolbar', pattern: /^(?:【[^】\n]{1,10}】\s*){1,8}$/, where: 'any' },
  { rule: 'boilerplate/toolbar', pattern: /^【?(?:字号|字体)\s*[:：]\s*(?:[大中小]\s*){1,3}】?$/, where: 'any' },
  { rule: 'boilerplate/toolbar', pattern: /^【?E-mail推荐/, where: 'any' },
  // publishing metadata
  { rule: 'boilerplate/publishing', pattern: /^[（(]?(?:来源|信息来源|文章来源|稿件来源|发布时间|发布日期|发文日期|时间|日期|更新时间|发表时间|作者|编辑|责任编辑|编审|审核|审校|校对|浏览次数|浏览量|阅读量|阅读次数|阅读数|访问量|访问次数|点击数|点击量|点击率|字数|浏览|供稿|撰稿|摄影|发布者|发布机构)\s*[:：]/, where: 'any' },
  { rule: 'boilerplate/publishing', pattern: /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}[:：时]\d{1,2}(?:[:：分]\d{1,2})?分?秒?)?$/, where: 'edge' },
  { rule: 'boilerplate/publishing', pattern: /(?:门户网站|政府网|人民网|新华网)\s+(?:www\.|\d{4}年)/, where: 'any' },
  { rule: 'boilerplate/publishing', pattern: /^\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}[:：时]\d{2}/, where: 'any' },
  // share, QR code, print, close
  { rule: 'boilerplate/share', pattern: /^(?:扫一扫|扫码|手机扫|用微信扫|微信扫一扫|手机阅读|在手机打开|打印本页|关闭窗口|分享到).{0,30}$/, where: 'any' },
  { rule: 'boilerplate/share', pattern: /^(?:分享|分享至|分享到)\s*[:：]?$/, where: 'any' },
  // disclaimers and copyright, site footer
  { rule: 'boilerplate/disclaimer', pattern: /^(?:本文仅代表|本站|本网|凡注明|免责声明|网站声明|版权声明|特别声明|声明[:：])/, where: 'any' },
  { rule: 'boilerplate/disclaimer', pattern: /未经(?:许可|授权|允许).{0,20}(?:不得|禁止)转载|转载请注明|版权所有|Copyright|©|ICP备|ICP证|公网安备|网站标识码|网站识别码/, where: 'any' },
  { rule: 'boilerplate/footer', pattern: /^(?:主办|承办|协办|主管|技术支持|运维|维护|联系电话|联系我们|联系方式|地址|邮编|电话|传真|网站地图|网站帮助|隐私声明|隐私政策|关于我们|使用帮助|中文域名|网站标识)(?:单位)?\s*[:：]?/, where: 'edge' },
  { rule: 'boilerplate/footer', pattern: /^您访问的链接即将离开/, where: 'any' },
  // URLs
  { rule: 'boilerplate/url', pattern: /^(?:本文地址|原文地址|原文链接|文章链接|本文链接|网址|链接|URL|url|分享链接)\s*[:：]/, where: 'any' },
  { rule: 'boilerplate/url', pattern: /^(?:https?:\/\/|www\.)\S+$/, where: 'any' },
  // comment boxes and captcha
  { rule: 'boilerplate/comments', pattern: /^(?:留言与评论|发表评论|我要评论|网友评论|评论|我要留言|留言|验证码|看不清|换一张|用户名|密码|匿名|提交|发表|请登录|已有\s*\d*\s*人参与).{0,24}$/, where: 'edge' },
  { rule: 'boilerplate/comments', pattern: /^(?:留言与评论|发表评论|验证码)/, where: 'any' },
  { rule: 'boilerplate/comments', pattern: /共有\s*\d*\s*条评论/, where: 'any' },
  // related, previous and next links
  { rule: 'boilerplate/related', pattern: /^[【\[]?(?:相关报道|相关新闻|相关链接|相关阅读|相关文章|相关稿件|相关文件|相关附件|相关文档|相关专题|延伸阅读|推荐阅读|热点推荐|热点新闻|最新新闻|关联稿件|图文解读|政策解读|文字解读|图解|视频|上一篇|下一篇|上一条|下一条|上篇|下篇)[】\]]?\s*[:：]?/, where: 'edge' },
  { rule: 'boilerplate/related', pattern: /^(?:上一篇|下一篇|上一条|下一条)\s*[:：]/, where: 'any' },
  { rule: 'boilerplate/related', pattern: /^[》>«»《<]*\s*点击.{0,12}(?:进入|查看|打开|浏览|阅读)/, where: 'any' },
  // news datelines and photo captions
  { rule: 'boilerplate/dateline', pattern: /^(?:新华社|人民网|中新社|中新网|央视网|本报|新华网)[^\s，。]{0,12}\d{1,2}月\d{1,2}日电/, where: 'any' },
  { rule: 'boilerplate/caption', pattern: /(?:记者|通讯员|摄影|图片)\s*[^\s。，]{0,8}(?:\s[^\s。，]{1,4}){0,3}\s?摄[）)]?$/, where: 'any' },
  { rule: 'boilerplate/caption', pattern: /^(?:图为|▲|△|（图片来源|\(图片来源|图片来源[:：])/, where: 'any' },
  { rule: 'boilerplate/caption', pattern: /^[^。]{2,40}作[^。]{0,10}报告[。.]?[^。]{0,30}(?:记者|通讯员|摄影)\s*[\u4e00-\u9fff·]{2,4}(?:\s[\u4e00-\u9fff·]{1,4}){0,3}$/, where: 'any' },
  { rule: 'boilerplate/news-lead', pattern: /^\d{1,2}月\d{1,2}日[，,][^。]{0,80}(?:开幕|召开|举行)[^。]{0,10}。[^。]{0,40}作(?:政府)?工作报告[。.]?$/, where: 'any' },
  // reuse notices of the source wiki
  { rule: 'boilerplate/licence', pattern: /^(?:Public domain|false|true|PD-\S+)$/, where: 'edge' },
  { rule: 'boilerplate/licence', pattern: /维基文库|Wikisource|本作品(?:来自|是|在|属于|根据)|^本模板|公有领域|不适用于该法|知识共享/, where: 'edge' },
]

/**
 * Keys of the gov.cn (and similar) metadata table; the value follows on the
 * same line or the next one. `meta` names the field the value fills.
 */
const DATE_VALUE = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$/

export const metaTableKeys: Array<{ pattern: RegExp; value: RegExp; meta?: 'publishedAt' | 'docNumber' | 'issuer' | 'date' | 'title' | 'source' }> = [
  { pattern: /^索\s*引\s*号\s*[:：]/, value: /^[\w\-/.]{4,40}$/ },
  { pattern: /^主\s*题\s*分\s*类\s*[:：]/, value: /^[^。，]{1,40}$/ },
  { pattern: /^发\s*文\s*机\s*关\s*[:：]/, value: /^[^。，]{2,40}$/, meta: 'issuer' },
  { pattern: /^成\s*文\s*日\s*期\s*[:：]/, value: DATE_VALUE, meta: 'date' },
  { pattern: /^标\s*题\s*[:：]/, value: /^[^。]{2,120}$/, meta: 'title' },
  { pattern: /^发\s*文\s*字\s*号\s*[:：]/, value: /^[^。，]{0,12}[〔\[【(（［]\d{4}[〕\]】)）］]\d{1,4}号$|^无$/, meta: 'docNumber' },
  { pattern: /^发\s*布\s*日\s*期\s*[:：]/, value: DATE_VALUE, meta: 'publishedAt' },
  // Keywords are short words apart; a long unbroken line after an empty key is the document's title.
  { pattern: /^主\s*题\s*词\s*[:：]/, value: /^(?!.*(?:关于|印发))(?:[\u4e00-\u9fff]{1,8}(?:[\s、，;；]+|$)){1,10}$/ },
  { pattern: /^(?:公开方式|公开时限|公开范围|公开属性|公开形式|责任部门|生成日期|信息索引|信息分类|组配分类|体裁分类|有效性|效力状态|内容分类|发布机构|所属机构|文\s*号)\s*[:：]/, value: /^[^。，]{1,30}$/ },
]

/** A journalist's lead before the speech, `3月5日，…会议在…开幕。`: dropped in the head only. */
export const NEWS_LEAD = /^\d{1,2}月\d{1,2}日[，,][^。]{0,80}(?:会议|大会)[^。]{0,60}(?:开幕|召开|举行|闭幕|开幕式)/
