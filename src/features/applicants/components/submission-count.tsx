// "N submissions" beside a person who applied to the same job more than once (the list shows their latest).
import { Badge } from '@/components/ui/badge';

export function SubmissionCount({ count }: { count: number | undefined }) {
  if (!count || count < 2) return null;
  return (
    <Badge tone="neutral" title="The same person applied to this job more than once; the latest submission is shown.">
      {count} submissions
    </Badge>
  );
}
