// The plan the panel measures against: the free tier unless the build sets VITE_USAGE_PLAN_STORAGE_GB /
// VITE_USAGE_PLAN_EGRESS_GB (e.g. 100 and 250 for Supabase Pro).
import { FREE_PLAN, GB, planOf, type Plan } from '@/lib/usage-projection';

export function planFromEnv(env: Record<string, string | boolean | undefined> = import.meta.env): Plan {
  const gb = (value: unknown, fallback: number) => {
    const n = Number(value);
    return typeof value === 'string' && value.trim() !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
  };
  const storage = gb(env.VITE_USAGE_PLAN_STORAGE_GB, FREE_PLAN.storageBytes / GB);
  const egress = gb(env.VITE_USAGE_PLAN_EGRESS_GB, FREE_PLAN.egressBytes / GB);
  return storage * GB === FREE_PLAN.storageBytes && egress * GB === FREE_PLAN.egressBytes ? FREE_PLAN : planOf(storage, egress, 'Your plan');
}
