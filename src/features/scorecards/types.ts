// Interview kits and scorecards, in the database's own shapes (src/lib/database.types.ts) plus the JSON they hold.
import type { Tables } from '@/lib/database.types';

export type Criterion = { id: string; name: string; guidance?: string };
export type Rating = { rating: 1 | 2 | 3 | 4; note?: string };
export type Recommendation = 'strong_no' | 'no' | 'yes' | 'strong_yes';

export type InterviewKit = Omit<Pick<Tables<'interview_kits'>, 'job_id' | 'criteria' | 'updated_at'>, 'criteria'> & { criteria: Criterion[] };
export type Scorecard = Omit<
  Pick<Tables<'scorecards'>, 'id' | 'author' | 'stage' | 'ratings' | 'recommendation' | 'summary' | 'submitted_at'>,
  'ratings' | 'recommendation'
> & {
  ratings: Record<string, Rating>;
  recommendation: Recommendation;
};
export type StageCount = { stage: string; submitted: number; mine: boolean };

export const RECOMMENDATIONS: { value: Recommendation; label: string }[] = [
  { value: 'strong_no', label: 'Strong no' },
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
  { value: 'strong_yes', label: 'Strong yes' },
];
export const RATING_LABELS: Record<number, string> = { 1: '1 · Poor', 2: '2 · Mixed', 3: '3 · Good', 4: '4 · Excellent' };
export const recommendationLabel = (r: Recommendation) => RECOMMENDATIONS.find((x) => x.value === r)?.label ?? r;
