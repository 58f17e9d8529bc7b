import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { AddressInput } from '@/lib/identity-api';

/** Types an address into the address form the way a shopper does, leaving the optional second line empty. */
export async function fillAddressForm(user: UserEvent, address: Omit<AddressInput, 'line2'>) {
  await user.type(await screen.findByLabelText('Recipient name'), address.name);
  await user.type(screen.getByLabelText('Postal code'), address.postalCode);
  await user.selectOptions(screen.getByLabelText('Prefecture'), address.prefecture);
  await user.type(screen.getByLabelText('City, ward or town'), address.city);
  await user.type(screen.getByLabelText('Street and number'), address.line1);
  await user.type(screen.getByLabelText('Phone number'), address.phone);
}
