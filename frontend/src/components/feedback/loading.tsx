import { PRODUCT_GRID_CLASSES } from '../product/product-grid';

export function LoadingMessage({ label }: { label: string }) {
  return (
    <div role="status" aria-busy="true" className="animate-pulse py-12 text-center text-slate-600">
      {label}
    </div>
  );
}

export function ProductGridSkeleton({ count = 8, label = 'Loading products…' }: { count?: number; label?: string }) {
  return (
    <div role="status" aria-busy="true">
      <span className="sr-only">{label}</span>
      <ul className={PRODUCT_GRID_CLASSES} aria-hidden="true">
        {Array.from({ length: count }, (_, index) => (
          <li key={index} className="animate-pulse rounded-lg border border-slate-200 bg-white">
            <div className="aspect-square bg-slate-100" />
            <div className="space-y-3 p-4">
              <div className="h-3 w-1/3 rounded bg-slate-200" />
              <div className="h-4 w-3/4 rounded bg-slate-200" />
              <div className="h-4 w-1/2 rounded bg-slate-200" />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
