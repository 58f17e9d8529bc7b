import { describe, expect, it } from 'vitest';
import {
  MAX_LINES,
  addToGuestCart,
  getGuestCart,
  guestCartUnits,
  removeFromGuestCart,
  setGuestCartQuantity,
} from './guest-cart';

describe('guest cart', () => {
  it('keeps product IDs and quantities in localStorage', () => {
    addToGuestCart(17, 2);
    addToGuestCart(5, 1);

    expect(getGuestCart()).toEqual([
      { productId: 17, quantity: 2 },
      { productId: 5, quantity: 1 },
    ]);
    expect(JSON.parse(localStorage.getItem('o11y-shop.guest-cart')!)).toEqual([
      { productId: 17, quantity: 2 },
      { productId: 5, quantity: 1 },
    ]);
    expect(guestCartUnits(getGuestCart())).toBe(3);
  });

  it('adds to the line of a product already in the cart', () => {
    addToGuestCart(17, 2);
    addToGuestCart(17, 3);

    expect(getGuestCart()).toEqual([{ productId: 17, quantity: 5 }]);
  });

  it('caps a line at 99', () => {
    addToGuestCart(17, 60);
    addToGuestCart(17, 60);
    setGuestCartQuantity(17, 150);

    expect(getGuestCart()).toEqual([{ productId: 17, quantity: 99 }]);
  });

  it('sets and removes lines', () => {
    addToGuestCart(17, 2);
    addToGuestCart(5, 1);

    setGuestCartQuantity(17, 7);
    removeFromGuestCart(5);

    expect(getGuestCart()).toEqual([{ productId: 17, quantity: 7 }]);
  });

  it('refuses a 51st product', () => {
    for (let productId = 1; productId <= MAX_LINES; productId += 1) {
      expect(addToGuestCart(productId, 1)).toBe(true);
    }

    expect(addToGuestCart(999, 1)).toBe(false);
    expect(addToGuestCart(1, 1)).toBe(true);
    expect(getGuestCart()).toHaveLength(MAX_LINES);
  });
});
