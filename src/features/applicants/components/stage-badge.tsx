// An application's stage as a coloured label.
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { STAGE_LABELS, type Stage } from '../types.ts';

const TONES: Record<Stage, BadgeTone> = {
  applied: 'neutral',
  screening: 'info',
  interview: 'accent',
  offer: 'warning',
  hired: 'success',
  rejected: 'danger',
};

export const StageBadge = ({ stage }: { stage: Stage }) => <Badge tone={TONES[stage]}>{STAGE_LABELS[stage]}</Badge>;
