// Downloads the resume through a fresh signed URL whose response names the file "<Full Name> resume.pdf".
import { useMutation } from '@tanstack/react-query';
import { createResumeUrl } from './get-resume-url.ts';

/** A file name every browser accepts: no path separators, reserved characters or control characters. */
export function resumeFileName(fullName: string): string {
  const clean = fullName
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${clean || 'Candidate'} resume.pdf`;
}

export async function downloadResume(path: string, fullName: string): Promise<void> {
  const url = await createResumeUrl(path, resumeFileName(fullName));
  const a = document.createElement('a');
  a.href = url;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

export const useDownloadResume = () =>
  useMutation({ mutationFn: ({ path, fullName }: { path: string; fullName: string }) => downloadResume(path, fullName) });
