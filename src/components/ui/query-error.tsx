// A failed load, said plainly, with a way to try again.
import { Alert } from './alert.tsx';
import { Button } from './button.tsx';

export function QueryError({ title, error, onRetry, retrying = false }: { title: string; error: Error; onRetry: () => void; retrying?: boolean }) {
  return (
    <Alert
      tone="error"
      title={title}
      actions={
        <Button variant="secondary" size="sm" busy={retrying} onClick={onRetry}>
          Try again
        </Button>
      }
    >
      {error.message}
    </Alert>
  );
}
