// The job's skills, required ones first and marked as such in words, not only colour.
import type { PublicJobSkill } from '../types.ts';

export function SkillsList({ skills }: { skills: PublicJobSkill[] }) {
  if (skills.length === 0) return null;
  const ordered = [...skills].sort((a, b) => Number(b.required) - Number(a.required));
  return (
    <ul className="flex flex-wrap gap-2">
      {ordered.map((skill) => (
        <li
          key={skill.name}
          className={`inline-flex items-center gap-2 rounded-full px-3 py-1 text-sm ring-1 ring-inset ${
            skill.required ? 'bg-indigo-50 text-indigo-900 ring-indigo-200' : 'bg-white text-slate-800 ring-slate-300'
          }`}
        >
          {skill.name}
          {skill.required && (
            <span className="rounded-full bg-indigo-600 px-1.5 py-0.5 text-[0.6875rem] font-semibold tracking-wide text-white uppercase">
              Required
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
