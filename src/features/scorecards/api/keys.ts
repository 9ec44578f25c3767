// Every react-query key of the scorecards feature.
export const scorecardKeys = {
  kit: (jobId: string) => ['scorecards', 'kit', jobId] as const,
  cards: (applicationId: string) => ['scorecards', 'cards', applicationId] as const,
};
