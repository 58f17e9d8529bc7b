/**
 * Generated from api/inventory.yaml by openapi-typescript (`npm run generate:api`): do not edit.
 */

export interface paths {
    "/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock of several products in one call (one call per list page, not one per product). */
        get: operations["getStockLevels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock of one product. */
        get: operations["getStockLevel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stock levels at a glance for the admin console, lowest product ID first (A-INV-01).
         * @description Every product inventory tracks, with its reserved units. `lowOnly=true` keeps only the products
         *     that need attention: `low_stock` and `sold_out`.
         */
        get: operations["getStockOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock/{productId}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record goods received; the units become available at once (A-INV-03).
         * @description A product inventory has never seen may be received: it is tracked from then on. No product holds
         *     more than 1,000,000 available units; a receipt beyond that is refused with
         *     `urn:o11y-shop:problem:stock-limit-exceeded`.
         */
        post: operations["receiveStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock/{productId}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct the available units with a reason (A-INV-03).
         * @description `delta` is added to the available units. Stock never goes below zero: an adjustment that would is
         *     refused with `urn:o11y-shop:problem:stock-below-zero`, also for a product inventory has never seen
         *     (it has 0 units). Reserved units are not touched: a checkout in progress keeps its units.
         */
        post: operations["adjustStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock/{productId}/threshold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set from how few available units on the product counts as low stock.
         * @description Setting the value the product already has changes nothing and writes no audit entry.
         */
        put: operations["setLowStockThreshold"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock/{productId}/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail of one product, newest first. */
        get: operations["getProductMovements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail of all products, newest first. */
        get: operations["getMovements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stock/{productId}/restock-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to be told by email when a sold-out product is back.
         * @description The notice goes to the signed-in shopper's own e-mail address, the `email` claim of the access
         *     token; there is no request body, so that nobody can make the shop write to someone else. A token
         *     without an `email` claim (a service's token, or a Cognito user pool without the pre-token-generation
         *     trigger that adds it) is refused with 403 `urn:o11y-shop:problem:email-unknown`.
         *     Only a sold-out product takes sign-ups (`urn:o11y-shop:problem:product-in-stock` otherwise).
         *     Signing up the same email for the same product again answers the first sign-up with 200.
         */
        post: operations["subscribeToRestock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hold stock for a checkout, all lines or none.
         * @description Every line's units move from available to reserved in one transaction. If any product has too
         *     few units the whole reservation is refused with `urn:o11y-shop:problem:insufficient-stock`, which
         *     names every product that fell short, and nothing is held. A reservation that is neither committed
         *     nor released before `expiresAt` is released by the service.
         *
         *     With an `Idempotency-Key`, repeating the request answers the reservation the first request made
         *     (with `Idempotent-Replayed: true`) instead of holding stock twice; the same key with a different
         *     body is refused with 422 `urn:o11y-shop:problem:idempotency-key-reused`. Keys are per caller.
         */
        post: operations["reserveStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reservations/{reservationId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give the held units back (payment failed, checkout abandoned).
         * @description Idempotent: releasing a released or expired reservation changes nothing and answers it as it is.
         *     A committed reservation cannot be released (`urn:o11y-shop:problem:reservation-closed`).
         */
        post: operations["releaseReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reservations/{reservationId}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take the held units out of stock for good (order placed).
         * @description Idempotent: committing a committed reservation changes nothing and answers it as it is. A released
         *     or expired reservation cannot be committed (`urn:o11y-shop:problem:reservation-closed`): its units
         *     may already be sold to someone else. The `OrderPlaced` event commits the reservation too, so the
         *     order service may rely on either.
         */
        post: operations["commitReservation"];
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
        StockLevelList: {
            items: components["schemas"]["StockLevel"][];
        };
        StockLevel: {
            /** Format: int64 */
            productId: number;
            /** Format: int32 */
            available: number;
            /** Format: int32 */
            lowStockThreshold: number;
            status: components["schemas"]["StockStatus"];
        };
        /** @enum {string} */
        StockStatus: "in_stock" | "low_stock" | "sold_out";
        StockOverviewPage: {
            items: components["schemas"]["StockOverviewItem"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalItems: number;
            /** Format: int32 */
            totalPages: number;
        };
        StockOverviewItem: {
            /** Format: int64 */
            productId: number;
            /** Format: int32 */
            available: number;
            /** Format: int32 */
            reserved: number;
            /** Format: int32 */
            lowStockThreshold: number;
            status: components["schemas"]["StockStatus"];
        };
        StockReceipt: {
            /** Format: int32 */
            quantity: number;
            /** @description Free text for the audit trail, such as the delivery note number. */
            note?: string;
        };
        StockAdjustment: {
            /**
             * Format: int32
             * @description Units to add (positive) or remove (negative); never 0.
             */
            delta: number;
            reason: components["schemas"]["AdjustmentReason"];
            note?: string;
        };
        /** @enum {string} */
        AdjustmentReason: "damaged" | "lost" | "found" | "correction" | "returned";
        LowStockThreshold: {
            /** Format: int32 */
            lowStockThreshold: number;
        };
        /** @description The product's stock after a change, and the audit entry that records the change. */
        StockChange: {
            stock: components["schemas"]["StockLevel"];
            movement: components["schemas"]["StockMovement"];
        };
        StockMovementPage: {
            items: components["schemas"]["StockMovement"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalItems: number;
            /** Format: int32 */
            totalPages: number;
        };
        /** @description One change of one product's stock, written in the same transaction as the change. */
        StockMovement: {
            /** Format: int64 */
            movementId: number;
            /** Format: int64 */
            productId: number;
            kind: components["schemas"]["MovementKind"];
            /** Format: date-time */
            occurredAt: string;
            /**
             * @description The user ID of who made the change — for a reservation, the shopper the order service acted for —
             *     or the calling service's client ID (`order`) when it named no shopper, or `system` for the
             *     service's own work (expiry, order events).
             */
            actor: string;
            before: components["schemas"]["StockSnapshot"];
            after: components["schemas"]["StockSnapshot"];
            /**
             * Format: int32
             * @description The change of the available units (`after.available - before.available`).
             */
            delta: number;
            reason?: components["schemas"]["AdjustmentReason"];
            note?: string;
            /** Format: uuid */
            reservationId?: string;
        };
        /**
         * @description `received` goods in; `adjusted` a correction with a reason; `reserved` units held for a checkout;
         *     `released` held units given back; `expired` held units given back because the reservation ran out
         *     of time; `committed` held units sold; `threshold_changed` a new low-stock threshold.
         * @enum {string}
         */
        MovementKind: "received" | "adjusted" | "reserved" | "released" | "expired" | "committed" | "threshold_changed";
        StockSnapshot: {
            /** Format: int32 */
            available: number;
            /** Format: int32 */
            reserved: number;
            /** Format: int32 */
            lowStockThreshold: number;
        };
        ReservationRequest: {
            /** @description The order service's reference for the checkout, kept with the reservation for tracing. */
            orderReference: string;
            /**
             * @description At most one line per product, and at most 50 lines of at most 99 units each — a cart's own
             *     limits, so that no reservation can hold more than a checkout could buy.
             */
            lines: components["schemas"]["ReservationLine"][];
        };
        ReservationLine: {
            /** Format: int64 */
            productId: number;
            /** Format: int32 */
            quantity: number;
        };
        Reservation: {
            /** Format: uuid */
            reservationId: string;
            orderReference: string;
            status: components["schemas"]["ReservationStatus"];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When a reservation still held is released by the service.
             */
            expiresAt: string;
            lines: components["schemas"]["ReservationLine"][];
        };
        /** @enum {string} */
        ReservationStatus: "held" | "committed" | "released" | "expired";
        /** @description One email address waiting for one product; the pair identifies the sign-up. */
        RestockSubscription: {
            /** Format: int64 */
            productId: number;
            /** @description As stored, in lower case. */
            email: string;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description RFC 9457 problem details. */
        Problem: {
            /**
             * @description Stable identifier of the kind of problem, for example `urn:o11y-shop:problem:invalid-parameter`.
             *     inventory's own: `insufficient-stock`, `stock-below-zero`, `stock-limit-exceeded`,
             *     `reservation-closed`, `idempotency-key-reused`, `product-in-stock`.
             */
            type: string;
            title: string;
            /** Format: int32 */
            status: number;
            detail?: string;
            instance?: string;
            requestId?: string;
            errors?: components["schemas"]["ParameterError"][];
            /** @description For `insufficient-stock`, every product that fell short. */
            shortages?: components["schemas"]["StockShortage"][];
            reservationStatus?: components["schemas"]["ReservationStatus"];
        };
        ParameterError: {
            parameter: string;
            message: string;
        };
        StockShortage: {
            /** Format: int64 */
            productId: number;
            /** Format: int32 */
            requested: number;
            /**
             * Format: int32
             * @description The units available when the reservation was refused.
             */
            available: number;
        };
    };
    responses: {
        /** @description A parameter or the body is missing, malformed or out of range. Nothing was changed. */
        BadRequest: {
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
        /**
         * @description A bearer token was sent and refused (expired, forged, from another issuer). Public reads need no
         *     token, but one that is sent is checked: send none rather than a stale one.
         */
        RejectedToken: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The token lacks the role or the scope the operation needs. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource for this caller. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is well-formed but the stock or the reservation does not allow it. Nothing was changed. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The Idempotency-Key was used before with a different body. Nothing was changed. */
        UnprocessableRequest: {
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
        ReservationIdPath: string;
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
    getStockLevels: {
        parameters: {
            query: {
                /** @description Comma-separated product IDs, at most 100. */
                productIds: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entry per distinct requested product, in the order asked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockLevelList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["RejectedToken"];
        };
    };
    getStockLevel: {
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
            /** @description The product's stock. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockLevel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["RejectedToken"];
        };
    };
    getStockOverview: {
        parameters: {
            query?: {
                /** @description Zero-based page number. */
                page?: components["parameters"]["Page"];
                size?: components["parameters"]["Size"];
                lowOnly?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tracked products. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockOverviewPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    receiveStock: {
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
                "application/json": components["schemas"]["StockReceipt"];
            };
        };
        responses: {
            /** @description The units were added; the audit entry written with them. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    adjustStock: {
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
                "application/json": components["schemas"]["StockAdjustment"];
            };
        };
        responses: {
            /** @description The adjustment was applied; the audit entry written with it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    setLowStockThreshold: {
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
                "application/json": components["schemas"]["LowStockThreshold"];
            };
        };
        responses: {
            /** @description The product's stock with its new threshold. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockLevel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getProductMovements: {
        parameters: {
            query?: {
                /** @description Zero-based page number. */
                page?: components["parameters"]["Page"];
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path: {
                productId: components["parameters"]["ProductIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the product's stock movements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockMovementPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getMovements: {
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
            /** @description One page of stock movements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockMovementPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    subscribeToRestock: {
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
            /** @description This email was already signed up for this product; the first sign-up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestockSubscription"];
                };
            };
            /** @description Signed up. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestockSubscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    reserveStock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Chosen by the caller, unique per checkout attempt (a UUID, for example). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReservationRequest"];
            };
        };
        responses: {
            /** @description The stock is held until `expiresAt`. */
            201: {
                headers: {
                    /** @description `true` when this answers an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reservation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableRequest"];
        };
    };
    releaseReservation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reservationId: components["parameters"]["ReservationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reservation, released. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reservation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    commitReservation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reservationId: components["parameters"]["ReservationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reservation, committed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reservation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
}
