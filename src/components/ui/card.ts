// The look of a card (a bordered white panel), shared by every feature's panels.
export const cardClass = 'rounded-lg border border-slate-200 bg-white shadow-sm';
