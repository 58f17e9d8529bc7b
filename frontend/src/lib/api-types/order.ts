/**
 * Generated from api/order.yaml by openapi-typescript (`npm run generate:api`): do not edit.
 */

export interface paths {
    "/cart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shopper's cart; an empty one if nothing was ever put in it. */
        get: operations["getCart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cart/items/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put a product in the cart with a quantity, or change the quantity of one already in it.
         * @description The quantity is set, not added. The line's unit price is the catalog's price now. A product the
         *     catalog does not know (or has deleted) is refused with 404 `product-not-found`; a 51st distinct
         *     product with 409 `cart-full`.
         */
        put: operations["setCartItem"];
        post?: never;
        /**
         * Take a product out of the cart.
         * @description Removing a product that is not in the cart changes nothing and answers the cart as it is.
         */
        delete: operations["removeCartItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cart/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge the browser's guest cart into the shopper's cart at log-in.
         * @description For a product already in the cart the quantities add up, capped at 99. Products the catalog does
         *     not know (or has deleted), and products beyond the 50 distinct lines a cart holds, are skipped and
         *     named in `skipped`; the rest are merged. A product listed twice counts with both quantities.
         */
        post: operations["mergeCart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shopper's order history, newest first. */
        get: operations["listOrders"];
        put?: never;
        /**
         * Check out the cart; place the order.
         * @description Re-checks every price with the catalog (409 `price-changed` with the new prices, the cart updated;
         *     409 `products-unavailable` for products the catalog no longer sells, which are taken out of the
         *     cart), reserves the stock (409 `insufficient-stock`, naming what is short), charges the mock payment
         *     (402 `payment-declined`, the reservation released), and places the order: it is stored with its
         *     order number, the cart is emptied, and `OrderPlaced` is written to the outbox, all at once.
         *
         *     The `Idempotency-Key` header is required, one per checkout attempt. Repeating the request with the
         *     same key and the same body answers the order the first request placed, with the same status and
         *     `Idempotent-Replayed: true`; it never places a second order. The same key with a different body is
         *     refused with 422 `idempotency-key-reused`. While the first request is still being processed a
         *     repeat answers 409 `checkout-in-progress`, and so does a checkout with another key: one shopper's
         *     checkouts run one at a time, so two tabs cannot both order one cart. An attempt cut off half-way
         *     (the service stopped) blocks nothing after two minutes. A checkout that was refused (declined, short of stock,
         *     prices changed) leaves nothing behind: the key may be used again.
         */
        post: operations["placeOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the shopper's orders. */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sales-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders and revenue of one day in the shop's time zone, and the latest orders. */
        get: operations["getSalesSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Money: {
            /**
             * Format: int64
             * @description In the currency's smallest unit (yen have no minor unit).
             */
            amount: number;
            /** @constant */
            currency: "JPY";
        };
        /** Format: int32 */
        Quantity: number;
        CartItemQuantity: {
            quantity: components["schemas"]["Quantity"];
        };
        Cart: {
            /** @description Oldest line first (lines added in the same second by product ID). */
            items: components["schemas"]["CartLine"][];
            /**
             * Format: int32
             * @description The units in the cart, all lines together.
             */
            itemCount: number;
            total: components["schemas"]["Money"];
            /**
             * Format: date-time
             * @description When the cart last changed; absent for a cart that was never used.
             */
            updatedAt?: string;
        };
        CartLine: {
            /** Format: int64 */
            productId: number;
            /** @description The product's name when it was put in the cart. */
            name: string;
            unitPrice: components["schemas"]["Money"];
            quantity: components["schemas"]["Quantity"];
            lineTotal: components["schemas"]["Money"];
            /** Format: date-time */
            addedAt: string;
        };
        GuestCart: {
            items: components["schemas"]["GuestCartItem"][];
        };
        GuestCartItem: {
            /** Format: int64 */
            productId: number;
            quantity: components["schemas"]["Quantity"];
        };
        CartMergeResult: {
            cart: components["schemas"]["Cart"];
            skipped: components["schemas"]["SkippedItem"][];
        };
        SkippedItem: {
            /** Format: int64 */
            productId: number;
            /**
             * @description `product_not_found`: the catalog does not sell it; `cart_full`: the cart already has 50 products.
             * @enum {string}
             */
            reason: "product_not_found" | "cart_full";
        };
        CheckoutRequest: {
            shippingAddress: components["schemas"]["ShippingAddress"];
            payment: components["schemas"]["PaymentDetails"];
        };
        /** @description The fields of an address in the identity service (`AddressInput` of api/identity.yaml). */
        ShippingAddress: {
            /** @description The recipient. */
            name: string;
            /** @description 郵便番号, `1000001` or `100-0001`; stored as `100-0001`. */
            postalCode: string;
            prefecture: components["schemas"]["Prefecture"];
            /** @description 市区町村. */
            city: string;
            /** @description 町名・番地. */
            line1: string;
            /** @description 建物名・部屋番号; optional, an empty one is left out. */
            line2?: string;
            /** @description A Japanese phone number, `0312345678` or `03-1234-5678`. */
            phone: string;
        };
        /**
         * @description One of the 47 prefectures (都道府県), in Japanese.
         * @enum {string}
         */
        Prefecture: "北海道" | "青森県" | "岩手県" | "宮城県" | "秋田県" | "山形県" | "福島県" | "茨城県" | "栃木県" | "群馬県" | "埼玉県" | "千葉県" | "東京都" | "神奈川県" | "新潟県" | "富山県" | "石川県" | "福井県" | "山梨県" | "長野県" | "岐阜県" | "静岡県" | "愛知県" | "三重県" | "滋賀県" | "京都府" | "大阪府" | "兵庫県" | "奈良県" | "和歌山県" | "鳥取県" | "島根県" | "岡山県" | "広島県" | "山口県" | "徳島県" | "香川県" | "愛媛県" | "高知県" | "福岡県" | "佐賀県" | "長崎県" | "熊本県" | "大分県" | "宮崎県" | "鹿児島県" | "沖縄県";
        /**
         * @description The mock payment: only the card's last four digits travel, never a card number. The card ending
         *     in `0002` is always declined, so that a learner can fail a payment on purpose.
         */
        PaymentDetails: {
            /** @enum {string} */
            method: "card";
            cardLast4: string;
        };
        Order: {
            /** Format: uuid */
            orderId: string;
            /** @description What the shopper is shown and quotes, e.g. `O11Y-20261123-4F7K2`: the day it was placed (UTC) and five characters without look-alikes (no 0/O, 1/I/L). */
            orderNumber: string;
            /** @enum {string} */
            status: "placed";
            /** Format: date-time */
            placedAt: string;
            items: components["schemas"]["OrderLine"][];
            /** Format: int32 */
            itemCount: number;
            total: components["schemas"]["Money"];
            shippingAddress: components["schemas"]["ShippingAddress"];
            payment: components["schemas"]["PaymentSummary"];
        };
        OrderLine: {
            /** Format: int64 */
            productId: number;
            name: string;
            unitPrice: components["schemas"]["Money"];
            quantity: components["schemas"]["Quantity"];
            lineTotal: components["schemas"]["Money"];
        };
        PaymentSummary: {
            /** @enum {string} */
            method: "card";
            cardLast4: string;
            /** @description The payment provider's reference for the charge. */
            reference: string;
        };
        OrderPage: {
            items: components["schemas"]["OrderSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalItems: number;
            /** Format: int32 */
            totalPages: number;
        };
        OrderSummary: {
            /** Format: uuid */
            orderId: string;
            orderNumber: string;
            /** @enum {string} */
            status: "placed";
            /** Format: date-time */
            placedAt: string;
            /** Format: int32 */
            itemCount: number;
            total: components["schemas"]["Money"];
        };
        SalesSummary: {
            /** Format: date */
            day: string;
            /** @description The shop's time zone (IANA name) that decides where a day begins. */
            timeZone: string;
            /** Format: int32 */
            orderCount: number;
            revenue: components["schemas"]["Money"];
            averageOrderValue: components["schemas"]["Money"];
            /** @description The five latest orders of any shopper, newest first (not limited to the day). */
            recentOrders: components["schemas"]["OrderSummary"][];
        };
        /** @description RFC 9457 problem details. */
        Problem: {
            /** @description Stable identifier of the kind of problem, for example `urn:o11y-shop:problem:price-changed`. */
            type: string;
            title: string;
            /** Format: int32 */
            status: number;
            detail?: string;
            instance?: string;
            requestId?: string;
            errors?: components["schemas"]["ParameterError"][];
            /** @description For `price-changed`, every line whose price changed; the cart now has the new prices. */
            priceChanges?: components["schemas"]["PriceChange"][];
            /** @description For `products-unavailable`, the products the catalog no longer sells; they were taken out of the cart. */
            unavailableProducts?: number[];
            /** @description For `insufficient-stock`, every product that fell short (as the inventory service reported it). */
            shortages?: components["schemas"]["StockShortage"][];
        };
        ParameterError: {
            parameter: string;
            message: string;
        };
        PriceChange: {
            /** Format: int64 */
            productId: number;
            previousPrice: components["schemas"]["Money"];
            currentPrice: components["schemas"]["Money"];
        };
        StockShortage: {
            /** Format: int64 */
            productId: number;
            /** Format: int32 */
            requested: number;
            /** Format: int32 */
            available: number;
        };
    };
    responses: {
        /** @description A parameter, a header or the body is missing, malformed or out of range. Nothing was changed. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Signed in, but without the `admin` role; or the token is not a signed-in user's but a service's (a client-credentials token has no groups and names a client, not a shopper), so it is refused wherever a shopper is needed. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid bearer token. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource for this shopper. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is well-formed but the cart, the prices or the stock do not allow it. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The catalog or the inventory service did not answer in time. Nothing was changed. */
        DependencyUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        ProductIdPath: number;
        /** @description Zero-based page number. */
        Page: number;
        Size: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getCart: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    setCartItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: components["parameters"]["ProductIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CartItemQuantity"];
            };
        };
        responses: {
            /** @description The cart with the line added or changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            503: components["responses"]["DependencyUnavailable"];
        };
    };
    removeCartItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: components["parameters"]["ProductIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cart without the product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    mergeCart: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuestCart"];
            };
        };
        responses: {
            /** @description The merged cart and what could not be merged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartMergeResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            503: components["responses"]["DependencyUnavailable"];
        };
    };
    listOrders: {
        parameters: {
            query?: {
                /** @description Zero-based page number. */
                page?: components["parameters"]["Page"];
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the shopper's orders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    placeOrder: {
        parameters: {
            query?: never;
            header: {
                /** @description Chosen by the client, unique per checkout attempt (a UUID, for example). */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckoutRequest"];
            };
        };
        responses: {
            /** @description The order was placed. */
            201: {
                headers: {
                    /** @description `true` when this answers an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The payment was declined or did not answer in time. Nothing was placed; the stock was released. */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            /** @description The Idempotency-Key was used before with a different body. Nothing was changed. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["DependencyUnavailable"];
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getSalesSummary: {
        parameters: {
            query?: {
                /** @description The day to sum up; today in the shop's time zone when absent. */
                day?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The day's figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
}
