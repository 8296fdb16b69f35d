// Dev-time helper for `mapdash geodata build`: toneless pinyin syllables for Chinese names (towns, former units).
// Usage: node pinyin.mjs <npm dir holding node_modules/pinyin-pro>  < names.json  > syllables.json
// Input: a JSON array of strings. Output: a JSON array of arrays of syllables, in the same order.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(path.resolve(process.argv[2]), 'package.json'));
const { pinyin } = require('pinyin-pro');
let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
const names = JSON.parse(input);
const out = names.map((n) => pinyin(n, { toneType: 'none', type: 'array', nonZh: 'removed' }));
process.stdout.write(JSON.stringify(out));
