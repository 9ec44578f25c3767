// Initial JavaScript of the public pages, gzipped, from a production build's manifest: the entry chunk and its static
// imports, plus the route's own chunk and its static imports (src/app/router.tsx lazy-loads every page). pdf.js must
// be in none of them.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Figure } from './figures.ts';
import { buildSpa, type Manifest } from './spa.ts';

// The apply page's budget is tighter: a candidate on a phone opens it from a job board link (issue 17).
const ROUTES = [
  { url: '/', module: 'src/app/routes/job-board.tsx', maxKb: 150 },
  { url: '/jobs/:slug/apply', module: 'src/app/routes/apply.tsx', maxKb: 140 },
];
const PDFJS = /GlobalWorkerOptions|pdfjs/;

/** Manifest keys of `roots` and everything they import statically, transitively. */
function staticClosure(manifest: Manifest, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const k of manifest[key].imports ?? []) visit(k);
  };
  roots.forEach(visit);
  return seen;
}

export async function benchBundle(): Promise<Figure[]> {
  // The API URL is baked into the build but changes no byte count that matters.
  const { dir, manifest } = await buildSpa('http://127.0.0.1:54321');
  try {
    const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
    if (!entry) throw new Error('the manifest has no entry');
    const gzipped = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length;
    const hasPdfjs = (file: string) => /pdf/i.test(path.basename(file)) || PDFJS.test(fs.readFileSync(path.join(dir, file), 'utf8'));

    // The check must be able to fail: the resume viewer's chunks do hold pdf.js.
    const all = staticClosure(
      manifest,
      Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry),
    );
    if (![...all].some((k) => hasPdfjs(manifest[k].file)))
      throw new Error('no chunk of the build holds pdf.js; the absence check would prove nothing');

    const figures: Figure[] = [];
    for (const route of ROUTES) {
      if (manifest[route.module] && !manifest[route.module].isDynamicEntry) throw new Error(`${route.module} is no longer lazy-loaded`);
      const keys = [...staticClosure(manifest, [entry, route.module])];
      const js = keys.filter((k) => /\.m?js$/.test(manifest[k].file));
      const files = js.map((k) => manifest[k].file);
      const sizes = js
        .map((k) => ({ label: k === entry ? 'entry' : (manifest[k].name ?? k), kb: gzipped(manifest[k].file) / 1024 }))
        .sort((a, b) => b.kb - a.kb);
      const kb = sizes.reduce((sum, f) => sum + f.kb, 0);
      const largest = sizes.slice(0, 3).map((f) => `${f.label} ${f.kb.toFixed(1)} KB`);
      const withPdfjs = files.filter(hasPdfjs);
      figures.push(
        {
          group: 'bundle',
          name: `initial JS (gzip) for ${route.url}: entry + route chunk + their static imports, ${files.length} files`,
          value: kb,
          unit: 'KB',
          goal: { max: route.maxKb },
          note: `largest: ${largest.join(', ')}`,
        },
        {
          group: 'bundle',
          name: `files holding pdf.js in the initial JS for ${route.url}`,
          value: withPdfjs.length,
          unit: 'files',
          goal: { max: 0 },
          ...(withPdfjs.length ? { note: `pdf.js found in ${withPdfjs.join(', ')}` } : {}),
        },
      );
    }
    return figures;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
