'use client';

import Link from 'next/link';
import { RequestedOrder } from '@/components/account/requested-order';
import { formatPrice } from '@/lib/format';
import { orderCompleteHref, orderHref } from '@/lib/links';

export function OrderCompleteView() {
  return (
    <RequestedOrder
      pageHref={orderCompleteHref}
      notFoundMessage="We could not find this order. Your orders are all in your order history."
    >
      {(order) => (
        <div className="mx-auto max-w-xl py-12 text-center">
          <h1 className="text-3xl font-bold text-slate-900">Thank you for your order</h1>
          <p className="mt-4 text-slate-700">Your order number is</p>
          <p data-testid="order-number" className="mt-1 font-mono text-2xl font-semibold text-slate-900">
            {order.orderNumber}
          </p>
          <p className="mt-4 text-slate-700">
            {order.itemCount} {order.itemCount === 1 ? 'item' : 'items'}, {formatPrice(order.total)}, paid with the card
            ending in {order.payment.cardLast4}.
          </p>
          <div className="mt-8 flex flex-wrap justify-center gap-4">
            <Link
              href={orderHref(order.orderId)}
              className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
            >
              View your order
            </Link>
            <Link href="/products" className="rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50">
              Continue shopping
            </Link>
          </div>
        </div>
      )}
    </RequestedOrder>
  );
}
