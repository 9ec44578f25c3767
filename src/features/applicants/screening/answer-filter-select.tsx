// Filter the applicant list by one screening answer (yes/no and choice questions); the choice lives in the URL.
import { controlClass } from '@/components/ui/field';
import { useListParams } from '../hooks/use-list-params.ts';
import { useJobQuestions } from './api.ts';
import { filterOptions } from './answer-filter.ts';

export function AnswerFilterSelect({ jobId }: { jobId: string }) {
  const questions = useJobQuestions(jobId);
  const [params, update] = useListParams(jobId);
  const filterable = (questions.data ?? []).map((q) => ({ q, options: filterOptions(q) })).filter((f) => f.options.length);
  if (!filterable.length) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor="answer-filter" className="text-sm font-medium text-slate-800">
        Answered
      </label>
      <select
        id="answer-filter"
        className={`${controlClass} w-auto! max-w-full`}
        value={params.answer ?? ''}
        onChange={(e) => update({ answer: e.target.value || null })}
      >
        <option value="">Any answer</option>
        {filterable.map(({ q, options }) => (
          <optgroup key={q.id} label={q.label}>
            {options.map((o) => (
              <option key={o.param} value={o.param}>
                {q.label.length > 40 ? `${q.label.slice(0, 40)}…` : q.label}: {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {(params.answer || params.source) && (
        <button type="button" className="text-sm font-medium text-indigo-700 hover:underline" onClick={() => update({ answer: null, source: null })}>
          Clear screening filters
        </button>
      )}
    </div>
  );
}
