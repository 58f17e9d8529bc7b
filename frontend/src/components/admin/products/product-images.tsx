import type { Image } from '@/lib/api';

export function ProductImages({ images }: { images: Image[] }) {
  if (images.length === 0) {
    return <p className="text-sm text-slate-600">This product has no images yet; the shop shows a placeholder.</p>;
  }
  return (
    <ul aria-label="Images" className="flex flex-wrap gap-3">
      {images.map((image) => (
        <li key={image.url} data-testid="product-image">
          <img
            src={image.url}
            alt={image.alt}
            width={128}
            height={128}
            className="h-32 w-32 rounded-md border border-slate-200 bg-slate-50 object-contain"
          />
        </li>
      ))}
    </ul>
  );
}
