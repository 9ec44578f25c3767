// The notifications feature's public face: the Follow toggle on a job's page and the member's own settings page.
export { FollowToggle } from './components/follow-toggle.tsx';
export { NotificationSettingsPage } from './components/notification-settings-page.tsx';
