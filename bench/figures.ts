// One benchmark figure: an absolute value, optionally its baseline from the same run and the ratio.
export type Figure = {
  group: string;
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  /** value / baseline.value, when there is a baseline. */
  ratio?: number;
  goal?: { max?: number; min?: number; maxRatio?: number; minRatio?: number };
  note?: string;
};

export function withBaseline(f: Omit<Figure, 'ratio'>): Figure {
  return f.baseline ? { ...f, ratio: f.value / f.baseline.value } : f;
}

export function goalMet(f: Figure): boolean | null {
  if (!f.goal) return null;
  const { max, min, maxRatio, minRatio } = f.goal;
  if (max !== undefined && !(f.value <= max)) return false;
  if (min !== undefined && !(f.value >= min)) return false;
  if (maxRatio !== undefined && !(f.ratio !== undefined && f.ratio <= maxRatio)) return false;
  if (minRatio !== undefined && !(f.ratio !== undefined && f.ratio >= minRatio)) return false;
  return true;
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));

function goalText(f: Figure): string {
  const g = f.goal;
  if (!g) return '—';
  const parts: string[] = [];
  if (g.max !== undefined) parts.push(`≤ ${g.max} ${f.unit}`);
  if (g.min !== undefined) parts.push(`≥ ${g.min} ${f.unit}`);
  if (g.maxRatio !== undefined) parts.push(`ratio ≤ ${g.maxRatio}×`);
  if (g.minRatio !== undefined) parts.push(`ratio ≥ ${g.minRatio}×`);
  return parts.join(', ');
}

export function markdownTable(figures: Figure[]): string {
  const rows = figures.map((f) => {
    const met = goalMet(f);
    const verdict = met === null ? '' : met ? '✅ met' : '❌ missed';
    const base = f.baseline ? `${fmt(f.baseline.value)} ${f.unit} (${f.baseline.name})` : '—';
    const ratio = f.ratio !== undefined ? `${fmt(f.ratio)}×` : '—';
    return `| ${f.group} | ${f.name} | ${fmt(f.value)} ${f.unit} | ${base} | ${ratio} | ${goalText(f)} | ${verdict}${f.note ? ` — ${f.note}` : ''} |`;
  });
  return ['| area | figure | ours | baseline (same run) | ratio | goal | verdict |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}
