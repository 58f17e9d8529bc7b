'use client';

import { OrderDetails } from '@/components/account/order-details';
import { RequestedOrder } from '@/components/account/requested-order';
import { Breadcrumb } from '@/components/breadcrumb';
import { orderHref } from '@/lib/links';

export function OrderView() {
  return (
    <RequestedOrder
      pageHref={orderHref}
      notFoundMessage="We could not find this order. It may belong to another account, or the link may be wrong."
    >
      {(order) => (
        <div>
          <Breadcrumb
            trail={[
              { label: 'My account', href: '/account' },
              { label: 'Orders', href: '/account/orders' },
            ]}
            current={order.orderNumber}
          />
          <h1 className="mt-6 text-3xl font-bold text-slate-900">Order {order.orderNumber}</h1>
          <div className="mt-6">
            <OrderDetails order={order} />
          </div>
        </div>
      )}
    </RequestedOrder>
  );
}
