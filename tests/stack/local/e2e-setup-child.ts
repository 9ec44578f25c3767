// e2e's global setup in a process of its own, as a second `playwright test` would run it: prints what it exports
// for the specs, and tears its stack down when stdin closes.
import globalSetup from '../../../e2e/support/global-setup.ts';

const teardown = await globalSetup();
console.log(JSON.stringify({ dbUrl: process.env.E2E_DB_URL, storageDir: process.env.E2E_STORAGE_DIR }));
process.stdin.resume();
process.stdin.on('end', () => void (teardown ? teardown() : Promise.resolve()).then(() => process.exit(0)));
