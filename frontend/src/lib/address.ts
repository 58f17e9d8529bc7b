import type { AddressInput, Prefecture } from './identity-api';
import { type FieldErrors, optionalTextProblem, textProblem } from './validation';

/** The 47 prefectures (都道府県) in the order of their JIS codes, north to south, as the contracts list them. */
export const PREFECTURES = [
  '北海道',
  '青森県',
  '岩手県',
  '宮城県',
  '秋田県',
  '山形県',
  '福島県',
  '茨城県',
  '栃木県',
  '群馬県',
  '埼玉県',
  '千葉県',
  '東京都',
  '神奈川県',
  '新潟県',
  '富山県',
  '石川県',
  '福井県',
  '山梨県',
  '長野県',
  '岐阜県',
  '静岡県',
  '愛知県',
  '三重県',
  '滋賀県',
  '京都府',
  '大阪府',
  '兵庫県',
  '奈良県',
  '和歌山県',
  '鳥取県',
  '島根県',
  '岡山県',
  '広島県',
  '山口県',
  '徳島県',
  '香川県',
  '愛媛県',
  '高知県',
  '福岡県',
  '佐賀県',
  '長崎県',
  '熊本県',
  '大分県',
  '宮崎県',
  '鹿児島県',
  '沖縄県',
] as const satisfies readonly Prefecture[];

export const ADDRESS_FIELDS = ['name', 'postalCode', 'prefecture', 'city', 'line1', 'line2', 'phone'] as const;

export type AddressField = (typeof ADDRESS_FIELDS)[number];

/** What the address form holds: every field as typed, the prefecture possibly not chosen yet. */
export type AddressDraft = Record<AddressField, string>;

export const EMPTY_ADDRESS: AddressDraft = {
  name: '',
  postalCode: '',
  prefecture: '',
  city: '',
  line1: '',
  line2: '',
  phone: '',
};

const POSTAL_CODE_PATTERN = /^\d{3}-?\d{4}$/;
const PHONE_PATTERN = /^0(\d{9,10}|\d{1,4}-\d{1,4}-\d{3,4})$/;

function isPrefecture(value: string): value is Prefecture {
  return (PREFECTURES as readonly string[]).includes(value);
}

export function addressProblems(draft: AddressDraft): FieldErrors<AddressField> {
  const postalCode = draft.postalCode.trim();
  const phone = draft.phone.trim();
  return {
    name: textProblem(draft.name, 'the recipient’s name', 50),
    postalCode: POSTAL_CODE_PATTERN.test(postalCode) ? undefined : 'Enter a postal code like 100-0001.',
    prefecture: isPrefecture(draft.prefecture) ? undefined : 'Choose a prefecture.',
    city: textProblem(draft.city, 'the city, ward or town', 50),
    line1: textProblem(draft.line1, 'the street and number', 100),
    line2: optionalTextProblem(draft.line2, 100),
    phone:
      phone.length <= 13 && PHONE_PATTERN.test(phone) ? undefined : 'Enter a Japanese phone number like 03-1234-5678.',
  };
}

/** The draft as the API takes it; call only once `addressProblems` found nothing. */
export function toAddressInput(draft: AddressDraft): AddressInput {
  if (!isPrefecture(draft.prefecture)) {
    throw new Error(`Not a prefecture: ${draft.prefecture}`);
  }
  const line2 = draft.line2.trim();
  return {
    name: draft.name.trim(),
    postalCode: draft.postalCode.trim(),
    prefecture: draft.prefecture,
    city: draft.city.trim(),
    line1: draft.line1.trim(),
    ...(line2 ? { line2 } : {}),
    phone: draft.phone.trim(),
  };
}

export function toAddressDraft(address: AddressInput): AddressDraft {
  return { ...address, line2: address.line2 ?? '' };
}

/** One line for lists: 〒100-0001 東京都 千代田区 千代田1-1 Room 2. */
export function formatAddress(address: AddressInput): string {
  return [`〒${address.postalCode}`, address.prefecture, address.city, address.line1, address.line2]
    .filter(Boolean)
    .join(' ');
}
