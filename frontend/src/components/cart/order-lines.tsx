import type { Money } from '@/lib/api';
import { formatPrice } from '@/lib/format';

export interface PricedLine {
  productId: number;
  name: string;
  unitPrice: Money;
  quantity: number;
  lineTotal: Money;
}

/** The lines of a cart or an order with their prices, and the total. */
export function OrderLines({ lines, total, caption }: { lines: PricedLine[]; total: Money; caption: string }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-slate-200 text-slate-600">
        <tr>
          <th scope="col" className="py-2 font-medium">
            Product
          </th>
          <th scope="col" className="py-2 text-right font-medium">
            Unit price
          </th>
          <th scope="col" className="py-2 text-right font-medium">
            Quantity
          </th>
          <th scope="col" className="py-2 text-right font-medium">
            Subtotal
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {lines.map((line) => (
          <tr key={line.productId}>
            <th scope="row" className="py-2 font-normal text-slate-900">
              {line.name}
            </th>
            <td className="py-2 text-right">{formatPrice(line.unitPrice)}</td>
            <td className="py-2 text-right">{line.quantity}</td>
            <td className="py-2 text-right">{formatPrice(line.lineTotal)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot className="border-t border-slate-200 font-semibold">
        <tr>
          <th scope="row" colSpan={3} className="py-2 text-right">
            Total
          </th>
          <td data-testid="order-total" className="py-2 text-right">
            {formatPrice(total)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
