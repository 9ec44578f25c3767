// Stands in for @supabase/realtime-js (vite.config.ts aliases it here): supabase-js builds a Realtime client whether or
// not it is used, and this app uses none, which saves about 16 KB gzip on every page. Using Realtime later means
// removing the alias.
const NOT_BUNDLED = 'Realtime is not bundled in this app; remove the @supabase/realtime-js alias in vite.config.ts to use supabase.channel().';

export class RealtimeClient {
  setAuth(): Promise<void> {
    return Promise.resolve();
  }

  channel(): never {
    throw new Error(NOT_BUNDLED);
  }

  getChannels(): [] {
    return [];
  }

  removeChannel(): Promise<'ok'> {
    return Promise.resolve('ok');
  }

  removeAllChannels(): Promise<[]> {
    return Promise.resolve([]);
  }
}
