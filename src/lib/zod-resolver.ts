// react-hook-form validation with a zod (v4 mini) schema: the first issue of each field becomes that field's error.
// @hookform/resolvers 3 speaks only classic zod, whose 13 KB gzip the candidate pages cannot afford.
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type * as z from 'zod/v4-mini';

export function zodResolver<TIn extends FieldValues, TOut extends FieldValues = TIn>(schema: z.ZodMiniType<TOut, TIn>): Resolver<TIn, unknown, TOut> {
  return async (values) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of result.error.issues) {
      const name = issue.path.join('.');
      errors[name] ??= { type: issue.code, message: issue.message };
    }
    return { values: {}, errors: errors as FieldErrors<TIn> };
  };
}
