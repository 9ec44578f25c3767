// The job form's control styles: the shared kit's, plus how the locked slug looks.
import { buttonClass } from '@/components/ui/button';
import { controlClass } from '@/components/ui/field';

export const inputClass = controlClass;
export const lockedInputClass = `${controlClass} bg-slate-50! text-slate-600!`;
export const labelClass = 'block text-sm font-medium text-slate-900';
export const hintClass = 'mt-1 text-xs text-slate-600';
export const errorClass = 'mt-1 text-sm font-medium text-rose-700';
export const primaryButton = buttonClass();
export const secondaryButton = buttonClass({ variant: 'secondary' });
