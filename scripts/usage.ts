// `npm run usage`: what the resumes bucket holds, what moved this month, and whether the plan will last the month.
import { argsOrExit } from './cli-flags.ts';
import { connectionFromEnv, serviceClient } from './import/connect.ts';
import { parseUsageArgs, USAGE } from './usage/args.ts';
import { formatUsage } from './usage/report.ts';
import { projectUsage, toFigures, type UsageRow } from '../src/lib/usage-projection.ts';

const args = argsOrExit(parseUsageArgs(process.argv.slice(2)), USAGE);

try {
  const connection = connectionFromEnv();
  const db = serviceClient(connection);
  let orgId: string | null = null;
  if (args.org) {
    const { data, error } = await db.from('organizations').select('id').eq('slug', args.org).maybeSingle();
    if (error) throw new Error(`Could not read organizations: ${error.message}`);
    if (!data) {
      console.error(`No organization with the slug "${args.org}".`);
      process.exit(2);
    }
    orgId = data.id;
  }
  const { data, error } = await db.rpc('storage_usage', orgId ? { org: orgId } : {});
  if (error)
    throw new Error(`storage_usage failed: ${error.message}${error.code === 'PGRST202' ? ' (apply the migrations: npx supabase db push)' : ''}`);
  const row = (data as UsageRow[])[0];
  const report = projectUsage(toFigures(row), args.plan, args.warnAt);
  const scope = `${args.org ? `organization ${args.org}` : 'whole bucket'} at ${connection.url}`;
  console.log(args.json ? JSON.stringify({ scope, ...report }, null, 2) : formatUsage(report, scope));
} catch (e) {
  console.error(`npm run usage: ${(e as Error).message}`);
  process.exit(1);
}
