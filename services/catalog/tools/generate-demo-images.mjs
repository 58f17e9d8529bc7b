#!/usr/bin/env node
// Generates the flat SVG illustrations for the demo products.
//
// Reads categories, products and product images from the Flyway migration
// db/migration/common/V2__demo_catalog.sql (the single source of truth) and writes
// one SVG per product_image.object_key to src/main/resources/images/<object_key>.
//
// Usage (from services/catalog):  node tools/generate-demo-images.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sqlFile = join(root, 'src/main/resources/db/migration/common/V2__demo_catalog.sql');
const outDir = join(root, 'src/main/resources/images');

// ---------------------------------------------------------------- SQL parsing
// Understands exactly what V2 uses: INSERT INTO t (cols) VALUES (...), (...);
// with numbers, 'strings' ('' escapes), TRUE/FALSE/NULL and TIMESTAMP '...'.
function parseInserts(sql) {
  const tables = {};
  const text = sql.replace(/^\s*--.*$/gm, '');
  const re = /INSERT\s+INTO\s+(\w+)\s*\(([^)]*)\)\s*VALUES/gi;
  let m;
  while ((m = re.exec(text))) {
    const cols = m[2].split(',').map((c) => c.trim());
    let i = re.lastIndex;
    const rows = [];
    let row = null;
    let token = '';
    const pushToken = () => {
      const t = token.trim();
      if (t !== '') row.push(/^-?\d+$/.test(t) ? Number(t) : t === 'NULL' ? null : t === 'TRUE' ? true : t === 'FALSE' ? false : t);
      token = '';
    };
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === "'") {
        let s = '';
        for (i++; ; i++) {
          if (text[i] === "'" && text[i + 1] === "'") { s += "'"; i++; } else if (text[i] === "'") break; else s += text[i];
        }
        row.push(s);
        token = '';
      } else if (c === '(') { row = []; token = ''; }
      else if (c === ')') { pushToken(); rows.push(Object.fromEntries(cols.map((col, k) => [col, row[k]]))); row = null; }
      else if (c === ',' && row) pushToken();
      else if (c === ';' && !row) break;
      else if (row) { token += c; if (/^\s*TIMESTAMP\s$/i.test(token)) token = ''; }
    }
    re.lastIndex = i;
    (tables[m[1]] ??= []).push(...rows);
  }
  return tables;
}

// ------------------------------------------------------------------- palettes
const palettes = { // bg, soft circle, main, accent, dark
  audio: ['#eef2ff', '#c7d2fe', '#4f46e5', '#f59e0b', '#1e1b4b'],
  cameras: ['#f1f5f9', '#cbd5e1', '#334155', '#38bdf8', '#0f172a'],
  'computer-accessories': ['#ecfeff', '#a5f3fc', '#0e7490', '#f472b6', '#164e63'],
  cookware: ['#fff7ed', '#fed7aa', '#c2410c', '#fbbf24', '#431407'],
  'coffee-tea': ['#fdf8f0', '#e7d3b5', '#92400e', '#65a30d', '#3b1d0b'],
  camping: ['#f0fdf4', '#bbf7d0', '#15803d', '#f97316', '#14532d'],
  cycling: ['#f0f9ff', '#bae6fd', '#0369a1', '#facc15', '#0c4a6e'],
  bags: ['#fdf2f8', '#fbcfe8', '#9d174d', '#d6a15a', '#500724'],
  watches: ['#f8fafc', '#e2e8f0', '#475569', '#ca8a04', '#1e293b'],
  books: ['#fefce8', '#fde68a', '#b45309', '#2563eb', '#422006'],
  stationery: ['#f5f3ff', '#ddd6fe', '#6d28d9', '#10b981', '#2e1065'],
  'board-games': ['#fef2f2', '#fecaca', '#b91c1c', '#0ea5e9', '#450a0a'],
  puzzles: ['#f7fee7', '#d9f99d', '#4d7c0f', '#8b5cf6', '#1a2e05'],
  default: ['#f4f4f5', '#d4d4d8', '#52525b', '#f59e0b', '#18181b'],
};

