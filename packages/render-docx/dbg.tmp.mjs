import { parse } from '@gongwen/parser'
import { toDocx } from './dist/index.js'
import { readFileSync, writeFileSync } from 'node:fs'
const { tree } = parse(readFileSync('test/fixtures/yubei-2023.txt'))
for (const preset of ['official', 'report']) writeFileSync(`/tmp/dx/out/${preset}.docx`, await toDocx(tree, { preset }))
