// react-hook-form validation with a zod (v4 mini) schema: the first issue of each field becomes that field's error,
// nested by its path as react-hook-form reads them (`errors.answers.q1`, `errors.ratings['system-design'].rating`).
// @hookform/resolvers 3 speaks only classic zod, whose 13 KB gzip the candidate pages cannot afford.
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type * as z from 'zod/v4-mini';

export function zodResolver<TIn extends FieldValues, TOut extends FieldValues = TIn>(schema: z.ZodMiniType<TOut, TIn>): Resolver<TIn, unknown, TOut> {
  return async (values) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String);
      let node = errors;
      for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
      node[path.at(-1) ?? 'root'] ??= { type: issue.code, message: issue.message };
    }
    return { values: {}, errors: errors as FieldErrors<TIn> };
  };
}
