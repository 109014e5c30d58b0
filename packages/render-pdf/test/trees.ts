import type { Appendix, Heading, Paragraph, Root, RootContent } from '@gongwen/parser'

export function doc(children: RootContent[], meta: Root['data']['meta'] = { title: '测试文档', date: '2024-03-05' }): Root {
  return { type: 'root', children, data: { astVersion: 1, meta, removed: [] } }
}

export function p(value: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value }] }
}

export function h(depth: 1 | 2 | 3, marker: string, value: string): Heading {
  return { type: 'heading', depth, numbering: { marker, style: depth === 1 ? 'cn-comma' : 'cn-paren', ordinal: 1 }, children: [{ type: 'text', value }] }
}

export function appendix(label: string, children: Array<Paragraph | Heading>): Appendix {
  return {
    type: 'appendix',
    label,
    children: [{ type: 'heading', depth: 1, numbering: null, children: [{ type: 'text', value: label }] }, ...children],
  }
}

/** Deterministic pseudo-random Han text of `n` characters with stops and commas. */
export function hanText(n: number, seed: number): string {
  const han = '发展经济社会改革开放创新建设推进全面提高质量服务保障民生城乡区域产业项目政策工作'
  let x = seed
  let out = ''
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648
    out += han[x % han.length]
    if (x % 11 === 0) out += '，'
    if (x % 37 === 0) out += '。'
  }
  return out + '。'
}
