// Scores one application: downloads its resume with the service role, extracts and parses the text,
// matches the job's skills and stores score, evidence and parsed fields. Idempotent; the scheduler
// (local) or pg_net/pg_cron (hosted) call it, and recruiters can ask for a rescore.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { adminClient } from '../_shared/admin.ts';
import { callerClaims, callerClient } from '../_shared/caller.ts';
import { FunctionError } from '../_shared/errors.ts';
import { endpoint, json, readJson } from '../_shared/http.ts';
import type { PdfjsRenderLike } from '../_shared/ocr/tesseract.ts';
import { ScoringError, scoreResume, type OcrEngine, type PageText, type PdfjsLike, type Skill } from '../_shared/scoring/index.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_BYTES = 5 * 1024 * 1024;
const TIMEOUT_MS = Number(Deno.env.get('SCORE_TIMEOUT_MS') ?? 20_000);
// OCR for scans only where the runtime allows it (the local stack sets SCORE_OCR=on); hosted functions lack the CPU
// time, the memory and the workers it needs (docs/ocr.md), so there a scan stays no_text: "Needs a manual look".
const OCR_ON = Deno.env.get('SCORE_OCR') === 'on';
const OCR_MAX_PAGES = 2;
// A scan's pages take seconds each to read (far more on a busy machine), so its read has a clock of its own.
const OCR_TIMEOUT_MS = Number(Deno.env.get('SCORE_OCR_TIMEOUT_MS') ?? 60_000);
let tesseract: Promise<OcrEngine> | undefined;
/** The engine with its worker started: a cold start (wasm and language data) must not eat the scan's clock. */
const ocrEngine = () =>
  (tesseract ??= import('../_shared/ocr/tesseract.ts')
    .then(async (m) => {
      const engine = m.createTesseractOcr(pdfjs as unknown as PdfjsRenderLike);
      await engine.start();
      return engine;
    })
    .catch((e) => {
      tesseract = undefined;
      throw e;
    }));

/** A text PDF is scored as it is; a scan, where OCR is on, again with the engine (loaded outside the scoring clock). */
async function score(bytes: Uint8Array, skills: Skill[]) {
  const opts = { maxBytes: MAX_BYTES, timeoutMs: TIMEOUT_MS };
  try {
    return await scoreResume(bytes, skills, pdfjs as unknown as PdfjsLike, opts);
  } catch (e) {
    if (!OCR_ON || !(e instanceof ScoringError) || e.code !== 'no_text') throw e;
    return await scoreResume(bytes, skills, pdfjs as unknown as PdfjsLike, {
      ...opts,
      timeoutMs: OCR_TIMEOUT_MS,
      ocr: await ocrEngine(),
      ocrMaxPages: OCR_MAX_PAGES,
    });
  }
}

type Job = { org_id: string; skills: Skill[] };
type ApplicationRow = { id: string; resume_path: string; job_id: string; jobs: Job | null };

Deno.serve(
  endpoint(['POST'], async (req) => {
    const body = await readJson(req, 1024);
    const applicationId = (body as { applicationId?: unknown } | null)?.applicationId;
    if (typeof applicationId !== 'string' || !UUID.test(applicationId)) throw new FunctionError('bad_request', 'applicationId must be a UUID.');

    const app = await applicationToScore(req, applicationId);
    const download = await adminClient().storage.from('resumes').download(app.resume_path);
    if (download.error) {
      await store(applicationId, { parse_status: 'failed', parse_error: 'missing_file', score: null, score_details: null, parsed: null });
      return json({ applicationId, status: 'failed', error: 'missing_file' });
    }
    const bytes = new Uint8Array(await download.data.arrayBuffer());
    try {
      const result = await score(bytes, app.jobs.skills ?? []);
      await store(
        applicationId,
        { parse_status: 'done', parse_error: null, score: result.score, score_details: result.details, parsed: result.parsed },
        result.pages,
      );
      return json({ applicationId, status: 'done', score: result.score });
    } catch (e) {
      if (!(e instanceof ScoringError)) throw e;
      await store(applicationId, { parse_status: 'failed', parse_error: e.code, score: null, score_details: null, parsed: null });
      return json({ applicationId, status: 'failed', error: e.code });
    }
  }),
);

const FORBIDDEN = 'Only recruiters of this job’s organisation can rescore it.';

/**
 * The application, for the service role or a recruiter (or owner) of its job's organisation. A caller who may not
 * rescore it learns nothing about whether it exists: the anon key is refused before any lookup, and a signed-in user
 * reads it through RLS, so another organisation's application is "not found" exactly as an unknown id is. Only a
 * member who can already see it (a viewer) hears that their role is not enough.
 */
async function applicationToScore(req: Request, id: string): Promise<ApplicationRow & { jobs: Job }> {
  const { role } = callerClaims(req);
  if (role !== 'service_role' && role !== 'authenticated') throw new FunctionError('forbidden', FORBIDDEN);
  const reader = role === 'service_role' ? adminClient() : callerClient(req);
  const { data, error } = await reader.from('applications').select('id, resume_path, job_id, jobs(org_id, skills)').eq('id', id).maybeSingle();
  if (error) throw new FunctionError('storage_unavailable', `Could not read the application: ${error.message}`);
  const app = data as ApplicationRow | null;
  if (!app || !app.jobs) throw new FunctionError('not_found', 'No such application.');
  if (role === 'authenticated') {
    const member = await reader.rpc('is_org_member', { org: app.jobs.org_id, min_role: 'recruiter' });
    if (member.error) throw new FunctionError('storage_unavailable', `Could not check your role: ${member.error.message}`);
    if (member.data !== true) throw new FunctionError('forbidden', FORBIDDEN);
  }
  return { ...app, jobs: app.jobs };
}

/** The result and the page text search reads, in one call (a failed read keeps no stale text). */
async function store(id: string, values: Record<string, unknown>, pages: PageText[] = []) {
  const { error } = await adminClient().rpc('store_scoring_result', { application: id, result: values, pages });
  if (error) throw new FunctionError('storage_unavailable', `Could not save the score: ${error.message}`);
}
