'use client';

import { useState } from 'react';
import type { Image } from '@/lib/api';

export function ProductGallery({ images, productName }: { images: Image[]; productName: string }) {
  const [selectedIndex, setSelectedIndex] = useState(0);
  const selected = images[selectedIndex];

  if (!selected) {
    return (
      <div className="flex aspect-square w-full items-center justify-center rounded-lg bg-slate-100 text-slate-500">
        No image available
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      <img
        src={selected.url}
        alt={selected.alt || productName}
        width={800}
        height={800}
        className="aspect-square w-full rounded-lg border border-slate-200 bg-slate-50 object-contain"
      />
      {images.length > 1 && (
        <ul className="flex flex-wrap gap-2" aria-label="Product images">
          {images.map((image, index) => (
            <li key={image.url}>
              <button
                type="button"
                aria-pressed={index === selectedIndex}
                onClick={() => setSelectedIndex(index)}
                className="overflow-hidden rounded-md border-2 border-transparent aria-pressed:border-brand-600"
              >
                <img
                  src={image.url}
                  alt={`Show image ${index + 1}: ${image.alt || productName}`}
                  width={80}
                  height={80}
                  className="h-20 w-20 bg-slate-50 object-contain"
                />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
