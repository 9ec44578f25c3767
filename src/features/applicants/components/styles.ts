// Control styles of the applicant screens, from the shared kit.
import { buttonClass } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { controlClass } from '@/components/ui/field';

export const inputClass = controlClass;
export const inlineSelectClass =
  'rounded-md border border-slate-300 bg-white py-1.5 pr-8 pl-3 text-sm text-slate-900 shadow-sm focus:border-indigo-600 focus:outline-2 focus:outline-indigo-600/30';
export const primaryButton = buttonClass({ size: 'sm', className: 'py-2' });
export const secondaryButton = buttonClass({ variant: 'secondary', size: 'sm', className: 'py-2' });
export { cardClass };
