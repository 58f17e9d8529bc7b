'use client';

import { useSearchParams } from 'next/navigation';
import type { ReactNode } from 'react';
import { ErrorState } from '@/components/feedback/error-state';
import { LoadingMessage } from '@/components/feedback/loading';
import { NotFoundState } from '@/components/feedback/not-found-state';
import { RequireSignIn } from '@/components/session/require-sign-in';
import { ApiError } from '@/lib/api';
import { parseOrderId } from '@/lib/links';
import { type Order, getOrder } from '@/lib/order-api';
import { authorized } from '@/lib/session';
import { useAsync } from '@/lib/use-async';

function OrderNotFound({ message }: { message: string }) {
  return <NotFoundState title="Order not found" message={message} href="/account/orders" linkLabel="See your orders" />;
}

interface RequestedOrderProps {
  /** This page's address for the order, where signing in comes back to. */
  pageHref: (orderId: string) => string;
  /** Said when there is no such order of the signed-in shopper. */
  notFoundMessage: string;
  children: (order: Order) => ReactNode;
}

function OrderLoader({ orderId, notFoundMessage, children }: Omit<RequestedOrderProps, 'pageHref'> & { orderId: string }) {
  const order = useAsync((signal) => authorized((token) => getOrder(token, orderId, signal)), `order:${orderId}`);
  if (order.status === 'loading') {
    return <LoadingMessage label="Loading your order…" />;
  }
  if (order.status === 'error') {
    if (order.error instanceof ApiError && order.error.isNotFound) {
      return <OrderNotFound message={notFoundMessage} />;
    }
    return <ErrorState title="Your order could not be loaded." error={order.error} onRetry={order.retry} />;
  }
  return children(order.data);
}

/** The signed-in shopper's order that the page's `?id=` names, once loaded; or why it cannot be shown. */
export function RequestedOrder({ pageHref, notFoundMessage, children }: RequestedOrderProps) {
  const orderId = parseOrderId(useSearchParams().get('id'));
  if (!orderId) {
    return <OrderNotFound message={notFoundMessage} />;
  }
  return (
    <RequireSignIn next={pageHref(orderId)} title="to see your order">
      {() => (
        <OrderLoader orderId={orderId} notFoundMessage={notFoundMessage}>
          {children}
        </OrderLoader>
      )}
    </RequireSignIn>
  );
}
