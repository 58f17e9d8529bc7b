'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Breadcrumb } from '@/components/breadcrumb';
import { ErrorState } from '@/components/feedback/error-state';
import { LoadingMessage } from '@/components/feedback/loading';
import { Pagination } from '@/components/listing/pagination';
import { RequireSignIn } from '@/components/session/require-sign-in';
import { formatDateTime, formatPrice } from '@/lib/format';
import { orderHref } from '@/lib/links';
import { readPage } from '@/lib/listing';
import { listOrders } from '@/lib/order-api';
import { authorized } from '@/lib/session';
import { useAsync } from '@/lib/use-async';

const ORDERS_PER_PAGE = 10;

function ordersHref(page: number): string {
  return page > 1 ? `/account/orders?page=${page}` : '/account/orders';
}

/** `page` is one-based, as in the URL. */
function OrderHistory({ page }: { page: number }) {
  const orders = useAsync(
    (signal) => authorized((token) => listOrders(token, { page: page - 1, size: ORDERS_PER_PAGE }, signal)),
    `orders:${page}`,
  );
  if (orders.status === 'loading') {
    return <LoadingMessage label="Loading your orders…" />;
  }
  if (orders.status === 'error') {
    return <ErrorState title="Your orders could not be loaded." error={orders.error} onRetry={orders.retry} />;
  }
  if (orders.data.totalItems === 0) {
    return (
      <p className="mt-6 text-slate-600">
        You have not ordered anything yet.{' '}
        <Link href="/products" className="font-medium text-brand-700 underline">
          Browse all products
        </Link>
      </p>
    );
  }
  return (
    <>
      <ul className="mt-6 divide-y divide-slate-200 border-y border-slate-200">
        {orders.data.items.map((order) => (
          <li
            key={order.orderId}
            data-testid="order-summary"
            className="flex flex-wrap items-center justify-between gap-2 py-4"
          >
            <div>
              <Link href={orderHref(order.orderId)} className="font-mono font-semibold text-brand-700 hover:underline">
                {order.orderNumber}
              </Link>
              <p className="text-sm text-slate-600">{formatDateTime(order.placedAt)}</p>
            </div>
            <p className="text-sm text-slate-700">
              {order.itemCount} {order.itemCount === 1 ? 'item' : 'items'} ·{' '}
              <span className="font-semibold text-slate-900">{formatPrice(order.total)}</span>
            </p>
          </li>
        ))}
      </ul>
      <Pagination page={page} totalPages={orders.data.totalPages} hrefForPage={ordersHref} />
    </>
  );
}

export function OrdersView() {
  const page = readPage(useSearchParams());
  return (
    <RequireSignIn next={ordersHref(page)} title="to see your orders">
      {() => (
        <div>
          <Breadcrumb trail={[{ label: 'My account', href: '/account' }]} current="Orders" />
          <h1 className="mt-6 text-3xl font-bold text-slate-900">Your orders</h1>
          <OrderHistory page={page} />
        </div>
      )}
    </RequireSignIn>
  );
}
