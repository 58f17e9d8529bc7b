export const PRIMARY_BUTTON =
  'rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-slate-400';
export const SECONDARY_BUTTON =
  'rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:text-slate-400';
export const LINK_BUTTON =
  'text-sm font-medium text-brand-700 underline-offset-2 hover:underline disabled:text-slate-400';
export const INPUT =
  'mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-invalid:border-red-600 disabled:bg-slate-100';
