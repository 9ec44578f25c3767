// A knockout rule in words: which question, which answer.
import { formatAnswer, type KnockoutRule } from '@/lib/questions';

export const knockoutText = (rule: KnockoutRule) => `“${rule.question}” answered “${formatAnswer(rule.answer)}”`;
