'use client';

import { useSearchParams } from 'next/navigation';
import { OrderDetails } from '@/components/account/order-details';
import { Breadcrumb } from '@/components/breadcrumb';
import { ErrorState } from '@/components/feedback/error-state';
import { LoadingMessage } from '@/components/feedback/loading';
import { NotFoundState } from '@/components/feedback/not-found-state';
import { RequireSignIn } from '@/components/session/require-sign-in';
import { ApiError } from '@/lib/api';
import { orderHref, parseOrderId } from '@/lib/links';
import { getOrder } from '@/lib/order-api';
import { authorized } from '@/lib/session';
import { useAsync } from '@/lib/use-async';

function OrderNotFound() {
  return (
    <NotFoundState
      title="Order not found"
      message="We could not find this order. It may belong to another account, or the link may be wrong."
      href="/account/orders"
      linkLabel="See your orders"
    />
  );
}

function OrderLoader({ orderId }: { orderId: string }) {
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
    <div>
      <Breadcrumb
        trail={[
          { label: 'My account', href: '/account' },
          { label: 'Orders', href: '/account/orders' },
        ]}
        current={order.data.orderNumber}
      />
      <h1 className="mt-6 text-3xl font-bold text-slate-900">Order {order.data.orderNumber}</h1>
      <div className="mt-6">
        <OrderDetails order={order.data} />
      </div>
    </div>
  );
}

export function OrderView() {
  const orderId = parseOrderId(useSearchParams().get('id'));
  if (!orderId) {
    return <OrderNotFound />;
  }
  return (
    <RequireSignIn next={orderHref(orderId)} title="to see your order">
      {() => <OrderLoader orderId={orderId} />}
    </RequireSignIn>
  );
}
