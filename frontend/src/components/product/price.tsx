import type { Money } from '@/lib/api';
import { formatPrice } from '@/lib/format';

export function Price({ price, className }: { price: Money; className?: string }) {
  return (
    <p data-testid="price" className={className}>
      {formatPrice(price)}
    </p>
  );
}
