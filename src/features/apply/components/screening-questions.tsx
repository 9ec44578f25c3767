// The job's screening questions, one control per answer type; errors and help text are tied to each control.
import { useId } from 'react';
import { useWatch, type Control, type FieldErrors, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { ANSWER_MAX_LENGTH, type Question } from '@/lib/questions';
import { withHttps } from '../links.ts';
import type { ApplyFormValues } from '../schema.ts';

type Props = {
  questions: Question[];
  control: Control<ApplyFormValues>;
  register: UseFormRegister<ApplyFormValues>;
  setValue: UseFormSetValue<ApplyFormValues>;
  errors: FieldErrors<ApplyFormValues>['answers'];
};

export function ScreeningQuestions({ questions, control, register, setValue, errors }: Props) {
  return (
    <>
      {questions.map((q) => {
        const error = (errors as Record<string, { message?: string } | undefined> | undefined)?.[q.id]?.message;
        const name = `answers.${q.id}` as const;
        const common = { label: q.label, hint: q.help || undefined, optional: !q.required, error };
        switch (q.type) {
          case 'short_text':
            return <Field key={q.id} {...common} {...register(name)} />;
          case 'number':
            return <Field key={q.id} {...common} inputMode="decimal" className="sm:max-w-xs" {...register(name)} />;
          case 'url': {
            const field = register(name);
            return (
              <Field
                key={q.id}
                {...common}
                type="url"
                inputMode="url"
                placeholder="https://"
                {...field}
                onBlur={(e) => {
                  const value = withHttps(e.target.value);
                  if (value !== e.target.value) setValue(name, value, { shouldDirty: true });
                  return field.onBlur(e);
                }}
              />
            );
          }
          case 'long_text':
            return <LongAnswer key={q.id} question={q} control={control} common={common} register={register} />;
          case 'yes_no':
            return (
              <ChoiceGroup key={q.id} question={q} options={['yes', 'no']} labels={{ yes: 'Yes', no: 'No' }} error={error} register={register} />
            );
          case 'single_choice':
          case 'multiple_choice':
            return <ChoiceGroup key={q.id} question={q} options={q.choices} error={error} register={register} />;
          default:
            return null;
        }
      })}
    </>
  );
}

function LongAnswer({
  question,
  control,
  common,
  register,
}: {
  question: Question;
  control: Control<ApplyFormValues>;
  common: { label: string; hint?: string; optional: boolean; error?: string };
  register: UseFormRegister<ApplyFormValues>;
}) {
  const value = useWatch({ control, name: `answers.${question.id}` });
  return (
    <Textarea
      {...common}
      rows={5}
      maxLength={ANSWER_MAX_LENGTH.long_text}
      length={typeof value === 'string' ? value.length : 0}
      {...register(`answers.${question.id}`)}
    />
  );
}

function ChoiceGroup({
  question,
  options,
  labels,
  error,
  register,
}: {
  question: Question;
  options: string[];
  labels?: Record<string, string>;
  error?: string;
  register: UseFormRegister<ApplyFormValues>;
}) {
  const id = useId();
  const many = question.type === 'multiple_choice';
  const describedBy = [question.help ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="block text-sm font-medium text-slate-900">
        {question.label}
        {!question.required && <span className="font-normal text-slate-600"> (optional)</span>}
      </legend>
      {question.help && (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-slate-600">
          {question.help}
        </p>
      )}
      {many && <p className="mt-0.5 text-sm text-slate-600">Choose all that apply.</p>}
      <div className={`mt-2 flex gap-x-6 gap-y-2 ${options.length > 3 || many ? 'flex-col' : 'flex-wrap'}`}>
        {options.map((option) => (
          <label key={option} className="flex min-h-6 items-center gap-2 text-base text-slate-900 sm:text-sm">
            <input
              type={many ? 'checkbox' : 'radio'}
              value={option}
              className={`size-4 border-slate-300 text-indigo-600 ${many ? 'rounded' : ''}`}
              aria-invalid={error ? true : undefined}
              {...register(`answers.${question.id}`)}
            />
            {labels?.[option] ?? option}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-1.5 text-sm font-medium text-rose-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
