// The member's own scorecard for one stage: each criterion of the kit rated 1–4 with an optional note, an overall
// recommendation and a summary. The same rules as the database's trigger, so a refusal there is a bug, not a surprise.
import { useForm } from 'react-hook-form';
import * as z from 'zod/v4-mini';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { controlClass } from '@/components/ui/field';
import { errorMessage } from '@/lib/errors';
import { STAGE_LABELS, type Stage } from '@/lib/stages';
import { zodResolver } from '@/lib/zod-resolver';
import { useSubmitScorecard } from '../api/submit-scorecard.ts';
import { RATING_LABELS, RECOMMENDATIONS, type Criterion, type Rating, type Recommendation, type Scorecard } from '../types.ts';

const schema = z.object({
  ratings: z.record(
    z.string(),
    z.object({
      rating: z.nullable(z.string()).check(z.refine((v) => !!v && /^[1-4]$/.test(v), 'Rate this criterion from 1 to 4')),
      note: z.string().check(z.maxLength(2000, 'At most 2000 characters')),
    }),
  ),
  recommendation: z.nullable(z.string()).check(z.refine((v) => !!v && /^(strong_no|no|yes|strong_yes)$/.test(v), 'Choose an overall recommendation')),
  summary: z.string().check(z.maxLength(5000, 'At most 5000 characters')),
});
type Values = z.infer<typeof schema>;

// A radio choice drawn as a pill, for ratings and the recommendation alike.
const pillClass =
  'flex items-center gap-1.5 rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-800 has-[:checked]:border-indigo-600 has-[:checked]:bg-indigo-50';

export function ScorecardForm({
  applicationId,
  stage,
  criteria,
  existing,
  onDone,
  onCancel,
}: {
  applicationId: string;
  stage: Stage;
  criteria: Criterion[];
  existing: Scorecard | null;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const submit = useSubmitScorecard(applicationId);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      ratings: Object.fromEntries(
        criteria.map((c) => [
          c.id,
          { rating: existing?.ratings[c.id] ? String(existing.ratings[c.id].rating) : '', note: existing?.ratings[c.id]?.note ?? '' },
        ]),
      ),
      recommendation: existing?.recommendation ?? '',
      summary: existing?.summary ?? '',
    },
  });

  const onSubmit = handleSubmit((values) => {
    const ratings = Object.fromEntries(
      criteria.map((c) => {
        const v = values.ratings[c.id];
        const note = v.note.trim();
        return [c.id, { rating: Number(v.rating) as Rating['rating'], ...(note ? { note } : {}) }];
      }),
    );
    submit.mutate(
      {
        input: { stage, ratings, recommendation: values.recommendation as Recommendation, summary: values.summary },
        existingId: existing?.id ?? null,
      },
      { onSuccess: onDone },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={`Your scorecard for ${STAGE_LABELS[stage]}`}>
      <p className="text-sm text-slate-700">
        Your scorecard for <span className="font-medium">{STAGE_LABELS[stage]}</span>. The others’ stay hidden until yours is in.
      </p>
      {submit.error && <Alert tone="error">The scorecard was not saved: {errorMessage(submit.error)}</Alert>}
      {criteria.map((c) => {
        const error = errors.ratings?.[c.id]?.rating?.message;
        const noteError = errors.ratings?.[c.id]?.note?.message;
        return (
          <fieldset key={c.id} className="space-y-2" aria-describedby={error ? `rating-${c.id}-error` : undefined}>
            <legend className="text-sm font-medium text-slate-900">{c.name}</legend>
            {c.guidance && <p className="text-xs text-slate-600">{c.guidance}</p>}
            <div className="flex flex-wrap gap-2">
              {[1, 2, 3, 4].map((n) => (
                <label key={n} className={pillClass}>
                  <input type="radio" value={String(n)} {...register(`ratings.${c.id}.rating`)} aria-invalid={error ? true : undefined} />
                  {RATING_LABELS[n]}
                </label>
              ))}
            </div>
            {error && (
              <p id={`rating-${c.id}-error`} className="text-sm text-rose-700">
                {error}
              </p>
            )}
            <label className="block text-xs font-medium text-slate-600">
              Note on {c.name} (optional)
              <textarea
                rows={2}
                maxLength={2000}
                className={`${controlClass} mt-1`}
                aria-invalid={noteError ? true : undefined}
                {...register(`ratings.${c.id}.note`)}
              />
            </label>
          </fieldset>
        );
      })}
      <fieldset className="space-y-2" aria-describedby={errors.recommendation ? 'recommendation-error' : undefined}>
        <legend className="text-sm font-medium text-slate-900">Overall recommendation</legend>
        <div className="flex flex-wrap gap-2">
          {RECOMMENDATIONS.map((r) => (
            <label key={r.value} className={pillClass}>
              <input type="radio" value={r.value} {...register('recommendation')} aria-invalid={errors.recommendation ? true : undefined} />
              {r.label}
            </label>
          ))}
        </div>
        {errors.recommendation && (
          <p id="recommendation-error" className="text-sm text-rose-700">
            {errors.recommendation.message}
          </p>
        )}
      </fieldset>
      <label className="block text-xs font-medium text-slate-600">
        Summary (optional)
        <textarea rows={3} maxLength={5000} className={`${controlClass} mt-1`} {...register('summary')} />
      </label>
      <div className="flex gap-2">
        <Button type="submit" size="sm" busy={submit.isPending}>
          {existing ? 'Save changes' : 'Submit scorecard'}
        </Button>
        {onCancel && (
          <Button type="button" size="sm" variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
