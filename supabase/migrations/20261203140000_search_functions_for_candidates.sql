-- A candidate's insert maintains the applications' search indexes, so anon runs their expression functions too: on
-- hosted projects (explicit grants since October 2026) it was refused with "permission denied for function
-- applicant_profile_tsv" (tests/app/db/hosted-grants.test.ts). Both are immutable word-splitters over the row itself.
grant execute on function public.applicant_profile_tsv(text, text), public.applicant_answers_tsv(jsonb) to anon;
