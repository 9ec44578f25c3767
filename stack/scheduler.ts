// The local stand-in for the scheduled jobs hosted Supabase runs with pg_cron / pg_net (see the
// guarded migrations): score applications still pending, sweep orphaned uploads, delete withdrawn resumes, send emails,
// erase applications past their organisation's retention period, queue members' daily digests,
// reject knocked-out applications a job opted in.
import { SERVICE_ROLE_KEY, apiUrl, type StackConfig } from './config.ts';
import type { Db } from './db.ts';

type Task = { name: string; everyMs: number; run: () => Promise<void> };

export function startScheduler(db: Db, c: StackConfig, log: (line: string) => void): { stop: () => Promise<void> } {
  const callFunction = async (name: string, body: unknown) => {
    const res = await fetch(`${apiUrl(c)}/functions/v1/${name}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SERVICE_ROLE_KEY}`, apikey: SERVICE_ROLE_KEY, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    await res.arrayBuffer();
    return res.status;
  };

  const tasks: Task[] = [
    {
      name: 'score pending applications',
      everyMs: Number(process.env.STACK_SCORE_INTERVAL_MS ?? 2_000),
      run: async () => {
        const { rows } = await db.admin.query<{ id: string }>(
          `select id from public.applications where parse_status = 'pending' order by created_at limit 8`,
        );
        // Two at a time: the machine has two cores and the candidate-facing API must stay responsive.
        for (let i = 0; i < rows.length; i += 2) {
          const statuses = await Promise.all(rows.slice(i, i + 2).map((r) => callFunction('score-application', { applicationId: r.id })));
          if (statuses.includes(404)) return; // the function is not there (yet): nothing to do
        }
      },
    },
    {
      name: 'sweep orphaned uploads',
      everyMs: Number(process.env.STACK_SWEEP_INTERVAL_MS ?? 60_000),
      run: async () => {
        await callFunction('sweep-orphans', {});
      },
    },
    {
      // Only when something is due, so an idle stack makes no function calls; the interval is short so a bench can set 1 s.
      name: 'send emails',
      everyMs: Number(process.env.STACK_EMAIL_INTERVAL_MS ?? 2_000),
      run: async () => {
        const { rows } = await db.admin.query(
          `select 1 from public.email_outbox where (status = 'pending' and send_after <= now()) or (status = 'sending' and lease_until < now()) limit 1`,
        );
        if (rows.length) await callFunction('send-emails', {});
      },
    },
    {
      // Members' daily digests are queued here and sent by the task above (pg_cron runs this hourly on hosted).
      name: 'queue daily digests',
      everyMs: Number(process.env.STACK_DIGEST_INTERVAL_MS ?? 60_000),
      run: async () => {
        await db.admin.query(`select public.queue_daily_digests()`);
      },
    },
    {
      // A withdrawn application's resume must be gone within a minute.
      name: 'delete withdrawn resumes',
      everyMs: Number(process.env.STACK_WITHDRAWN_INTERVAL_MS ?? 10_000),
      run: async () => {
        const { rows } = await db.admin.query(`select 1 from public.withdrawn_resumes(null, 1)`);
        if (rows.length) await callFunction('withdraw-application', {});
      },
    },
    {
      // Retention: only when something has expired, so an idle stack makes no function calls.
      name: 'erase expired applications',
      everyMs: Number(process.env.STACK_RETENTION_INTERVAL_MS ?? 60_000),
      run: async () => {
        const { rows } = await db.admin.query(`select 1 from public.expired_applications(1)`);
        if (rows.length) await callFunction('erase-applications', {});
      },
    },
    {
      // The jobs' opt-in "reject knocked-out applications after N days" rule (pg_cron runs it hourly on hosted).
      name: 'reject knocked-out applications',
      everyMs: Number(process.env.STACK_KNOCKOUT_INTERVAL_MS ?? 60_000),
      run: async () => {
        await db.admin.query(`select public.reject_knocked_out_applications()`);
      },
    },
  ];

  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<void>>();
  let stopped = false;
  for (const task of tasks) {
    let busy = false;
    const tick = () => {
      if (busy || stopped) return;
      busy = true;
      const p = task
        .run()
        .catch((e: Error & { code?: string }) => {
          // 42P01: the schema is not migrated yet; anything else is worth a line in the log.
          if (e.code !== '42P01') log(`scheduler: ${task.name}: ${e.message}`);
        })
        .finally(() => {
          busy = false;
          running.delete(p);
        });
      running.add(p);
    };
    timers.push(setInterval(tick, task.everyMs));
  }
  return {
    stop: async () => {
      stopped = true;
      timers.forEach(clearInterval);
      await Promise.allSettled([...running]);
    },
  };
}
