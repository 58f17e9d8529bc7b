export function productHref(id: number): string {
  return `/product?id=${id}`;
}

export function categoryHref(slug: string): string {
  return `/category?slug=${encodeURIComponent(slug)}`;
}
