import { clearGuestCart, getGuestCart } from './guest-cart';
import { getProfile, logIn } from './identity-api';
import { type CartMergeResult, mergeCart } from './order-api';
import { forgetServerCart, replaceServerCart } from './server-cart';
import { authorized, endSession, startSession } from './session';

export interface SignInOutcome {
  /** Guest-cart products that could not go into the server cart, if any. */
  skippedProducts: number;
  /** False when the guest cart could not be merged; it is kept and merged at the next log-in. */
  cartMerged: boolean;
}

/** Logs in, keeps the session, and moves the browser's guest cart into the shopper's cart. */
export async function signIn(email: string, password: string): Promise<SignInOutcome> {
  const token = await logIn({ email, password });
  const account = await getProfile(token.accessToken);
  forgetServerCart();
  startSession({ accessToken: token.accessToken, expiresAt: Date.now() + token.expiresIn * 1000, account });
  return mergeGuestCart();
}

async function mergeGuestCart(): Promise<SignInOutcome> {
  const items = getGuestCart();
  if (items.length === 0) {
    return { skippedProducts: 0, cartMerged: true };
  }
  let result: CartMergeResult;
  try {
    result = await authorized((token) => mergeCart(token, [...items]));
  } catch {
    // The shopper is signed in all the same; keeping the guest cart loses nothing.
    return { skippedProducts: 0, cartMerged: false };
  }
  clearGuestCart();
  replaceServerCart(result.cart);
  return { skippedProducts: result.skipped.length, cartMerged: true };
}

export function signOut() {
  endSession();
  forgetServerCart();
}
