// The words to highlight in a resume: every matched skill with the aliases the job lists for it.
import type { ApplicationDetail } from './types.ts';

export function highlightTerms(application: ApplicationDetail): string[] {
  const matched = new Set(application.score_details?.matched.map((m) => m.skill.toLowerCase()) ?? []);
  const terms = application.job.skills.filter((s) => matched.has(s.name.toLowerCase())).flatMap((s) => [s.name, ...s.aliases]);
  // A matched skill the job no longer lists still gets its own name highlighted.
  for (const m of application.score_details?.matched ?? []) if (!terms.some((t) => t.toLowerCase() === m.skill.toLowerCase())) terms.push(m.skill);
  return [...new Set(terms)];
}
