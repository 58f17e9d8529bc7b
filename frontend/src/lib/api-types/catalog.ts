/**
 * Generated from api/catalog.yaml by openapi-typescript (`npm run generate:api`): do not edit.
 */

export interface paths {
    "/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole category tree, top-level categories first. */
        get: operations["listCategories"];
        put?: never;
        /** A new category, top-level or under a parent. */
        post: operations["createCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categories/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One category with its breadcrumb and direct sub-categories. */
        get: operations["getCategory"];
        /**
         * Rename, describe, reorder or move a category (the slug stays).
         * @description Moving a category under itself or under one of its own sub-categories is 409 `urn:o11y-shop:problem:category-cycle`.
         */
        put: operations["updateCategory"];
        post?: never;
        /** Remove a category that has no sub-categories and no products (409 `urn:o11y-shop:problem:category-in-use` otherwise). */
        delete: operations["deleteCategory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of products, optionally in one category (sub-categories included). */
        get: operations["listProducts"];
        put?: never;
        /** A new product (A-PROD-02). It has no images until one is uploaded, and no stock until inventory receives some. */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Keyword search over product names and descriptions. */
        get: operations["searchProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Product detail with images, reviews and stock. */
        get: operations["getProduct"];
        /** Replace a product's details (A-PROD-01). */
        put: operations["updateProduct"];
        post?: never;
        /** Soft-delete a product (A-PROD-01); afterwards it answers 404 everywhere. */
        delete: operations["deleteProduct"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{productId}/image-uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A pre-signed URL to upload one image of the product to the object store. */
        post: operations["startImageUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{productId}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check an uploaded object by content and size, then show it as the product's next image.
         * @description The object must have been uploaded for this product (its key starts with the product's upload prefix).
         *     An object that is missing is 409 `urn:o11y-shop:problem:upload-missing`; one that is not a JPEG, PNG or
         *     WebP (by magic bytes) or not the declared type is 415 `urn:o11y-shop:problem:unsupported-image`; one over
         *     5 MB is 413 `urn:o11y-shop:problem:upload-too-large`. A refused object is deleted from the store. An object
         *     that is already one of the product's images is 409 `urn:o11y-shop:problem:image-already-attached`.
         */
        post: operations["attachProductImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uploads/{objectKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * The embedded image store's pre-signed upload target; only URLs handed out by `image-uploads` work.
         * @description Plays S3's part when the catalog runs embedded: no bearer token, the URL's signature is the
         *     permission (403 `urn:o11y-shop:problem:upload-url-invalid` when it is wrong or expired). The body must
         *     have the declared `Content-Type` and at most the declared length, and at most 5 MB (413); its first
         *     bytes must be a JPEG, PNG or WebP of the declared type (415). Send no `Authorization` header (S3
         *     refuses one too): a token that is sent must be valid (401 otherwise).
         */
        put: operations["receiveUpload"];
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
        Slug: string;
        /**
         * @default newest
         * @enum {string}
         */
        ProductSort: "newest" | "price_asc" | "price_desc" | "name_asc" | "name_desc";
        /**
         * @default relevance
         * @enum {string}
         */
        SearchSort: "relevance" | "newest" | "price_asc" | "price_desc" | "name_asc" | "name_desc";
        CategoryTree: {
            categories: components["schemas"]["Category"][];
        };
        Category: {
            /** Format: int64 */
            id: number;
            slug: string;
            name: string;
            description: string;
            /**
             * Format: int32
             * @description Products in this category and all of its sub-categories.
             */
            productCount: number;
            children: components["schemas"]["Category"][];
        };
        CategoryRef: {
            /** Format: int64 */
            id: number;
            slug: string;
            name: string;
        };
        CategoryDetail: {
            /** Format: int64 */
            id: number;
            slug: string;
            name: string;
            description: string;
            /** Format: int32 */
            productCount: number;
            /** @description From the top-level category down to this one, inclusive. */
            breadcrumb: components["schemas"]["CategoryRef"][];
            children: components["schemas"]["CategoryRef"][];
        };
        Money: {
            /**
             * Format: int64
             * @description In the currency's smallest unit (yen have no minor unit).
             */
            amount: number;
            /** @constant */
            currency: "JPY";
        };
        Rating: {
            /**
             * Format: double
             * @description 0 when there are no reviews.
             */
            average: number;
            /** Format: int32 */
            count: number;
        };
        Stock: {
            status: components["schemas"]["StockStatus"];
            /**
             * Format: int32
             * @description Units available; null when the status is unknown.
             */
            available?: number | null;
        };
        /**
         * @description `unknown` when the inventory service did not answer in time.
         * @enum {string}
         */
        StockStatus: "in_stock" | "low_stock" | "sold_out" | "unknown";
        ProductSummary: {
            /** Format: int64 */
            id: number;
            sku: string;
            name: string;
            price: components["schemas"]["Money"];
            imageUrl: string;
            category: components["schemas"]["CategoryRef"];
            rating: components["schemas"]["Rating"];
            stock: components["schemas"]["Stock"];
        };
        ProductPage: {
            items: components["schemas"]["ProductSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            totalItems: number;
            /** Format: int32 */
            totalPages: number;
        };
        Image: {
            url: string;
            alt: string;
        };
        Review: {
            /** Format: int64 */
            id: number;
            author: string;
            /** Format: int32 */
            rating: number;
            title: string;
            body: string;
            /** Format: date-time */
            createdAt: string;
        };
        ProductDetail: {
            /** Format: int64 */
            id: number;
            sku: string;
            name: string;
            description: string;
            price: components["schemas"]["Money"];
            category: components["schemas"]["CategoryRef"];
            breadcrumb: components["schemas"]["CategoryRef"][];
            images: components["schemas"]["Image"][];
            rating: components["schemas"]["Rating"];
            reviews: components["schemas"]["Review"][];
            stock: components["schemas"]["Stock"];
            /** @description Shown on the home page. */
            featured: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        NewCategory: {
            slug: components["schemas"]["Slug"];
            name: string;
            description: string;
            /** @description The parent category; absent or null for a top-level category. */
            parentSlug?: components["schemas"]["Slug"] | null;
            /**
             * Format: int32
             * @default 0
             */
            sortOrder: number;
        };
        CategoryChange: {
            name: string;
            description: string;
            /** @description The new parent; absent or null makes it a top-level category. */
            parentSlug?: components["schemas"]["Slug"] | null;
            /**
             * Format: int32
             * @default 0
             */
            sortOrder: number;
        };
        ProductInput: {
            /** @description Unique among all products, deleted ones included (409 `urn:o11y-shop:problem:sku-taken`). */
            sku: string;
            name: string;
            description: string;
            /** Format: int64 */
            priceJpy: number;
            /**
             * Format: int64
             * @description An existing category (422 `urn:o11y-shop:problem:unknown-category` otherwise).
             */
            categoryId: number;
            /** @default false */
            featured: boolean;
        };
        /** @enum {string} */
        ImageContentType: "image/jpeg" | "image/png" | "image/webp";
        ImageUploadRequest: {
            contentType: components["schemas"]["ImageContentType"];
            /**
             * Format: int64
             * @description Bytes; at most 5 MB.
             */
            contentLength: number;
        };
        ImageUpload: {
            /** @description Name the object by this key when attaching it. */
            objectKey: string;
            /** @description Pre-signed; absolute for S3, relative to the shop's origin for the embedded store. */
            uploadUrl: string;
            /** @constant */
            method: "PUT";
            /** @description Headers the upload must carry exactly (they are part of the signature). `Content-Length`, also signed, is not among them; the browser sets it from the body. */
            headers: {
                [key: string]: string;
            };
            /** Format: date-time */
            expiresAt: string;
            /** Format: int64 */
            maxBytes: number;
        };
        ImageAttachment: {
            objectKey: string;
            /** @description What the image shows, for screen readers. */
            alt: string;
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
        /** @description A parameter is missing, malformed or out of range. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No token where one is needed, or a token that is expired, forged or not from the shop's issuer (refused on public routes too). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Signed in, but without the `admin` role (or, for uploads, a wrong or expired URL). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The change clashes with the catalog's current state (a taken SKU or slug, a category in use or a cycle, a missing upload, an upload that is already attached). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed, but it names something that does not exist (an unknown category or parent). */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The image is over 5 MB, or over its declared length. */
        TooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The bytes are not a JPEG, PNG or WebP image of the declared type. */
        UnsupportedImage: {
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
        ProductIdPath: number;
        CategorySlugPath: components["schemas"]["Slug"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Category tree. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryTree"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    createCategory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCategory"];
            };
        };
        responses: {
            /** @description The category, created. */
            201: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: components["parameters"]["CategorySlugPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The category. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: components["parameters"]["CategorySlugPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryChange"];
            };
        };
        responses: {
            /** @description The category, changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    deleteCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: components["parameters"]["CategorySlugPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /** @description Zero-based page number. */
                page?: components["parameters"]["Page"];
                size?: components["parameters"]["Size"];
                sort?: components["schemas"]["ProductSort"];
                /** @description Category slug; products of its sub-categories are included. */
                category?: components["schemas"]["Slug"];
                /** @description Only featured products. */
                featured?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of products. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductInput"];
            };
        };
        responses: {
            /** @description The product, created. */
            201: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    searchProducts: {
        parameters: {
            query: {
                q: string;
                /** @description Zero-based page number. */
                page?: components["parameters"]["Page"];
                size?: components["parameters"]["Size"];
                sort?: components["schemas"]["SearchSort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching products, best match first unless sorted otherwise. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getProduct: {
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
            /** @description The product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateProduct: {
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
                "application/json": components["schemas"]["ProductInput"];
            };
        };
        responses: {
            /** @description The product, changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    deleteProduct: {
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
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    startImageUpload: {
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
                "application/json": components["schemas"]["ImageUploadRequest"];
            };
        };
        responses: {
            /** @description Where and how to upload the bytes, valid until `expiresAt`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageUpload"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    attachProductImage: {
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
                "application/json": components["schemas"]["ImageAttachment"];
            };
        };
        responses: {
            /** @description The image, now part of the product. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Image"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedImage"];
        };
    };
    receiveUpload: {
        parameters: {
            query: {
                /** @description Unix epoch seconds after which the URL is refused. */
                expires: number;
                /** @description The declared length in bytes; a longer body is refused (413). */
                length: number;
                signature: string;
            };
            header?: never;
            path: {
                /** @description The object key handed out by `image-uploads`, path segments included. */
                objectKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
            };
        };
        responses: {
            /** @description Stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["TooLarge"];
            415: components["responses"]["UnsupportedImage"];
        };
    };
}
