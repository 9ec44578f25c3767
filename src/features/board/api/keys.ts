// Every react-query key of the board feature.
export const boardKeys = {
  all: ['board'] as const,
  job: (jobId: string) => ['board', jobId] as const,
  cards: (jobId: string, q: string) => ['board', jobId, 'cards', q] as const,
};
