// The analytics feature: hiring figures computed in SQL under RLS, drawn as accessible charts.
export { AnalyticsView } from './components/analytics-view.tsx';
