// Every react-query key of the resume viewer.
export const resumeKeys = {
  url: (path: string) => ['resume', 'url', path] as const,
  bytes: (path: string) => ['resume', 'bytes', path] as const,
};
