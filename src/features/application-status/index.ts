// What other parts of the app use: the apply flow stores the key's hash with the row and mounts the link card.
export { rememberGrantedStatusKey, statusKeyHashFor } from './status-key.ts';
export { StatusLinkCard } from './components/status-link-card.tsx';
