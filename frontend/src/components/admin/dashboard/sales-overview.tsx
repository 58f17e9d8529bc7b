'use client';

import { formatDate, formatDateTime, formatPrice } from '@/lib/format';
import { getSalesSummary, type SalesSummary } from '@/lib/order-api';
import { authorized } from '@/lib/session';
import { useAsync } from '@/lib/use-async';
import { ErrorState } from '../../feedback/error-state';
import { LoadingMessage } from '../../feedback/loading';
import { DataTable } from '../data-table';

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="rounded-lg border border-slate-200 p-4">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd data-testid={testId} className="mt-1 text-3xl font-bold text-slate-900">
        {value}
      </dd>
    </div>
  );
}

function RecentOrders({ orders }: { orders: SalesSummary['recentOrders'] }) {
  if (orders.length === 0) {
    return <p className="text-sm text-slate-600">No orders have been placed yet.</p>;
  }
  return (
    <DataTable
      columns={[
        { label: 'Order' },
        { label: 'Placed' },
        { label: 'Items', numeric: true },
        { label: 'Total', numeric: true },
      ]}
    >
      {orders.map((order) => (
        <tr key={order.orderId} data-testid="recent-order">
          <th scope="row" className="py-2 font-mono font-medium text-slate-900">
            {order.orderNumber}
          </th>
          <td className="py-2 text-slate-700">{formatDateTime(order.placedAt)}</td>
          <td className="py-2 text-right text-slate-700">{order.itemCount}</td>
          <td className="py-2 text-right font-medium text-slate-900">{formatPrice(order.total)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The day's orders, revenue and average order value, and the latest orders of any day. */
export function SalesOverview() {
  const summary = useAsync((signal) => authorized((token) => getSalesSummary(token, signal)), 'sales-summary');
  if (summary.status === 'loading') {
    return <LoadingMessage label="Loading today’s sales…" />;
  }
  if (summary.status === 'error') {
    return <ErrorState title="The sales figures could not be loaded." error={summary.error} onRetry={summary.retry} />;
  }
  const { day, timeZone, orderCount, revenue, averageOrderValue, recentOrders } = summary.data;
  // A bare date would be read as midnight UTC; noon UTC is the same calendar day in the shop's zone.
  const dayLabel = formatDate(`${day}T12:00:00Z`);
  return (
    <div className="space-y-6">
      <section aria-labelledby="sales-heading">
        <h2 id="sales-heading" className="text-xl font-semibold text-slate-900">
          Today, {dayLabel}
        </h2>
        <p className="text-xs text-slate-500">The day as it is counted in {timeZone}.</p>
        <dl className="mt-4 grid gap-4 sm:grid-cols-3">
          <Figure label="Orders today" value={orderCount.toLocaleString('en')} testId="orders-today" />
          <Figure label="Revenue today" value={formatPrice(revenue)} testId="revenue-today" />
          <Figure label="Average order value" value={formatPrice(averageOrderValue)} testId="average-order-value" />
        </dl>
      </section>
      <section aria-labelledby="recent-orders-heading">
        <h2 id="recent-orders-heading" className="text-xl font-semibold text-slate-900">
          Latest orders
        </h2>
        <div className="mt-3">
          <RecentOrders orders={recentOrders} />
        </div>
      </section>
    </div>
  );
}
