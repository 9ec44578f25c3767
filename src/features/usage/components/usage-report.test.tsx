import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import { GB, planOf, projectUsage, type UsageFigures } from '@/lib/usage-projection';
import { UsageReportView } from './usage-report.tsx';

const figures: UsageFigures = {
  objects: 1234,
  bytes: 0.85 * GB,
  uploadsThisMonth: 40,
  uploadBytesThisMonth: 0.2 * GB,
  downloadsThisMonth: 300,
  downloadBytesThisMonth: 0.2 * GB,
  monthStart: new Date('2026-11-01T00:00:00Z'),
  monthEnd: new Date('2026-12-01T00:00:00Z'),
  measuredAt: new Date('2026-11-16T00:00:00Z'),
};

it('shows the figures, both meters, the 80 % warning and the recommendation', () => {
  const html = renderToStaticMarkup(<UsageReportView report={projectUsage(figures)} />);
  expect(html).toContain('Resumes stored');
  expect(html).toMatch(/1,234 · 870 MB/);
  expect(html).toContain('aria-valuenow="85"');
  expect(html).toMatch(/role="status"[^>]*>.*Storage is at 85 % of the plan/);
  expect(html).toMatch(/Recommendation: .*the bucket will hold 1.05 GB by 30 Nov 2026/);
});

it('shows neither warning nor recommendation when the plan has room', () => {
  const html = renderToStaticMarkup(<UsageReportView report={projectUsage(figures, planOf(100, 250))} />);
  expect(html).not.toContain('role="status"');
  expect(html).not.toContain('Recommendation');
});
