// The job's screening questions: type, words, help, required, order, and the answers that knock an application out.
import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { MAX_QUESTIONS, QUESTION_TYPES, QUESTION_TYPE_LABELS, isChoiceQuestion } from '@/lib/questions';
import { emptyQuestion, splitChoices } from '../questions.ts';
import type { JobFormInput } from '../types.ts';
import { errorClass, hintClass, inputClass, labelClass, secondaryButton } from './form-styles.ts';

type Props = {
  control: Control<JobFormInput>;
  register: UseFormRegister<JobFormInput>;
  errors: FieldErrors<JobFormInput>;
  disabled?: boolean;
};

const smallLabel = 'text-xs font-medium text-slate-700';
const linkButton = 'text-xs font-medium text-indigo-700 hover:underline disabled:text-slate-400 disabled:no-underline';

export function QuestionsEditor({ control, register, errors, disabled }: Props) {
  const { fields, append, remove, move } = useFieldArray({ control, name: 'questions' });
  const questionErrors = errors.questions;

  return (
    <fieldset className="space-y-3" disabled={disabled}>
      <legend className="text-sm font-medium text-slate-800">Screening questions</legend>
      <p className="text-xs text-slate-600">
        Candidates answer these on the apply form, in this order. A knockout answer never rejects anyone by itself: the application is listed under
        “Knocked out” with the rule, for a person to decide (or for the rule below, if you turn it on).
      </p>
      {fields.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-500">
          No questions yet. Candidates only fill in their details and resume.
        </p>
      ) : (
        <ol className="space-y-3">
          {fields.map((field, index) => (
            <QuestionRow
              key={field.id}
              index={index}
              count={fields.length}
              control={control}
              register={register}
              errors={questionErrors?.[index]}
              onMove={(to) => move(index, to)}
              onRemove={() => remove(index)}
            />
          ))}
        </ol>
      )}
      {typeof questionErrors?.message === 'string' && <p className={errorClass}>{questionErrors.message}</p>}
      <button type="button" className={secondaryButton} disabled={fields.length >= MAX_QUESTIONS} onClick={() => append(emptyQuestion())}>
        Add question
      </button>
      <KnockoutRule register={register} error={errors.knockoutRejectAfterDays?.message} />
    </fieldset>
  );
}

