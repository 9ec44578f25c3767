// Shown instead of the app when VITE_SUPABASE_URL / VITE_SUPABASE_ANON_KEY are missing or malformed at build time.
export function ConfigError({ problems }: { problems: string[] }) {
  return (
    <main className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <title>Configuration needed · Smart ATS</title>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Smart ATS is not configured yet</h1>
      <p className="mt-3 text-base text-slate-700">The app needs to know which Supabase project to talk to. These settings are missing or invalid:</p>
      <ul className="mt-4 list-disc space-y-1 pl-6 font-mono text-sm text-rose-800">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700">
        <p>
          For local development run <code className="rounded bg-slate-100 px-1 py-0.5">npm run dev</code>, which sets both. To use hosted Supabase,
          copy <code className="rounded bg-slate-100 px-1 py-0.5">.env.example</code> to{' '}
          <code className="rounded bg-slate-100 px-1 py-0.5">.env.local</code>, fill in the project URL and anon key, and rebuild.
        </p>
      </div>
    </main>
  );
}
