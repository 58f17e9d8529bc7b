package o11yshop.catalog.image;

import java.io.IOException;

/** The uploader's connection failed while the body was read: its mistake or its network's, not the store's. */
class UploadInterruptedException extends RuntimeException {

    UploadInterruptedException(IOException cause) {
        super("The upload ended before its body was complete", cause);
    }
}
