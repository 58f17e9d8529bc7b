import Link from 'next/link';
import type { ProductSummary } from '@/lib/api';
import { formatPrice } from '@/lib/format';
import { adminProductHref, adminStockHref } from '@/lib/links';
import { StockBadge } from '../../product/stock-badge';
import { DeleteProductButton } from './delete-product-button';

export function ProductTable({
  products,
  onDeleted,
}: {
  products: ProductSummary[];
  onDeleted: (product: ProductSummary) => void;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              <span className="sr-only">Image</span>
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Product
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Category
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              Price
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Stock
            </th>
            <th scope="col" className="py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {products.map((product) => (
            <tr key={product.id} data-testid="admin-product-row" className="align-top">
              <td className="py-3 pr-3">
                <img
                  src={product.imageUrl}
                  alt=""
                  width={48}
                  height={48}
                  className="h-12 w-12 rounded border border-slate-200 bg-slate-50 object-contain"
                />
              </td>
              <th scope="row" className="py-3 pr-3 font-normal">
                <Link href={adminProductHref(product.id)} className="font-medium text-brand-700 hover:underline">
                  {product.name}
                </Link>
                <p className="font-mono text-xs text-slate-500">{product.sku}</p>
              </th>
              <td className="py-3 pr-3 text-slate-700">{product.category.name}</td>
              <td className="py-3 pr-3 text-right text-slate-900">{formatPrice(product.price)}</td>
              <td className="py-3 pr-3">
                <StockBadge stock={product.stock} />
              </td>
              <td className="py-3">
                <div className="flex flex-wrap gap-3">
                  <Link
                    href={adminProductHref(product.id)}
                    aria-label={`Edit ${product.name}`}
                    className="text-sm font-medium text-brand-700 hover:underline"
                  >
                    Edit
                  </Link>
                  <Link
                    href={adminStockHref(product.id)}
                    aria-label={`Stock of ${product.name}`}
                    className="text-sm font-medium text-brand-700 hover:underline"
                  >
                    Stock
                  </Link>
                  <DeleteProductButton
                    productId={product.id}
                    productName={product.name}
                    onDeleted={() => onDeleted(product)}
                  />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
