/**
 * Generated from api/identity.yaml by openapi-typescript (`npm run generate:api`): do not edit.
 */

export interface paths {
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of all accounts, oldest first (admin only). */
        get: operations["listAccounts"];
        put?: never;
        /** Create a customer account. */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with e-mail and password; answers an access token. */
        post: operations["logIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user's account. */
        get: operations["getProfile"];
        /** Change the signed-in user's display name. The e-mail address cannot be changed. */
        put: operations["updateProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user's shipping addresses, oldest first. */
        get: operations["listAddresses"];
        put?: never;
        /** Add a shipping address (at most 20 per user). */
        post: operations["createAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/addresses/{addressId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                addressId: components["parameters"]["AddressIdPath"];
            };
            cookie?: never;
        };
        /** One of the signed-in user's addresses. */
        get: operations["getAddress"];
        /** Replace one of the signed-in user's addresses. */
        put: operations["replaceAddress"];
        post?: never;
        /** Delete one of the signed-in user's addresses. */
        delete: operations["deleteAddress"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public keys that sign access tokens (RFC 7517), for every service that checks them. */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/openid-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OpenID Connect discovery metadata: the issuer and where its keys are.
         * @description Enough for token validators that start from the issuer URL (Spring Security's
         *     `JwtDecoders.fromIssuerLocation`, an API Gateway JWT authorizer). The service has no OAuth 2.0
         *     authorization endpoint: log-in is `POST /sessions`. Its token endpoint serves services only
         *     (the client-credentials grant).
         */
        get: operations["getOpenIdConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth2/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A service's own access token (OAuth 2.0 client-credentials grant, RFC 6749 §4.4).
         * @description For services calling other services, as a Cognito user pool's token endpoint serves an app client
         *     with a secret. The client authenticates with HTTP Basic (`client_id:client_secret`, each
         *     form-encoded); `scope` may name some of the client's scopes, and without it the token carries all
         *     of them. The answer is never cached (`Cache-Control: no-store`). Refusals are RFC 6749 §5.2 errors,
         *     not problem details: `invalid_client` (401, with `WWW-Authenticate: Basic`: unknown client, wrong
         *     secret, or no Basic credentials), `invalid_request` (400: not a form body, a parameter missing or
         *     repeated), `unsupported_grant_type` (400) and `invalid_scope` (400). Only with
         *     `shop.identity.provider=local`; with Cognito the pool's own domain serves this.
         */
        post: operations["issueServiceToken"];
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
        /**
         * Format: email
         * @description Compared without regard to case; stored and answered in lower case.
         */
        Email: string;
        /** @description At least 10 characters and at most 72 bytes in UTF-8 (the limit of BCrypt). */
        Password: string;
        /** @description Not blank; single-line text, as every string here (see the text rule above). */
        DisplayName: string;
        /** @enum {string} */
        Role: "customer" | "admin";
        SignUpRequest: {
            email: components["schemas"]["Email"];
            password: components["schemas"]["Password"];
            displayName: components["schemas"]["DisplayName"];
        };
        LogInRequest: {
            email: components["schemas"]["Email"];
            password: string;
        };
        AccessToken: {
            /** @description A JWT; send it as `Authorization: Bearer <accessToken>`. */
            accessToken: string;
            /** @constant */
            tokenType: "Bearer";
            /**
             * Format: int32
             * @description Seconds until the token expires.
             */
            expiresIn: number;
        };
        Account: {
            /**
             * Format: uuid
             * @description The user ID; the `sub` of the user's access tokens.
             */
            id: string;
            email: string;
            displayName: string;
            roles: components["schemas"]["Role"][];
            /** Format: date-time */
            createdAt: string;
        };
        AccountPage: {
            items: components["schemas"]["Account"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalItems: number;
            /** Format: int32 */
            totalPages: number;
        };
        ProfileUpdate: {
            displayName: components["schemas"]["DisplayName"];
        };
        AddressInput: {
            /** @description The recipient. */
            name: string;
            /** @description 郵便番号, `1000001` or `100-0001`; answered as `100-0001`. */
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
        Address: {
            /** Format: uuid */
            id: string;
            name: string;
            postalCode: string;
            prefecture: components["schemas"]["Prefecture"];
            city: string;
            line1: string;
            line2?: string;
            phone: string;
        };
        AddressList: {
            items: components["schemas"]["Address"][];
        };
        /**
         * @description One of the 47 prefectures (都道府県), in Japanese.
         * @enum {string}
         */
        Prefecture: "北海道" | "青森県" | "岩手県" | "宮城県" | "秋田県" | "山形県" | "福島県" | "茨城県" | "栃木県" | "群馬県" | "埼玉県" | "千葉県" | "東京都" | "神奈川県" | "新潟県" | "富山県" | "石川県" | "福井県" | "山梨県" | "長野県" | "岐阜県" | "静岡県" | "愛知県" | "三重県" | "滋賀県" | "京都府" | "大阪府" | "兵庫県" | "奈良県" | "和歌山県" | "鳥取県" | "島根県" | "岡山県" | "広島県" | "山口県" | "徳島県" | "香川県" | "愛媛県" | "高知県" | "福岡県" | "佐賀県" | "長崎県" | "熊本県" | "大分県" | "宮崎県" | "鹿児島県" | "沖縄県";
        JwkSet: {
            keys: components["schemas"]["Jwk"][];
        };
        /** @description An RSA public key (RFC 7517, RFC 7518 §6.3). */
        Jwk: {
            /** @constant */
            kty: "RSA";
            /** @constant */
            use: "sig";
            /** @constant */
            alg: "RS256";
            /** @description The key's RFC 7638 thumbprint; the `kid` in the header of the tokens it signs. */
            kid: string;
            /** @description The modulus, base64url. */
            n: string;
            /** @description The public exponent, base64url. */
            e: string;
        };
        OpenIdConfiguration: {
            issuer: string;
            jwks_uri: string;
            response_types_supported: string[];
            subject_types_supported: string[];
            id_token_signing_alg_values_supported: string[];
            claims_supported?: string[];
            /** @description Where services get a token of their own (client credentials). */
            token_endpoint?: string;
            grant_types_supported?: string[];
        };
        TokenRequest: {
            /** @enum {string} */
            grant_type: "client_credentials";
            /** @description Space-separated; some of the client's scopes. Without it, all of them. */
            scope?: string;
        };
        TokenResponse: {
            /** @description An RS256 JWT: `sub` and `client_id` the client's ID, `scope`, `token_use: access`, no groups. */
            access_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            /**
             * Format: int64
             * @description Seconds the token is accepted (300).
             */
            expires_in: number;
            scope?: string;
        };
        /** @description An RFC 6749 §5.2 error. */
        OAuthError: {
            /** @enum {string} */
            error: "invalid_request" | "invalid_client" | "unsupported_grant_type" | "invalid_scope";
            error_description?: string;
        };
        /** @description RFC 9457 problem details. */
        Problem: {
            /** @description Stable identifier of the kind of problem, for example `urn:o11y-shop:problem:invalid-parameter`. */
            type: string;
            title: string;
            /** Format: int32 */
            status: number;
            detail?: string;
            instance?: string;
            requestId?: string;
            errors?: components["schemas"]["ParameterError"][];
        };
        ParameterError: {
            parameter: string;
            message: string;
        };
    };
    responses: {
        /** @description A field or parameter is missing, malformed or out of bounds, or the body is not the JSON asked for. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No access token, or one that is expired, forged or from another issuer (`unauthenticated`). */
        Unauthenticated: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The signed-in user is not in the group the operation needs, or the token is not a signed-in user's but a service's (a client-credentials token has no groups and names a client, not a user), so it is refused wherever a user is needed (`forbidden`). */
        Forbidden: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource for this user (`not-found`); another user's address is not found either. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description Zero-based page number. */
        Page: number;
        Size: number;
        AddressIdPath: string;
    };
    requestBodies: never;
    headers: {
        /** @description The bearer-token challenge of RFC 6750. */
        "WWW-Authenticate": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAccounts: {
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
            /** @description A page of accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignUpRequest"];
            };
        };
        responses: {
            /** @description The new account; log in to get a token. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description An account with this e-mail address exists (`email-already-registered`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogInRequest"];
            };
        };
        responses: {
            /** @description The access token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            /**
             * @description The e-mail address and password do not match an account (`invalid-credentials`). The answer is
             *     the same whether the address is unknown or the password is wrong.
             */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed log-ins for this e-mail address or from this client (`too-many-attempts`). */
            429: {
                headers: {
                    /** @description Seconds until the next attempt is accepted. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileUpdate"];
            };
        };
        responses: {
            /** @description The updated account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listAddresses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The addresses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddressList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    createAddress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddressInput"];
            };
        };
        responses: {
            /** @description The new address; `Location` is its URL. */
            201: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Address"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /** @description The user already has 20 addresses (`address-limit-reached`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAddress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                addressId: components["parameters"]["AddressIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The address. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Address"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    replaceAddress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                addressId: components["parameters"]["AddressIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddressInput"];
            };
        };
        responses: {
            /** @description The updated address. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Address"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteAddress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                addressId: components["parameters"]["AddressIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key set. */
            200: {
                headers: {
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JwkSet"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    getOpenIdConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The discovery document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenIdConfiguration"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    issueServiceToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description The token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description `invalid_request`, `unsupported_grant_type` or `invalid_scope`. A parameter that the service's shared request checks refuse before the endpoint reads it (a control character, bytes that are not percent-encoded UTF-8, a form body too big to parse) is answered as problem details instead. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid_client`. A bearer token in `Authorization` that is not valid (forged, expired, another issuer's) is refused by the service's token check before the endpoint, as problem details (`unauthenticated`); a valid one is no client authentication and gets `invalid_client`. */
            401: {
                headers: {
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
