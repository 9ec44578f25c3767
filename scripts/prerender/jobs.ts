// Reads the open jobs for the static pages from the API the SPA is built for, with the anon key: RLS decides which
// jobs are public, exactly as for a visitor. Any failure is a reason string, never a thrown error (the build goes on).
import { JOB_DETAIL_COLUMNS, type JobDetail, type PublicJobSkill } from '../../src/features/jobs/index.ts';

export type PublicJob = JobDetail & { updated_at: string };
export type JobsResult = { ok: true; jobs: PublicJob[] } | { ok: false; reason: string };

const publicSkills = (skills: unknown): PublicJobSkill[] =>
  Array.isArray(skills) ? skills.filter((s) => typeof s?.name === 'string').map((s) => ({ name: s.name, required: s.required === true })) : [];

export async function fetchOpenJobs(apiUrl: string | undefined, anonKey: string | undefined, timeoutMs = 10_000): Promise<JobsResult> {
  if (!apiUrl || !anonKey) return { ok: false, reason: 'VITE_SUPABASE_URL or VITE_SUPABASE_ANON_KEY is not set' };
  // PostgREST's select list without whitespace, as supabase-js sends it.
  const select = `${JOB_DETAIL_COLUMNS}, updated_at`.replace(/\s/g, '');
  const url = `${apiUrl.replace(/\/+$/, '')}/rest/v1/jobs?select=${encodeURIComponent(select)}&status=eq.open&order=published_at.desc.nullslast,id`;
  try {
    const response = await fetch(url, { headers: { apikey: anonKey, Authorization: `Bearer ${anonKey}` }, signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return { ok: false, reason: `${url.split('?')[0]} answered ${response.status} ${(await response.text()).slice(0, 200)}` };
    const rows = (await response.json()) as (PublicJob & { skills: unknown })[];
    return { ok: true, jobs: rows.map((row) => ({ ...row, skills: publicSkills(row.skills), questions: [] })) };
  } catch (error) {
    return { ok: false, reason: `${apiUrl} could not be reached (${(error as Error).cause ?? (error as Error).message})` };
  }
}
