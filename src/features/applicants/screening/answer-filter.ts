// The list's answer filter in the URL: `<question id>:<answer as JSON>`, matched with jsonb containment
// (answers @> {"<id>": <answer>}), which also finds one choice inside a multiple-choice answer given as [choice].
import { isChoiceQuestion, type Question } from '@/lib/questions';

export function answerFilter(param: string | null | undefined): Record<string, unknown> | null {
  if (!param) return null;
  const at = param.indexOf(':');
  if (at < 1) return null;
  try {
    return { [param.slice(0, at)]: JSON.parse(param.slice(at + 1)) };
  } catch {
    return null;
  }
}

/** The answers one may filter a question by: yes/no and its choices (free text is for the search box). */
export function filterOptions(q: Question): { label: string; param: string }[] {
  if (q.type === 'yes_no')
    return [
      { label: 'Yes', param: `${q.id}:true` },
      { label: 'No', param: `${q.id}:false` },
    ];
  if (isChoiceQuestion(q.type))
    return q.choices.map((c) => ({ label: c, param: `${q.id}:${JSON.stringify(q.type === 'multiple_choice' ? [c] : c)}` }));
  return [];
}
