import Link from 'next/link';
import type { ProductSummary } from '@/lib/api';
import { formatPrice } from '@/lib/format';
import { adminProductHref, adminStockHref } from '@/lib/links';
import { StockBadge } from '../../product/stock-badge';
import { DeleteProductButton } from './delete-product-button';
import { DataTable } from '../data-table';

export function ProductTable({
  products,
  onDeleted,
}: {
  products: ProductSummary[];
  onDeleted: (product: ProductSummary) => void;
}) {
  return (
    <DataTable
      columns={[
        { label: <span className="sr-only">Image</span> },
        { label: 'Product' },
        { label: 'Category' },
        { label: 'Price', numeric: true },
        { label: 'Stock' },
        { label: <span className="sr-only">Actions</span> },
      ]}
    >
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
    </DataTable>
  );
}
