import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api';
import type { AddressInput } from '@/lib/identity-api';
import { fillAddressForm } from '@/test/address-form';
import { AddressForm } from './address-form';

const VALID_ADDRESS: AddressInput = {
  name: 'Aiko Tanaka',
  postalCode: '100-0001',
  prefecture: '北海道',
  city: '札幌市',
  line1: '北1条西2丁目',
  phone: '011-123-4567',
};

describe('AddressForm', () => {
  it('lists all 47 prefectures', () => {
    render(<AddressForm submitLabel="Save" onSave={vi.fn()} />);

    // One "Choose…" option, then the prefectures.
    expect(screen.getByLabelText('Prefecture').querySelectorAll('option')).toHaveLength(48);
  });

  it('checks every field as the contract does', async () => {
    const onSave = vi.fn();
    const user = userEvent.setup();
    render(<AddressForm submitLabel="Save" onSave={onSave} />);

    await user.type(screen.getByLabelText('Postal code'), '10-00001');
    await user.type(screen.getByLabelText('Phone number'), '+81 3 1234 5678');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByLabelText('Recipient name')).toHaveAccessibleDescription('Enter the recipient’s name.');
    expect(screen.getByLabelText('Postal code')).toHaveAccessibleDescription('Enter a postal code like 100-0001.');
    expect(screen.getByLabelText('Prefecture')).toHaveAccessibleDescription('Choose a prefecture.');
    expect(screen.getByLabelText('City, ward or town')).toHaveAccessibleDescription('Enter the city, ward or town.');
    expect(screen.getByLabelText('Street and number')).toHaveAccessibleDescription('Enter the street and number.');
    expect(screen.getByLabelText('Building and room (optional)')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Phone number')).toHaveAccessibleDescription(
      'Enter a Japanese phone number like 03-1234-5678.',
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('sends the trimmed address and leaves an empty second line out', async () => {
    const onSave = vi.fn(async () => undefined);
    const user = userEvent.setup();
    render(<AddressForm submitLabel="Save" onSave={onSave} />);

    await fillAddressForm(user, VALID_ADDRESS);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(onSave).toHaveBeenCalledWith(VALID_ADDRESS);
  });

  it('shows the server’s refusal by the field it names', async () => {
    const refusal = new ApiError(400, 'Bad Request', 'Invalid address.', 'req-7', {
      errors: [{ parameter: 'postalCode', message: 'is not a known postal code' }],
    });
    const user = userEvent.setup();
    render(<AddressForm submitLabel="Save" onSave={async () => Promise.reject(refusal)} />);

    await fillAddressForm(user, VALID_ADDRESS);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Postal code')).toHaveAccessibleDescription('is not a known postal code'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Request ID: req-7');
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });
});
