import { describe, expect, it } from 'vitest';
import { FREE_PLAN, GB, formatBytes, planOf, projectUsage, toFigures, type UsageFigures } from './usage-projection.ts';

const november = (day: number, over: Partial<UsageFigures> = {}): UsageFigures => ({
  objects: 0,
  bytes: 0,
  uploadsThisMonth: 0,
  uploadBytesThisMonth: 0,
  downloadsThisMonth: 0,
  downloadBytesThisMonth: 0,
  monthStart: new Date('2026-11-01T00:00:00Z'),
  monthEnd: new Date('2026-12-01T00:00:00Z'),
  measuredAt: new Date(Date.UTC(2026, 10, day)),
  ...over,
});

describe('projectUsage', () => {
  it('projects storage as what is stored plus this month’s upload pace for the rest of the month', () => {
    // Day 11 (10 days gone, 20 left): 0.1 GB uploaded so far → 0.2 GB more by the end.
    const r = projectUsage(november(11, { bytes: 0.5 * GB, uploadBytesThisMonth: 0.1 * GB }));
    expect(r.storage.projected).toBeCloseTo(0.7 * GB, 0);
    expect(r.storage.level).toBe('ok');
    expect(r.recommendation).toBeNull();
  });

  it('projects egress as this month’s downloads scaled to the whole month', () => {
    const r = projectUsage(november(16, { downloadBytesThisMonth: 0.5 * GB }));
    expect(r.egress.projected).toBeCloseTo(1 * GB, 0);
    expect(r.egress.projectedShare).toBeCloseTo(0.5, 5);
  });

  it('warns from 80 % of the plan, used or projected', () => {
    expect(projectUsage(november(30, { bytes: 0.79 * GB })).storage.level).toBe('ok');
    expect(projectUsage(november(30, { bytes: 0.8 * GB })).storage.level).toBe('warning');
    const projected = projectUsage(november(11, { bytes: 0.5 * GB, uploadBytesThisMonth: 0.2 * GB }));
    expect(projected.storage.usedShare).toBeCloseTo(0.5, 5);
    expect(projected.storage.level).toBe('warning');
    expect(projected.warnings[0]).toMatch(/Storage is at 50 % of the plan.*heading for 90 %/);
    expect(projected.recommendation).toBeNull();
  });

  it('recommends a plan change when the month will outgrow the plan, and says full when it is', () => {
    const r = projectUsage(november(11, { bytes: 0.9 * GB, uploadBytesThisMonth: 0.1 * GB, downloadBytesThisMonth: 1 * GB }));
    expect(r.storage.outgrown).toBe(true);
    expect(r.egress.outgrown).toBe(true);
    expect(r.recommendation).toMatch(/bucket will hold 1.10 GB by 30 Nov 2026, more than the 1.00 GB in the plan/);
    expect(r.recommendation).toMatch(/Supabase Pro includes 250 GB of egress/);
    expect(projectUsage(november(20, { bytes: 1 * GB })).storage.level).toBe('over');
  });

  it('does not extrapolate the first hours of a month as if they were a whole day’s pace', () => {
    const r = projectUsage({ ...november(1, { uploadBytesThisMonth: 10 * 1024 ** 2 }), measuredAt: new Date('2026-11-01T01:00:00Z') });
    // At most 30 days × 10 MB, not 720 hours × 10 MB.
    expect(r.storage.projected).toBeLessThanOrEqual(30 * 10 * 1024 ** 2);
  });

  it('takes any plan, with a tiny one to try the thresholds', () => {
    const tiny = planOf(1000 / GB, 1);
    expect(projectUsage(november(30, { bytes: 800 }), tiny).storage.level).toBe('warning');
    expect(projectUsage(november(30, { bytes: 799 }), tiny).storage.level).toBe('ok');
    expect(FREE_PLAN).toEqual({ name: 'Free tier', storageBytes: GB, egressBytes: 2 * GB });
  });
});

it('reads the RPC row whatever type the bigints arrive as', () => {
  const f = toFigures({
    objects: '3',
    bytes: 3000,
    uploads_this_month: 1,
    upload_bytes_this_month: '1000',
    downloads_this_month: 2,
    download_bytes_this_month: 2000,
    month_start: '2026-11-01T00:00:00+00:00',
    month_end: '2026-12-01T00:00:00+00:00',
    measured_at: '2026-11-28T12:00:00+00:00',
  });
  expect(f).toMatchObject({ objects: 3, bytes: 3000, uploadBytesThisMonth: 1000, downloadsThisMonth: 2 });
  expect(f.monthEnd.toISOString()).toBe('2026-12-01T00:00:00.000Z');
});

it('formats bytes in Supabase’s units', () => {
  expect(formatBytes(512)).toBe('512 B');
  expect(formatBytes(1536)).toBe('1.50 KB');
  expect(formatBytes(5 * 1024 ** 2)).toBe('5.00 MB');
  expect(formatBytes(250 * GB)).toBe('250 GB');
});
