'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { AddressStep } from '@/components/checkout/address-step';
import { CheckoutFailureNotice, PriceChangedNotice } from '@/components/checkout/checkout-failure-notice';
import { type CheckoutStep, CheckoutProgress } from '@/components/checkout/checkout-progress';
import { ConfirmStep } from '@/components/checkout/confirm-step';
import { PaymentStep } from '@/components/checkout/payment-step';
import { ReviewStep } from '@/components/checkout/review-step';
import { RequireSignIn } from '@/components/session/require-sign-in';
import { type CheckoutFailure, classifyCheckoutFailure, newIdempotencyKey } from '@/lib/checkout';
import type { Address } from '@/lib/identity-api';
import { orderCompleteHref } from '@/lib/links';
import { type Cart, placeOrder } from '@/lib/order-api';
import { forgetServerCart } from '@/lib/server-cart';
import { authorized } from '@/lib/session';

function toShippingAddress({ id: _id, ...fields }: Address) {
  return fields;
}

function Checkout() {
  const router = useRouter();
  const [step, setStep] = useState<CheckoutStep>('address');
  const [address, setAddress] = useState<Address>();
  const [cart, setCart] = useState<Cart>();
  const [cardLast4, setCardLast4] = useState<string>();
  const [reviewVersion, setReviewVersion] = useState(0);
  const [failure, setFailure] = useState<CheckoutFailure>();
  const [placing, setPlacing] = useState(false);
  // See newIdempotencyKey: one key for this checkout, whatever the number of tries.
  const [idempotencyKey] = useState(newIdempotencyKey);
  // State updates are not applied before a second click in the same frame; a ref is.
  const placingRef = useRef(false);

  const nameOf = (productId: number) =>
    cart?.items.find((line) => line.productId === productId)?.name ?? `Product ${productId}`;

  function goTo(next: CheckoutStep) {
    setFailure(undefined);
    setStep(next);
  }

  async function handlePlaceOrder() {
    if (placingRef.current || !address || !cardLast4) {
      return;
    }
    placingRef.current = true;
    setPlacing(true);
    setFailure(undefined);
    try {
      const order = await authorized((token) =>
        placeOrder(token, idempotencyKey, {
          shippingAddress: toShippingAddress(address),
          payment: { method: 'card', cardLast4 },
        }),
      );
      // The order service emptied the cart; the header's count must read it again.
      forgetServerCart();
      router.push(orderCompleteHref(order.orderId));
    } catch (error) {
      const classified = classifyCheckoutFailure(error);
      setFailure(classified);
      if (classified.kind === 'price-changed') {
        // The service updated the cart to the new prices: show them and let the shopper confirm again.
        setReviewVersion((version) => version + 1);
        setStep('review');
      }
      placingRef.current = false;
      setPlacing(false);
    }
  }

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-slate-900">Checkout</h1>
      <CheckoutProgress current={step} />
      {step === 'address' && (
        <AddressStep
          chosenId={address?.id}
          onChosen={(chosen) => {
            setAddress(chosen);
            goTo('review');
          }}
        />
      )}
      {step === 'review' && address && (
        <ReviewStep
          address={address}
          version={reviewVersion}
          notice={
            failure?.kind === 'price-changed' && (
              <PriceChangedNotice changes={failure.changes} nameOf={nameOf} error={failure.error} />
            )
          }
          onBack={() => goTo('address')}
          onContinue={(reviewed) => {
            setCart(reviewed);
            // After a price change the card is already known: straight back to confirming.
            goTo(cardLast4 ? 'confirm' : 'payment');
          }}
        />
      )}
      {step === 'payment' && (
        <PaymentStep
          onBack={() => goTo('review')}
          onContinue={(last4) => {
            setCardLast4(last4);
            goTo('confirm');
          }}
        />
      )}
      {step === 'confirm' && address && cart && cardLast4 && (
        <ConfirmStep
          address={address}
          cart={cart}
          cardLast4={cardLast4}
          placing={placing}
          onBack={() => goTo('payment')}
          onPlace={handlePlaceOrder}
          failure={
            failure &&
            failure.kind !== 'price-changed' && (
              <CheckoutFailureNotice
                failure={failure}
                nameOf={nameOf}
                onRetry={handlePlaceOrder}
                onChangeCard={() => goTo('payment')}
              />
            )
          }
        />
      )}
    </div>
  );
}

export function CheckoutView() {
  return (
    <RequireSignIn next="/checkout" title="to check out">
      {() => <Checkout />}
    </RequireSignIn>
  );
}
