// The team feature's public face: the owners' team page the dashboard mounts.
export { TeamPage, type TeamOrg } from './components/team-page.tsx';
