// Scores resume PDFs against a job from the command line: one JSON line per file on stdout, and on stderr one line a
// person reads (file, score, name and e-mail as parsed, OCR when the text came from a scan).
// Usage: npm run score -- --job <job.json> [--no-ocr] <file.pdf|folder>...
// Exit: 0 all scored, 1 some file could not be read, 2 bad usage or a bad job.json.
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { PdfjsRenderLike } from '../supabase/functions/_shared/ocr/tesseract.ts';
import { ScoringError, compileSkills, scoreResume, type PdfjsLike } from '../supabase/functions/_shared/scoring/index.ts';

// stdout carries only JSON lines; pdf.js (and anything else) that logs with console.log goes to stderr.
console.log = console.error;

const USAGE = 'Usage: npm run score -- --job <job.json> [--no-ocr] <file.pdf|folder>...';

const jobSchema = z.object({
  title: z.string().min(1),
  skills: z
    .array(
      z.object({
        name: z.string().trim().min(1),
        weight: z.number().int().min(1).max(5),
        required: z.boolean().default(false),
        aliases: z.array(z.string().trim().min(1)).default([]),
      }),
    )
    .min(1),
});

class UsageError extends Error {}

function parseArgs(argv: string[]): { job: string; inputs: string[]; ocr: boolean } {
  let job: string | undefined;
  let ocr = true;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--job') job = argv[++i];
    else if (arg === '--no-ocr') ocr = false;
    else if (arg.startsWith('--job=')) job = arg.slice('--job='.length);
    else if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg}.`);
    else inputs.push(arg);
  }
  if (!job) throw new UsageError('Missing --job <job.json>.');
  if (!inputs.length) throw new UsageError('Give at least one PDF file or folder.');
  return { job, inputs, ocr };
}

async function readJob(file: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`Cannot read job file ${file}: ${(e as Error).message}`);
  }
  const parsed = jobSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    throw new UsageError(
      `Invalid job file ${file}:\n${problems}\nExpected {"title": string, "skills": [{"name": string, "weight": 1-5, "required": boolean, "aliases": string[]}]}`,
    );
  }
  return parsed.data;
}

/** Files as given; folders become the *.pdf files directly inside them, in name order. */
async function expand(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info?.isDirectory()) {
      files.push(input);
      continue;
    }
    const names = (await readdir(input)).filter((n) => n.toLowerCase().endsWith('.pdf')).sort();
    files.push(...names.map((n) => path.join(input, n)));
  }
  return files;
}

async function main(): Promise<number> {
  const { job: jobFile, inputs, ocr: useOcr } = parseArgs(process.argv.slice(2));
  const job = await readJob(jobFile);
  const files = await expand(inputs);
  if (!files.length) throw new UsageError(`No PDF files found in ${inputs.join(', ')}.`);
  const pdfjs: PdfjsLike = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // The OCR engine starts its worker only when a file without a text layer needs it.
  const ocr = useOcr
    ? (await import('../supabase/functions/_shared/ocr/tesseract.ts')).createTesseractOcr(pdfjs as unknown as PdfjsRenderLike)
    : undefined;
  const skills = compileSkills(job.skills);
  let failed = 0;
  try {
    for (const file of files) {
      try {
        const { score, details, parsed } = await scoreResume(new Uint8Array(await readFile(file)), skills, pdfjs, { ocr });
        const { name, email, phone, links } = parsed;
        const matched = details.matched.map((m) => ({ skill: m.skill, evidence: m.evidence }));
        write({
          file,
          score,
          matched,
          missing: details.missing.map((m) => m.skill),
          parsed: { name, email, phone, links, ...(parsed.ocr ? { ocr: parsed.ocr } : {}) },
        });
        const fromOcr = parsed.ocr ? `  (read by OCR, confidence ${parsed.ocr.confidence} %)` : '';
        say(`${path.basename(file)}  score ${score}  name ${name ?? '—'}  e-mail ${email ?? '—'}${fromOcr}`);
      } catch (e) {
        failed++;
        const error = e instanceof ScoringError ? { code: e.code, message: e.message } : { code: 'unreadable', message: (e as Error).message };
        write({ file, error });
        say(`${path.basename(file)}  not scored: ${error.code} (${error.message})`);
      }
    }
  } finally {
    await ocr?.close();
  }
  return failed ? 1 : 0;
}

const write = (line: unknown) => process.stdout.write(`${JSON.stringify(line)}\n`);
const say = (line: string) => process.stderr.write(`${line}\n`);

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`${e instanceof UsageError ? e.message : (e as Error).stack}\n${USAGE}\n`);
    process.exitCode = 2;
  },
);
