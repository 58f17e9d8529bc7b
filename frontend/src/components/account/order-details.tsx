import { formatAddress } from '@/lib/address';
import { formatDateTime } from '@/lib/format';
import type { Order } from '@/lib/order-api';
import { OrderLines } from '../cart/order-lines';

export function OrderDetails({ order }: { order: Order }) {
  return (
    <div className="space-y-6">
      <dl className="grid gap-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="font-medium text-slate-900">Order number</dt>
          <dd data-testid="order-number" className="font-mono text-base">
            {order.orderNumber}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-900">Placed</dt>
          <dd>{formatDateTime(order.placedAt)}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-900">Paid with</dt>
          <dd>Card ending in {order.payment.cardLast4}</dd>
        </div>
      </dl>
      <OrderLines lines={order.items} total={order.total} caption="Products in this order" />
      <div className="text-sm">
        <h2 className="font-medium text-slate-900">Shipped to</h2>
        <p className="text-slate-700">
          {order.shippingAddress.name}, {formatAddress(order.shippingAddress)}, {order.shippingAddress.phone}
        </p>
      </div>
    </div>
  );
}
