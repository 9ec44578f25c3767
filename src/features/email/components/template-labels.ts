// What each email is called on screen.
export const TEMPLATE_LABELS: Record<string, string> = {
  received: 'Confirmation',
  rejection: 'Rejection email',
  interview: 'Interview invitation',
  offer: 'Offer',
  new_application: 'New application notice',
  daily_digest: 'Daily digest',
};
