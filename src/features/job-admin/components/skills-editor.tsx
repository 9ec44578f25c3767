// The job's skills: name, weight 1–5, required or not, and aliases the scorer also accepts.
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import type { JobFormInput } from '../types.ts';
import { errorClass, inputClass, secondaryButton } from './form-styles.ts';

const WEIGHTS = [1, 2, 3, 4, 5];

export function SkillsEditor({
  control,
  register,
  errors,
  disabled,
}: {
  control: Control<JobFormInput>;
  register: UseFormRegister<JobFormInput>;
  errors: FieldErrors<JobFormInput>['skills'];
  disabled?: boolean;
}) {
  const { fields, append, remove } = useFieldArray({ control, name: 'skills' });

  return (
    <fieldset className="space-y-3" disabled={disabled}>
      <legend className="text-sm font-medium text-slate-800">Skills</legend>
      <p className="text-xs text-slate-600">
        Applicants are ranked by the weighted share of these skills found in their resume; a missing required skill caps the score. Aliases are other
        ways of writing the same skill, separated by commas. Saving changed skills rescores every applicant.
      </p>
      {fields.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-500">
          No skills yet. Add the skills that matter for this job.
        </p>
      ) : (
        <ul className="space-y-2">
          {fields.map((field, index) => {
            const error = errors?.[index];
            const n = index + 1;
            return (
              <li key={field.id} className="grid grid-cols-12 items-start gap-2 rounded-md border border-slate-200 bg-slate-50/60 p-3">
                <div className="col-span-12 sm:col-span-4">
                  <label htmlFor={`skill-${index}-name`} className="text-xs font-medium text-slate-600">
                    Skill {n}
                  </label>
                  <input
                    id={`skill-${index}-name`}
                    className={`mt-1 ${inputClass}`}
                    placeholder="e.g. TypeScript"
                    aria-invalid={error?.name ? true : undefined}
                    aria-describedby={error?.name ? `skill-${index}-name-error` : undefined}
                    {...register(`skills.${index}.name`)}
                  />
                  {error?.name && (
                    <p id={`skill-${index}-name-error`} className={errorClass}>
                      {error.name.message}
                    </p>
                  )}
                </div>
                <div className="col-span-4 sm:col-span-2">
                  <label htmlFor={`skill-${index}-weight`} className="text-xs font-medium text-slate-600">
                    Weight<span className="sr-only"> of skill {n}</span>
                  </label>
                  <select id={`skill-${index}-weight`} className={`mt-1 ${inputClass}`} {...register(`skills.${index}.weight`)}>
                    {WEIGHTS.map((w) => (
                      <option key={w} value={w}>
                        {w}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="col-span-8 sm:col-span-5">
                  <label htmlFor={`skill-${index}-aliases`} className="text-xs font-medium text-slate-600">
                    Aliases<span className="sr-only"> of skill {n}</span>
                  </label>
                  <input
                    id={`skill-${index}-aliases`}
                    className={`mt-1 ${inputClass}`}
                    placeholder="e.g. TS, TypeScript 5"
                    aria-invalid={error?.aliases ? true : undefined}
                    aria-describedby={error?.aliases ? `skill-${index}-aliases-error` : undefined}
                    {...register(`skills.${index}.aliases`)}
                  />
                  {error?.aliases && (
                    <p id={`skill-${index}-aliases-error`} className={errorClass}>
                      {error.aliases.message}
                    </p>
                  )}
                </div>
                <div className="col-span-12 flex items-center justify-between gap-2 sm:col-span-1 sm:flex-col sm:items-end sm:pt-5">
                  <label className="flex items-center gap-1.5 text-xs font-medium text-slate-700">
                    <input type="checkbox" className="size-4 rounded border-slate-300 text-indigo-600" {...register(`skills.${index}.required`)} />
                    Required<span className="sr-only"> (skill {n})</span>
                  </label>
                  <button type="button" onClick={() => remove(index)} className="text-xs font-medium text-rose-700 hover:underline">
                    Remove<span className="sr-only"> skill {n}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {typeof errors?.message === 'string' && <p className={errorClass}>{errors.message}</p>}
      <button type="button" className={secondaryButton} onClick={() => append({ name: '', weight: 3, required: false, aliases: '' })}>
        Add skill
      </button>
    </fieldset>
  );
}
