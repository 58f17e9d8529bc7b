import Link from 'next/link';
import { FeaturedProducts } from '@/components/home/featured-products';
import { ShopByCategory } from '@/components/home/shop-by-category';

export default function HomePage() {
  return (
    <>
      <section className="rounded-2xl bg-gradient-to-br from-brand-900 to-brand-600 px-6 py-12 text-white sm:px-12 sm:py-16">
        <h1 className="max-w-2xl text-3xl font-bold sm:text-5xl">Shop, then watch every request.</h1>
        <p className="mt-4 max-w-xl text-lg text-brand-100">
          Real products, real checkout, and every click traced through the services as logs, metrics and
          traces.
        </p>
        <Link
          href="/products"
          className="mt-8 inline-block rounded-md bg-white px-5 py-3 font-semibold text-brand-900 hover:bg-brand-50"
        >
          Shop all products
        </Link>
      </section>
      <FeaturedProducts />
      <ShopByCategory />
    </>
  );
}
