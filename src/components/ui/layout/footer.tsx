// The public site's footer: what happens to a candidate's data, in one sentence.
export function Footer() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-6 text-sm text-slate-600 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>Smart ATS · Jobs from the teams that hire with us.</p>
        <p>Your resume is stored privately and only the hiring team of the job you apply to can read it.</p>
      </div>
    </footer>
  );
}
