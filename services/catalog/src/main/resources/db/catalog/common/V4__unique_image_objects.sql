-- An uploaded object is attached to a product once: a second attach of the same key is refused by the
-- catalog (image-already-attached), and this index keeps two concurrent attaches from both succeeding.
CREATE UNIQUE INDEX product_image_object_key_idx ON product_image (object_key);
