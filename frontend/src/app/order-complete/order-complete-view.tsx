'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { ErrorState } from '@/components/feedback/error-state';
import { LoadingMessage } from '@/components/feedback/loading';
import { NotFoundState } from '@/components/feedback/not-found-state';
import { RequireSignIn } from '@/components/session/require-sign-in';
import { ApiError } from '@/lib/api';
import { formatPrice } from '@/lib/format';
import { orderCompleteHref, orderHref, parseOrderId } from '@/lib/links';
import { getOrder } from '@/lib/order-api';
import { authorized } from '@/lib/session';
import { useAsync } from '@/lib/use-async';

function OrderNotFound() {
  return (
    <NotFoundState
      title="Order not found"
      message="We could not find this order. Your orders are all in your order history."
      href="/account/orders"
      linkLabel="See your orders"
    />
  );
}

function OrderComplete({ orderId }: { orderId: string }) {
  const order = useAsync((signal) => authorized((token) => getOrder(token, orderId, signal)), `order:${orderId}`);
  if (order.status === 'loading') {
    return <LoadingMessage label="Loading your order…" />;
  }
  if (order.status === 'error') {
    if (order.error instanceof ApiError && order.error.isNotFound) {
      return <OrderNotFound />;
    }
    return <ErrorState title="Your order could not be loaded." error={order.error} onRetry={order.retry} />;
  }
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold text-slate-900">Thank you for your order</h1>
      <p className="mt-4 text-slate-700">Your order number is</p>
      <p data-testid="order-number" className="mt-1 font-mono text-2xl font-semibold text-slate-900">
        {order.data.orderNumber}
      </p>
      <p className="mt-4 text-slate-700">
        {order.data.itemCount} {order.data.itemCount === 1 ? 'item' : 'items'}, {formatPrice(order.data.total)}, paid
        with the card ending in {order.data.payment.cardLast4}.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-4">
        <Link
          href={orderHref(order.data.orderId)}
          className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          View your order
        </Link>
        <Link href="/products" className="rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50">
          Continue shopping
        </Link>
      </div>
    </div>
  );
}

export function OrderCompleteView() {
  const raw = useSearchParams().get('id');
  const orderId = parseOrderId(raw);
  if (!orderId) {
    return <OrderNotFound />;
  }
  return (
    <RequireSignIn next={orderCompleteHref(orderId)} title="to see your order">
      {() => <OrderComplete orderId={orderId} />}
    </RequireSignIn>
  );
}
