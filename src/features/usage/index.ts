// The usage feature's public face: the owner-only panel the dashboard mounts.
export { UsagePanel, type UsagePanelProps } from './components/usage-panel.tsx';
export { FREE_PLAN, planOf, type Plan } from '@/lib/usage-projection';
