// The SPA build: React, Tailwind v4, the `@/` alias tsconfig.json declares for src/, and no Realtime client.
import { fileURLToPath, URL } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Production builds swap modules of supabase-js that the app never uses for src/lib/supabase-unused.ts (see there).
 * The build fails if one of them is no longer imported the way listed here (a supabase-js upgrade), so a stand-in
 * never silently stops applying, and a missing export of the stand-in fails the build too.
 */
function leaveOutUnusedSupabase(): Plugin {
  const standIn = fileURLToPath(new URL('./src/lib/supabase-unused.ts', import.meta.url));
  const leftOut = [
    { from: '@supabase/auth-js/', id: './GoTrueAdminApi' },
    { from: '@supabase/auth-js/', id: './lib/webauthn' },
    { from: '@supabase/auth-js/', id: './lib/web3/ethereum' },
    { from: '@supabase/storage-js/', id: 'iceberg-js' },
  ];
  const seen = new Set<string>();
  return {
    name: 'leave-out-unused-supabase',
    apply: 'build',
    enforce: 'pre',
    resolveId(id, importer) {
      const hit = leftOut.find((entry) => entry.id === id && importer?.replaceAll('\\', '/').includes(entry.from));
      if (!hit) return null;
      seen.add(hit.id);
      return standIn;
    },
    buildEnd(error) {
      const missed = leftOut.filter((entry) => !seen.has(entry.id)).map((entry) => entry.id);
      if (!error && missed.length) this.error(`supabase-js no longer imports ${missed.join(', ')}: update leaveOutUnusedSupabase in vite.config.ts`);
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), leaveOutUnusedSupabase()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // The scoring module's one public entry, shared with the edge functions, the CLI and the tests.
      '@scoring': fileURLToPath(new URL('./supabase/functions/_shared/scoring/index.ts', import.meta.url)),
      '@email-render': fileURLToPath(new URL('./supabase/functions/_shared/email/render.ts', import.meta.url)),
      // The app uses no Realtime; supabase-js would bundle its client anyway (see src/lib/realtime-disabled.ts).
      '@supabase/realtime-js': fileURLToPath(new URL('./src/lib/realtime-disabled.ts', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    // Only the entry's static imports are worth preloading; route chunks load when their route does.
    modulePreload: { polyfill: false },
  },
  // The resume autofill worker's imports are invisible to the dev server's dependency scan; without this, the first
  // resume picked under `npm run dev` makes Vite optimize pdf.js and reload the page, dropping the picked file.
  optimizeDeps: { include: ['pdfjs-dist', 'pdfjs-dist/build/pdf.worker.mjs'] },
  server: { port: 5173 },
  preview: { port: 4173 },
});
