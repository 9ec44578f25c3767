// Who may do what, as one table: actor × table-or-bucket × operation → allowed (Y) or refused (-).
// tests/reliability/rls-matrix.test.ts runs every cell through the API with supabase-js against Postgres and
// prints this table back with what happened; the table is the expectation, written from DESIGN.md.
//
// Actors: anon = the anon key with nothing else; candidate = the anon key holding an upload grant for a resume it
// uploaded (its own row and object are its targets where that differs); viewer/recruiter/owner A = Acme's members;
// recruiter B = Globex's recruiter; service = the service role key. Targets are Acme's rows unless the operation
// says otherwise; "fresh" rows are made for the cell and removed after it.

export const ACTORS = ['anon', 'candidate', 'viewer A', 'recruiter A', 'owner A', 'recruiter B', 'service'] as const;
export type Actor = (typeof ACTORS)[number];

export type Cell = { target: string; operation: string; expected: Record<Actor, boolean> };

// prettier-ignore
const GRID: [target: string, operation: string, expected: string][] = [
  //                                                                         anon cand view recA ownA recB serv
  ['organizations',    'select Acme (public: it has open jobs)',            'Y    Y    Y    Y    Y    Y    Y'],
  ['organizations',    'insert',                                            '-    -    -    -    -    -    Y'],
  ['organizations',    'update name of Acme',                               '-    -    -    -    -    -    Y'],
  ['organizations',    'delete an org the owner owns',                      '-    -    -    -    -    -    Y'],
  ['memberships',      "select Acme's viewer membership",                   '-    -    Y    Y    Y    -    Y'],
  ['memberships',      'insert a member into Acme',                         '-    -    -    -    Y    -    Y'],
  ['memberships',      "update role of Acme's viewer to recruiter",         '-    -    -    -    Y    -    Y'],
  ['memberships',      'delete a member of Acme',                           '-    -    -    -    Y    -    Y'],
  ['memberships',      "demote Acme's last owner",                          '-    -    -    -    -    -    -'],
  ['team_invitations', "select Acme's pending invitation",                  '-    -    -    -    Y    -    Y'],
  ['team_invitations', 'insert one for Acme',                               '-    -    -    -    -    -    Y'],
  ['team_invitations', 'update accepted_at',                                '-    -    -    -    -    -    Y'],
  ['team_invitations', 'delete',                                            '-    -    -    -    -    -    Y'],
  ['jobs',             'select an open job',                                'Y    Y    Y    Y    Y    Y    Y'],
  ['jobs',             'select a draft job',                                '-    -    Y    Y    Y    -    Y'],
  ['jobs',             'select a closed job',                               '-    -    Y    Y    Y    -    Y'],
  ['jobs',             'insert a job for Acme',                             '-    -    -    Y    Y    -    Y'],
  ['jobs',             'update title',                                      '-    -    -    Y    Y    -    Y'],
  ['jobs',             'update status (publish a draft)',                   '-    -    -    Y    Y    -    Y'],
  ['jobs',             'update questions',                                  '-    -    -    Y    Y    -    Y'],
  // Knockout answers are the hiring team's: anon reads public_questions only. A signed-in member of another
  // organisation still reads them on an open job (authenticated keeps the table-wide grant members need).
  ['jobs',             "select an open job's questions with their knockout answers", '-    -    Y    Y    Y    Y    Y'],
  ['jobs',             "select an open job's public questions (no knockout answers)", 'Y    Y    Y    Y    Y    Y    Y'],
  ['jobs',             'update posting details (salary, remote, department)', '-    -    -    Y    Y    -    Y'],
  ['jobs',             "select an open job's salary and remote policy",     'Y    Y    Y    Y    Y    Y    Y'],
  ['jobs',             "select a draft job's salary and remote policy",     '-    -    Y    Y    Y    -    Y'],
  ['jobs',             'update org_id (move to Globex)',                    '-    -    -    -    -    -    Y'],
  ['jobs',             'delete',                                            '-    -    -    -    -    -    Y'],
  ['upload_grants',    'select',                                            '-    -    -    -    -    -    Y'],
  ['upload_grants',    'insert',                                            '-    -    -    -    -    -    Y'],
  ['upload_grants',    'update used_at (free a spent grant)',               '-    -    -    -    -    -    Y'],
  ['upload_grants',    'update expires_at (extend)',                        '-    -    -    -    -    -    Y'],
  ['upload_grants',    'delete',                                            '-    -    -    -    -    -    Y'],
  ['applications',     'select',                                            '-    -    Y    Y    Y    -    Y'],
  ['applications',     'insert (candidate: its grant; others: no grant)',   '-    Y    -    -    -    -    Y'],
  ['applications',     'insert reusing a spent grant',                      '-    -    -    -    -    -    -'],
  ['applications',     'update stage',                                      '-    -    -    Y    Y    -    Y'],
  ['applications',     'update email',                                      '-    -    -    -    -    -    Y'],
  ['applications',     'update score',                                      '-    -    -    -    -    -    Y'],
  ['applications',     'update resume_path',                                '-    -    -    -    -    -    Y'],
  ['applications',     'update job_id',                                     '-    -    -    -    -    -    Y'],
  ['applications',     'update answers',                                    '-    -    -    -    -    -    Y'],
  ['applications',     'update knockout (clear the flag)',                  '-    -    -    -    -    -    Y'],
  ['applications',     'delete',                                            '-    -    -    -    Y    -    Y'],
  ['stage_events',     'select',                                            '-    -    Y    Y    Y    -    Y'],
  ['stage_events',     'insert',                                            '-    -    -    -    -    -    Y'],
  ['stage_events',     'update to_stage',                                   '-    -    -    -    -    -    Y'],
  ['stage_events',     'delete',                                            '-    -    -    -    -    -    Y'],
  ['notes',            'select',                                            '-    -    Y    Y    Y    -    Y'],
  ['notes',            'insert as oneself',                                 '-    -    -    Y    Y    -    Y'],
  ['notes',            'insert in the name of another member',              '-    -    -    -    -    -    Y'],
  ['notes',            'update body',                                       '-    -    -    -    -    -    Y'],
  ['notes',            'delete',                                            '-    -    -    -    -    -    Y'],
  ['notes',            'select a deleted note',                             '-    -    -    -    -    -    Y'],
  ['note_revisions',   "select an Acme note's history",                     '-    -    Y    Y    Y    -    Y'],
  ['note_revisions',   'insert',                                            '-    -    -    -    -    -    Y'],
  ['note_revisions',   'update body',                                       '-    -    -    -    -    -    Y'],
  ['note_revisions',   'delete',                                            '-    -    -    -    -    -    Y'],
  ['rpc',              "edit_note (recruiter A's note; its author only)",   '-    -    -    Y    -    -    -'],
  ['rpc',              "delete_note (recruiter A's note; its author only)", '-    -    -    Y    -    -    -'],
  ['job_visits',       "select recruiter A's visit",                        '-    -    -    Y    -    -    Y'],
  ['job_visits',       'insert a visit to an Acme job',                     '-    -    Y    Y    Y    -    Y'],
  ['job_visits',       "update recruiter A's visit",                        '-    -    -    Y    -    -    Y'],
  ['job_visits',       'delete',                                            '-    -    -    -    -    -    Y'],
  ['interview_kits',   "select an Acme job's kit",                          '-    -    Y    Y    Y    -    Y'],
  ['interview_kits',   'insert a kit for an Acme job',                      '-    -    -    Y    Y    -    Y'],
  ['interview_kits',   'update criteria',                                   '-    -    -    Y    Y    -    Y'],
  ['interview_kits',   'delete',                                            '-    -    -    -    -    -    Y'],
  ['scorecards',       "select the owner's (before submitting one's own)",  '-    -    Y    -    Y    -    Y'],
  ['scorecards',       'insert as oneself',                                 '-    -    -    Y    Y    -    Y'],
  ['scorecards',       'insert in the name of another member',              '-    -    -    -    -    -    Y'],
  ['scorecards',       "update one's own recommendation",                   '-    -    -    Y    Y    -    Y'],
  ['scorecards',       'delete',                                            '-    -    -    -    -    -    Y'],
  ['resume_pages',     "select an Acme resume's text",                      '-    -    Y    Y    Y    -    Y'],
  ['resume_pages',     'insert a page',                                     '-    -    -    -    -    -    Y'],
  ['resume_pages',     'update text',                                       '-    -    -    -    -    -    Y'],
  ['resume_pages',     'delete',                                            '-    -    -    -    -    -    Y'],
  ['resume_documents', 'select',                                            '-    -    -    -    -    -    Y'],
  ['resume_documents', 'update tsv',                                        '-    -    -    -    -    -    Y'],
  ['rpc',              'search_applications (Acme, a word only one resume says; a row or a count)', '-    -    Y    Y    Y    -    Y'],
  ['rpc',              "search_applications (Acme's job by id, named by any org)", '-    -    Y    Y    Y    -    Y'],
  ['resume_downloads', 'select',                                            '-    -    -    -    -    -    Y'],
  ['resume_downloads', 'insert',                                            '-    -    -    -    -    -    Y'],
  ['resume_downloads', 'update',                                            '-    -    -    -    -    -    Y'],
  ['resume_downloads', 'delete',                                            '-    -    -    -    -    -    Y'],
  ['rpc',              'record_resume_download (an Acme resume)',           '-    -    Y    Y    Y    -    Y'],
  ['rpc',              'record_upload_grant',                               '-    -    -    -    -    -    Y'],
  ['rpc',              'storage_usage (Acme)',                              '-    -    -    -    Y    -    Y'],
  ['rpc',              'org_member_directory (Acme; members only)',         '-    -    Y    Y    Y    -    -'],
  ['rpc',              'org_team (Acme; owners only)',                      '-    -    -    -    Y    -    -'],
  ['rpc',              "accept_team_invitations (someone else's)",          '-    -    -    -    -    -    -'],
  ['rpc',              'auth_user_by_email',                                '-    -    -    -    -    -    Y'],
  ['function team-invite', 'invite a new address to Acme',                  '-    -    -    -    Y    -    -'],
  ['rpc',              'keep_knocked_out_application (an Acme one)',        '-    -    -    Y    Y    -    Y'],
  ['rpc',              'job_source_counts (Acme backend job)',              '-    -    Y    Y    Y    -    Y'],
  ['privacy_notices',  'select the current one (Acme is hiring)',           'Y    Y    Y    Y    Y    Y    Y'],
  ['privacy_notices',  'select a version Acme replaced',                    '-    -    Y    Y    Y    -    Y'],
  ['privacy_notices',  'insert a version for Acme',                         '-    -    -    -    Y    -    Y'],
  ['privacy_notices',  'update body',                                       '-    -    -    -    -    -    Y'],
  ['rpc',              'reject_knocked_out_applications',                   '-    -    -    -    -    -    Y'],
  ['rpc',              'hiring_analytics (Acme; counts only what RLS shows)', '-    -    Y    Y    Y    -    Y'],
  ['rpc',              'scorecard_counts (an Acme application; members)',   '-    -    Y    Y    Y    -    -'],
  ['rpc',              'application_duplicates (an Acme application; members)', '-    -    Y    Y    Y    -    Y'],
  ['retention_settings', "select Acme's",                                 '-    -    Y    Y    Y    -    Y'],
  ['retention_settings', 'update retention_days',                          '-    -    -    -    Y    -    Y'],
  ['erasure_log',      'select an Acme entry',                              '-    -    -    -    Y    -    Y'],
  ['erasure_log',      'insert',                                            '-    -    -    -    -    -    Y'],
  ['rpc',              'set_erasure_hold (an Acme application; owners)',    '-    -    -    -    Y    -    -'],
  ['rpc',              'erasure_schedule (Acme; owners see what is due)',   '-    -    -    -    Y    -    -'],
  ['rpc',              'expired_applications',                              '-    -    -    -    -    -    Y'],
  ['rpc',              'erase_application_rows (an Acme application)',      '-    -    -    -    -    -    Y'],
  ['function erase-applications', 'erase an Acme application on request', '-    -    -    -    Y    -    -'],
  ['email_outbox',     "select an Acme candidate's email",                  '-    -    Y    Y    Y    -    Y'],
  ['email_outbox',     "select owner A's notification",                     '-    -    -    -    Y    -    Y'],
  ['email_outbox',     'insert an email to anyone',                         '-    -    -    -    -    -    Y'],
  ['email_outbox',     'update status (mark a waiting one sent)',           '-    -    -    -    -    -    Y'],
  ['email_outbox',     'delete',                                            '-    -    -    -    -    -    Y'],
  ['email_settings',   "select Acme's",                                     '-    -    Y    Y    Y    -    Y'],
  ['email_settings',   'update rejection_delay_minutes',                    '-    -    -    -    Y    -    Y'],
  ['email_templates',  "select Acme's",                                     '-    -    Y    Y    Y    -    Y'],
  ['email_templates',  'update body of the offer',                          '-    -    -    -    Y    -    Y'],
  ['email_templates',  'delete the offer',                                  '-    -    -    -    -    -    Y'],
  ['rejection_reasons', "select Acme's",                                    '-    -    Y    Y    Y    -    Y'],
  ['rejection_reasons', 'insert one for Acme',                              '-    -    -    -    Y    -    Y'],
  ['rejection_reasons', 'update label',                                     '-    -    -    -    Y    -    Y'],
  ['rejection_reasons', 'delete',                                           '-    -    -    -    -    -    Y'],
  ['rpc',              'reject_applications (an Acme one, with the email)', '-    -    -    Y    Y    -    Y'],
  ['rpc',              'cancel_email (a waiting Acme rejection)',           '-    -    -    Y    Y    -    -'],
  ['rpc',              'send_stage_email (interview, an Acme one)',         '-    -    -    Y    Y    -    -'],
  ['rpc',              'finish_outbox_email (its lease token)',             '-    -    -    -    -    -    Y'],
  ['job_follows',      "select recruiter A's follow of an Acme job",        '-    -    -    Y    -    -    Y'],
  ['job_follows',      'follow an Acme job as oneself',                     '-    -    Y    Y    Y    -    Y'],
  ['job_follows',      "follow an Acme job in viewer A's name",             '-    -    -    -    -    -    Y'],
  ['job_follows',      "follow Globex's job (only Globex's members)",      '-    -    -    -    -    Y    -'],
  ['job_follows',      "delete recruiter A's follow",                       '-    -    -    Y    -    -    Y'],
  ['notification_preferences', "select recruiter A's choice",               '-    -    -    Y    -    -    Y'],
  ['notification_preferences', "update recruiter A's choice to none",       '-    -    -    Y    -    -    Y'],
  ['notification_preferences', "update recruiter A's last_digest_at",       '-    -    -    -    -    -    Y'],
  ['notification_preferences', "delete recruiter A's",                      '-    -    -    -    -    -    Y'],
  ['rpc',              'queue_daily_digests',                               '-    -    -    -    -    -    Y'],
  ['bucket resumes',   'read (download; candidate: its own upload)',        '-    -    Y    Y    Y    -    Y'],
  ['bucket resumes',   'read through a signed URL it creates',              '-    -    Y    Y    Y    -    Y'],
  ['bucket resumes',   'list the job folder',                               '-    -    Y    Y    Y    -    Y'],
  ['bucket resumes',   'upload a new object directly',                      '-    -    -    -    -    -    Y'],
  ['bucket resumes',   'sign an upload URL for a path of its choice',       '-    -    -    -    -    -    Y'],
  ['bucket resumes',   'overwrite an object (upsert)',                      '-    -    -    -    -    -    Y'],
  ['bucket resumes',   'remove an object',                                  '-    -    -    -    Y    -    Y'],
];

