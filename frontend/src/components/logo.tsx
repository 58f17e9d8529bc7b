export function Logo({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="currentColor" />
      <circle cx="12" cy="16" r="5" fill="none" stroke="white" strokeWidth="2.5" />
      <path d="M19 21V11m4 10V14" stroke="white" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}
