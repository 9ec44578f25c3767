// The SPA build: React, Tailwind v4, the `@/` alias tsconfig.json declares for src/, and no Realtime client.
import { fileURLToPath, URL } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // The app uses no Realtime; supabase-js would bundle its client anyway (see src/lib/realtime-disabled.ts).
      '@supabase/realtime-js': fileURLToPath(new URL('./src/lib/realtime-disabled.ts', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    // Only the entry's static imports are worth preloading; route chunks load when their route does.
    modulePreload: { polyfill: false },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