export const MATRIX: Cell[] = GRID.map(([target, operation, expected]) => {
  const marks = expected.split(/\s+/);
  if (marks.length !== ACTORS.length || marks.some((m) => m !== 'Y' && m !== '-')) throw new Error(`bad row: ${target} ${operation}`);
  return { target, operation, expected: Object.fromEntries(ACTORS.map((a, i) => [a, marks[i] === 'Y'])) as Record<Actor, boolean> };
});

/** The table as text, each mark from `result` ('!' after a mark that differs from the expectation). */
export function printMatrix(result: (cell: Cell, actor: Actor) => boolean | undefined): string {
  const width = Math.max(...MATRIX.map((c) => `${c.target} · ${c.operation}`.length));
  const head = `${''.padEnd(width)}  ${ACTORS.map((a) => a.padEnd(12)).join('')}`;
  const rows = MATRIX.map((cell) => {
    const marks = ACTORS.map((a) => {
      const got = result(cell, a);
      const mark = got === undefined ? '?' : got ? 'Y' : '-';
      return `${mark}${got !== undefined && got !== cell.expected[a] ? '!' : ''}`.padEnd(12);
    });
    return `${`${cell.target} · ${cell.operation}`.padEnd(width)}  ${marks.join('')}`;
  });
  return [head, ...rows].join('\n');
}
