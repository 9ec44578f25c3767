// react-query keys of the public job board, in one place.
export const jobKeys = {
  all: ['public-jobs'] as const,
  open: () => [...jobKeys.all, 'open'] as const,
  detail: (slug: string) => [...jobKeys.all, 'detail', slug] as const,
};