function QuestionRow({
  index,
  count,
  control,
  register,
  errors,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  control: Control<JobFormInput>;
  register: UseFormRegister<JobFormInput>;
  errors: NonNullable<FieldErrors<JobFormInput>['questions']>[number];
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const n = index + 1;
  const id = (what: string) => `question-${index}-${what}`;
  const type = useWatch({ control, name: `questions.${index}.type` });
  const choicesText = useWatch({ control, name: `questions.${index}.choices` });
  const choices = isChoiceQuestion(type) ? [...new Set(splitChoices(choicesText ?? ''))] : [];
  const described = (what: 'label' | 'choices' | 'min' | 'max', hint?: string) => {
    const ids = [hint, errors?.[what] ? id(`${what}-error`) : ''].filter(Boolean).join(' ');
    return { 'aria-invalid': errors?.[what] ? true : undefined, 'aria-describedby': ids || undefined };
  };

  return (
    <li className="space-y-3 rounded-md border border-slate-200 bg-slate-50/60 p-3" aria-label={`Question ${n}`}>
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="sm:col-span-2">
          <label htmlFor={id('label')} className={smallLabel}>
            Question {n}
          </label>
          <input
            id={id('label')}
            className={`mt-1 ${inputClass}`}
            placeholder="e.g. Will you need visa sponsorship?"
            {...described('label')}
            {...register(`questions.${index}.label`)}
          />
          {errors?.label && (
            <p id={id('label-error')} className={errorClass}>
              {errors.label.message}
            </p>
          )}
        </div>
        <div>
          <label htmlFor={id('type')} className={smallLabel}>
            Answer type<span className="sr-only"> of question {n}</span>
          </label>
          <select id={id('type')} className={`mt-1 ${inputClass}`} {...register(`questions.${index}.type`)}>
            {QUESTION_TYPES.map((t) => (
              <option key={t} value={t}>
                {QUESTION_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div>
        <label htmlFor={id('help')} className={smallLabel}>
          Help text<span className="sr-only"> of question {n}</span> <span className="font-normal text-slate-500">(optional)</span>
        </label>
        <input id={id('help')} className={`mt-1 ${inputClass}`} {...register(`questions.${index}.help`)} />
        {errors?.help && <p className={errorClass}>{errors.help.message}</p>}
      </div>
      {isChoiceQuestion(type) && (
        <div>
          <label htmlFor={id('choices')} className={smallLabel}>
            Choices<span className="sr-only"> of question {n}</span>
          </label>
          <textarea
            id={id('choices')}
            rows={3}
            className={`mt-1 ${inputClass}`}
            placeholder={'Remote\nHybrid\nIn the office'}
            {...described('choices', id('choices-hint'))}
            {...register(`questions.${index}.choices`)}
          />
          <p id={id('choices-hint')} className={hintClass}>
            One per line, 2 to 50.
          </p>
          {errors?.choices && (
            <p id={id('choices-error')} className={errorClass}>
              {errors.choices.message}
            </p>
          )}
        </div>
      )}
      {type === 'number' && (
        <div className="grid grid-cols-2 gap-3 sm:max-w-sm">
          {(['min', 'max'] as const).map((bound) => (
            <div key={bound}>
              <label htmlFor={id(bound)} className={smallLabel}>
                {bound === 'min' ? 'Smallest answer' : 'Largest answer'}
                <span className="sr-only"> of question {n}</span> <span className="font-normal text-slate-500">(optional)</span>
              </label>
              <input
                id={id(bound)}
                inputMode="decimal"
                className={`mt-1 ${inputClass}`}
                {...described(bound)}
                {...register(`questions.${index}.${bound}`)}
              />
              {errors?.[bound] && (
                <p id={id(`${bound}-error`)} className={errorClass}>
                  {errors[bound]?.message}
                </p>
              )}
            </div>
          ))}
        </div>
      )}
      {type === 'yes_no' && (
        <div>
          <label htmlFor={id('knockout')} className={smallLabel}>
            Knockout answer<span className="sr-only"> of question {n}</span>
          </label>
          <select id={id('knockout')} className={`mt-1 ${inputClass} sm:max-w-xs`} {...register(`questions.${index}.knockoutYesNo`)}>
            <option value="">None</option>
            <option value="yes">Yes knocks out</option>
            <option value="no">No knocks out</option>
          </select>
        </div>
      )}
      {isChoiceQuestion(type) && choices.length >= 2 && (
        <fieldset>
          <legend className={smallLabel}>
            Knockout answers<span className="sr-only"> of question {n}</span> <span className="font-normal text-slate-500">(optional)</span>
          </legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {choices.map((choice) => (
              <label key={choice} className="flex items-center gap-1.5 text-sm text-slate-800">
                <input
                  type="checkbox"
                  value={choice}
                  className="size-4 rounded border-slate-300 text-indigo-600"
                  {...register(`questions.${index}.knockoutChoices`)}
                />
                {choice}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-2">
        <label className="flex items-center gap-1.5 text-sm font-medium text-slate-800">
          <input type="checkbox" className="size-4 rounded border-slate-300 text-indigo-600" {...register(`questions.${index}.required`)} />
          Required<span className="sr-only"> (question {n})</span>
        </label>
        <div className="flex items-center gap-4">
          <button type="button" className={linkButton} disabled={index === 0} onClick={() => onMove(index - 1)}>
            Move up<span className="sr-only"> question {n}</span>
          </button>
          <button type="button" className={linkButton} disabled={index === count - 1} onClick={() => onMove(index + 1)}>
            Move down<span className="sr-only"> question {n}</span>
          </button>
          <button type="button" onClick={onRemove} className="text-xs font-medium text-rose-700 hover:underline">
            Remove<span className="sr-only"> question {n}</span>
          </button>
        </div>
      </div>
    </li>
  );
}

function KnockoutRule({ register, error }: { register: UseFormRegister<JobFormInput>; error?: string }) {
  return (
    <div className="rounded-md border border-slate-200 p-3">
      <label htmlFor="knockout-reject-after" className={labelClass}>
        Reject knocked-out applications after <span className="font-normal text-slate-500">(optional)</span>
      </label>
      <div className="mt-1 flex items-center gap-2">
        <input
          id="knockout-reject-after"
          inputMode="numeric"
          className={`${inputClass} w-24!`}
          aria-describedby={['knockout-reject-after-hint', error ? 'knockout-reject-after-error' : ''].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          {...register('knockoutRejectAfterDays')}
        />
        <span className="text-sm text-slate-700">days, unless someone keeps them</span>
      </div>
      <p id="knockout-reject-after-hint" className={hintClass}>
        Empty: knocked-out applications wait for a person. Otherwise they are rejected through the normal rejection (reason “Knocked out by a
        screening question”, with the usual delayed email) that many days after they arrived.
      </p>
      {error && (
        <p id="knockout-reject-after-error" className={errorClass}>
          {error}
        </p>
      )}
    </div>
  );
}