// ---------------------------------------------------------------------- icons
// Each icon is drawn around (200, 170) and fits a ~200 px box.
const icons = {
  audio: (m, a, d) => `<path d="M122 196v-26a78 78 0 0 1 156 0v26" fill="none" stroke="${d}" stroke-width="14" stroke-linecap="round"/>
<rect x="100" y="180" width="46" height="76" rx="18" fill="${m}"/><rect x="254" y="180" width="46" height="76" rx="18" fill="${m}"/>
<rect x="118" y="196" width="12" height="44" rx="6" fill="${a}"/><rect x="270" y="196" width="12" height="44" rx="6" fill="${a}"/>`,
  cameras: (m, a, d) => `<rect x="150" y="96" width="56" height="30" rx="8" fill="${d}"/><rect x="100" y="116" width="200" height="130" rx="20" fill="${m}"/>
<circle cx="200" cy="181" r="50" fill="${d}"/><circle cx="200" cy="181" r="32" fill="${a}"/><circle cx="188" cy="169" r="9" fill="#fff" opacity=".7"/>
<rect x="254" y="130" width="28" height="14" rx="4" fill="${a}"/>`,
  'computer-accessories': (m, a, d) => `<rect x="84" y="122" width="170" height="96" rx="14" fill="${m}"/>
<path d="M102 146h134M102 170h134" stroke="#fff" stroke-width="14" stroke-dasharray="14 6" opacity=".85"/><rect x="128" y="188" width="82" height="14" rx="4" fill="#fff" opacity=".85"/>
<rect x="270" y="150" width="54" height="84" rx="27" fill="${d}"/><path d="M297 150v30" stroke="${a}" stroke-width="6"/>`,
  cookware: (m, a, d) => `<rect x="236" y="168" width="104" height="20" rx="10" fill="${d}"/><circle cx="176" cy="178" r="80" fill="${d}"/>
<circle cx="176" cy="178" r="64" fill="${m}"/><circle cx="160" cy="166" r="18" fill="#fff"/><circle cx="160" cy="166" r="9" fill="${a}"/>`,
  'coffee-tea': (m, a, d) => `<circle cx="258" cy="186" r="30" fill="none" stroke="${d}" stroke-width="14"/>
<path d="M126 132h134v84a40 40 0 0 1-40 40h-54a40 40 0 0 1-40-40z" fill="${m}"/><rect x="126" y="132" width="134" height="18" fill="${d}" opacity=".35"/>
<path d="M160 116c-12-14 12-22 0-36M194 116c-12-14 12-22 0-36M228 116c-12-14 12-22 0-36" fill="none" stroke="${a}" stroke-width="8" stroke-linecap="round"/>`,
  camping: (m, a, d) => `<path d="M200 82l112 170H88z" fill="${m}"/><path d="M200 150l38 102h-76z" fill="${d}"/>
<path d="M200 82l-20-24M200 82l20-24" stroke="${d}" stroke-width="8" stroke-linecap="round"/><path d="M70 256h260" stroke="${a}" stroke-width="10" stroke-linecap="round"/>`,
  cycling: (m, a, d) => `<g fill="none" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"><circle cx="124" cy="206" r="48" stroke="${d}"/><circle cx="276" cy="206" r="48" stroke="${d}"/>
<path d="M124 206l46-72h78l28 72M170 134l30 72 48-72M124 206h76" stroke="${m}"/><path d="M156 120h30M236 112l12 22" stroke="${a}"/></g>`,
  bags: (m, a, d) => `<path d="M160 140v-22a40 40 0 0 1 80 0v22" fill="none" stroke="${d}" stroke-width="14"/>
<rect x="104" y="136" width="192" height="128" rx="22" fill="${m}"/><path d="M104 170h192" stroke="${d}" stroke-width="6" opacity=".4"/><rect x="184" y="160" width="32" height="26" rx="6" fill="${a}"/>`,
  watches: (m, a, d) => `<rect x="166" y="70" width="68" height="210" rx="16" fill="${d}"/><circle cx="200" cy="175" r="70" fill="${m}"/>
<circle cx="200" cy="175" r="56" fill="#fff"/><path d="M200 175v-38M200 175l26 16" stroke="${d}" stroke-width="8" stroke-linecap="round"/>
<circle cx="200" cy="175" r="7" fill="${a}"/><rect x="268" y="166" width="16" height="18" rx="4" fill="${a}"/>`,
  books: (m, a, d) => `<rect x="128" y="80" width="150" height="190" rx="10" fill="${m}"/><rect x="128" y="80" width="26" height="190" rx="8" fill="${d}"/>
<rect x="176" y="120" width="80" height="12" rx="6" fill="#fff"/><rect x="176" y="144" width="56" height="10" rx="5" fill="#fff" opacity=".7"/>
<path d="M176 236h80" stroke="${a}" stroke-width="10" stroke-linecap="round"/>`,
  stationery: (m, a, d) => `<g transform="rotate(-35 200 175)"><rect x="110" y="150" width="160" height="50" rx="6" fill="${m}"/>
<rect x="90" y="150" width="28" height="50" rx="6" fill="${a}"/><path d="M270 150l52 25-52 25z" fill="#f2d3a4"/><path d="M306 167l16 8-16 8z" fill="${d}"/>
<path d="M118 167h152" stroke="#fff" stroke-width="6" opacity=".5"/></g>`,
  'board-games': (m, a, d) => `<rect x="88" y="110" width="120" height="120" rx="22" fill="${m}" transform="rotate(-12 148 170)"/>
<g fill="#fff"><circle cx="124" cy="140" r="11"/><circle cx="148" cy="170" r="11"/><circle cx="172" cy="200" r="11"/></g>
<rect x="200" y="130" width="110" height="110" rx="20" fill="${a}" transform="rotate(10 255 185)"/>
<g fill="${d}"><circle cx="233" cy="162" r="10"/><circle cx="277" cy="162" r="10"/><circle cx="233" cy="208" r="10"/><circle cx="277" cy="208" r="10"/></g>`,
  puzzles: (m, a, d) => `<path d="M120 110h44a24 24 0 1 1 48 0h44v52a24 24 0 1 1 0 48v52h-52a24 24 0 1 0-48 0h-36z" fill="${m}"/>
<circle cx="168" cy="176" r="14" fill="${a}"/><path d="M212 130h30v30" fill="none" stroke="${d}" stroke-width="6" stroke-linecap="round" opacity=".4"/>`,
};
icons.default = icons.books;

