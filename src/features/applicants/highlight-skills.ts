// The skills to highlight in a resume: those the score matched, with the name and aliases the job lists for them.
import type { JobSkill, ScoreDetails } from './types.ts';

export function highlightSkills(details: ScoreDetails | null, jobSkills: readonly JobSkill[]): JobSkill[] {
  return (details?.matched ?? []).map(
    (m) =>
      jobSkills.find((s) => s.name.toLowerCase() === m.skill.toLowerCase()) ??
        // A matched skill the job no longer lists still gets its own name highlighted.
        { name: m.skill, weight: m.weight, required: m.required, aliases: [] },
  );
}
