/** Typed client for the identity API (api/identity.yaml): accounts, sessions, profile, addresses. */
import { requestJson } from './api';
import type { components } from './api-types/identity';

type Schemas = components['schemas'];

const IDENTITY_BASE = '/api/identity';

export type Role = Schemas['Role'];
export type Account = Schemas['Account'];

/**
 * Whether the account may use the admin console. The APIs decide by the token's `cognito:groups`
 * claim; the profile's `roles` come from the same groups, so the console asks only to show or hide.
 */
export function hasAdminRole(account: Account): boolean {
  return account.roles.includes('admin');
}

export type SignUpRequest = Schemas['SignUpRequest'];
export type LogInRequest = Schemas['LogInRequest'];
export type AccessToken = Schemas['AccessToken'];
export type Prefecture = Schemas['Prefecture'];
export type AddressInput = Schemas['AddressInput'];
export type Address = Schemas['Address'];

export function signUp(request: SignUpRequest): Promise<Account> {
  return requestJson(`${IDENTITY_BASE}/users`, { method: 'POST', body: request });
}

export function logIn(request: LogInRequest): Promise<AccessToken> {
  return requestJson(`${IDENTITY_BASE}/sessions`, { method: 'POST', body: request });
}

export function getProfile(accessToken: string, signal?: AbortSignal): Promise<Account> {
  return requestJson(`${IDENTITY_BASE}/me`, { accessToken, signal });
}

export function updateProfile(accessToken: string, displayName: string): Promise<Account> {
  return requestJson(`${IDENTITY_BASE}/me`, { method: 'PUT', body: { displayName }, accessToken });
}

export async function listAddresses(accessToken: string, signal?: AbortSignal): Promise<Address[]> {
  const list = await requestJson<Schemas['AddressList']>(`${IDENTITY_BASE}/me/addresses`, { accessToken, signal });
  return list.items;
}

export function createAddress(accessToken: string, address: AddressInput): Promise<Address> {
  return requestJson(`${IDENTITY_BASE}/me/addresses`, { method: 'POST', body: address, accessToken });
}

export function replaceAddress(accessToken: string, id: string, address: AddressInput): Promise<Address> {
  return requestJson(`${IDENTITY_BASE}/me/addresses/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: address,
    accessToken,
  });
}

export function deleteAddress(accessToken: string, id: string): Promise<void> {
  return requestJson(`${IDENTITY_BASE}/me/addresses/${encodeURIComponent(id)}`, { method: 'DELETE', accessToken });
}