// ----------------------------------------------------------------------- text
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function shortName(name, brands) {
  let s = name.split(':')[0].trim();
  const words = s.split(' ');
  if (words.length > 2 && brands.has(words[0])) s = words.slice(1).join(' ');
  return s;
}

function wrap(text, max = 20, maxLines = 2) {
  const lines = [''];
  for (const w of text.split(' ')) {
    const cur = lines[lines.length - 1];
    if (!cur) lines[lines.length - 1] = w;
    else if ((cur + ' ' + w).length <= max) lines[lines.length - 1] = cur + ' ' + w;
    else lines.push(w);
  }
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = lines[maxLines - 1].replace(/\s*\S*$/, '') + '\u2026';
  }
  return lines;
}

function svg({ title, label, lines, slug, variant }) {
  const [bg, soft, main, accent, dark] = palettes[slug] ?? palettes.default;
  const icon = (icons[slug] ?? icons.default)(main, accent, dark);
  const back = variant === 2
    ? `<rect width="400" height="400" rx="28" fill="${soft}"/><circle cx="200" cy="172" r="128" fill="${bg}"/><circle cx="200" cy="172" r="142" fill="none" stroke="${bg}" stroke-width="6" stroke-dasharray="4 14"/>`
    : `<rect width="400" height="400" rx="28" fill="${bg}"/><circle cx="200" cy="172" r="128" fill="${soft}"/><circle cx="340" cy="56" r="22" fill="${accent}" opacity=".35"/>`;
  const y0 = lines.length === 1 ? 346 : 330;
  const text = lines.map((l, k) => `<text x="200" y="${y0 + k * 32}">${esc(l)}</text>`).join('');
  const group = variant === 2 ? `<g transform="translate(200 172) scale(1.12) translate(-200 -172)">${icon}</g>` : icon;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="400" height="400" role="img" aria-labelledby="t">
<title id="t">${esc(title)}</title>
${back}
${group}
<text x="24" y="40" font-family="Helvetica, Arial, sans-serif" font-size="14" font-weight="700" letter-spacing="2" fill="${dark}" opacity=".6">${esc(label.toUpperCase())}</text>
<g font-family="Helvetica, Arial, sans-serif" font-size="26" font-weight="700" fill="${dark}" text-anchor="middle">${text}</g>
</svg>
`;
}

// ----------------------------------------------------------------------- main
const { category, product, product_image } = parseInserts(readFileSync(sqlFile, 'utf8'));
const categoryById = new Map(category.map((c) => [c.id, c]));
const productById = new Map(product.map((p) => [p.id, p]));
const firstWords = product.map((p) => p.name.split(' ')[0]);
const brands = new Set(firstWords.filter((w, i) => firstWords.indexOf(w) !== i));

let count = 0;
for (const img of product_image) {
  const p = productById.get(img.product_id);
  const cat = categoryById.get(p.category_id);
  const slug = palettes[cat.slug] ? cat.slug : (categoryById.get(cat.parent_id)?.slug ?? 'default');
  const out = svg({ title: img.alt_text, label: cat.name, lines: wrap(shortName(p.name, brands)), slug, variant: img.position > 0 ? 2 : 1 });
  const file = join(outDir, img.object_key);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, out);
  if (Buffer.byteLength(out) >= 3072) console.warn(`warning: ${img.object_key} is ${Buffer.byteLength(out)} bytes`);
  count++;
}
console.log(`wrote ${count} SVG files to ${outDir}`);
