// The job editor's "Published details": department, workplace, salary range and closing date (Google's JobPosting data).
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { REMOTE_POLICIES, SALARY_PERIODS } from '@/lib/job-terms';
import { type PostingFormInput, REMOTE_POLICY_LABELS, SALARY_PERIOD_LABELS } from '../posting.ts';
import type { JobFormInput } from '../types.ts';
import { errorClass, hintClass, inputClass, labelClass } from './form-styles.ts';

type Props = { register: UseFormRegister<JobFormInput>; errors?: FieldErrors<JobFormInput>['posting'] };
type Name = keyof PostingFormInput;

function FieldError({ errors, name }: { errors: Props['errors']; name: Name }) {
  const message = (errors?.[name] as { message?: string } | undefined)?.message;
  return message ? (
    <p id={`job-${name}-error`} className={errorClass}>
      {message}
    </p>
  ) : null;
}

export function PostingFields({ register, errors }: Props) {
  const invalid = (name: Name) => (errors?.[name] ? { 'aria-invalid': true as const, 'aria-describedby': `job-${name}-error` } : {});
  return (
    <fieldset className="grid gap-5 sm:grid-cols-2">
      <legend className="text-base font-semibold text-slate-900">Published details</legend>
      <p className={`${hintClass} -mt-3 sm:col-span-2`}>Shown on the job page and given to search engines and job boards.</p>
      <div>
        <label htmlFor="job-department" className={labelClass}>
          Department <span className="font-normal text-slate-600">(optional)</span>
        </label>
        <input
          id="job-department"
          className={`mt-1 ${inputClass}`}
          placeholder="e.g. Engineering"
          {...invalid('department')}
          {...register('posting.department')}
        />
        <FieldError errors={errors} name="department" />
      </div>
      <div>
        <label htmlFor="job-remote_policy" className={labelClass}>
          Workplace
        </label>
        <select id="job-remote_policy" className={`mt-1 ${inputClass}`} {...register('posting.remote_policy')}>
          {REMOTE_POLICIES.map((p) => (
            <option key={p} value={p}>
              {REMOTE_POLICY_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="job-country_code" className={labelClass}>
          Country code
        </label>
        <input
          id="job-country_code"
          className={`mt-1 ${inputClass} uppercase`}
          maxLength={2}
          placeholder="DE"
          autoComplete="off"
          {...invalid('country_code')}
          {...register('posting.country_code')}
        />
        <p className={hintClass}>The office’s country, or where remote candidates must live (required for remote jobs).</p>
        <FieldError errors={errors} name="country_code" />
      </div>
      <div>
        <label htmlFor="job-valid_through" className={labelClass}>
          Applications close <span className="font-normal text-slate-600">(optional)</span>
        </label>
        <input
          id="job-valid_through"
          type="date"
          className={`mt-1 ${inputClass}`}
          {...invalid('valid_through')}
          {...register('posting.valid_through')}
        />
        <FieldError errors={errors} name="valid_through" />
      </div>
      <div className="grid grid-cols-2 gap-3 sm:col-span-2 sm:grid-cols-4">
        <div>
          <label htmlFor="job-salary_min" className={labelClass}>
            Salary from
          </label>
          <input
            id="job-salary_min"
            inputMode="decimal"
            className={`mt-1 ${inputClass}`}
            placeholder="65000"
            {...invalid('salary_min')}
            {...register('posting.salary_min')}
          />
          <FieldError errors={errors} name="salary_min" />
        </div>
        <div>
          <label htmlFor="job-salary_max" className={labelClass}>
            Salary to
          </label>
          <input
            id="job-salary_max"
            inputMode="decimal"
            className={`mt-1 ${inputClass}`}
            placeholder="80000"
            {...invalid('salary_max')}
            {...register('posting.salary_max')}
          />
          <FieldError errors={errors} name="salary_max" />
        </div>
        <div>
          <label htmlFor="job-salary_currency" className={labelClass}>
            Currency
          </label>
          <input
            id="job-salary_currency"
            className={`mt-1 ${inputClass} uppercase`}
            maxLength={3}
            placeholder="EUR"
            autoComplete="off"
            {...invalid('salary_currency')}
            {...register('posting.salary_currency')}
          />
          <FieldError errors={errors} name="salary_currency" />
        </div>
        <div>
          <label htmlFor="job-salary_period" className={labelClass}>
            Paid
          </label>
          <select id="job-salary_period" className={`mt-1 ${inputClass}`} {...invalid('salary_period')} {...register('posting.salary_period')}>
            <option value="">—</option>
            {SALARY_PERIODS.map((p) => (
              <option key={p} value={p}>
                {SALARY_PERIOD_LABELS[p]}
              </option>
            ))}
          </select>
          <FieldError errors={errors} name="salary_period" />
        </div>
        <p className={`${hintClass} col-span-2 sm:col-span-4`}>
          Optional. Leave all four empty to publish no salary; one amount alone is a fixed figure or a “from”/“up to”.
        </p>
      </div>
    </fieldset>
  );
}
