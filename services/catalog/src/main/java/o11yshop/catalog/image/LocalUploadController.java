package o11yshop.catalog.image;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /uploads/{objectKey}} of api/catalog.yaml: the embedded store's stand-in for an S3
 * pre-signed URL. Written by hand rather than generated, because the key spans several path segments
 * and the body must be streamed to disk as it arrives, not read into memory first. The route is
 * public: the URL's signature is the permission.
 */
@RestController
@ConditionalOnProperty(name = "shop.images.store", havingValue = "local", matchIfMissing = true)
class LocalUploadController {

    private static final Logger log = LoggerFactory.getLogger(LocalUploadController.class);

    private final LocalImageStore store;

    LocalUploadController(LocalImageStore store) {
        this.store = store;
    }

    @PutMapping("/uploads/{*objectKey}")
    ResponseEntity<Void> receiveUpload(@PathVariable("objectKey") String objectKey,
            @RequestParam("expires") long expires, @RequestParam("length") long length,
            @RequestParam("signature") String signature,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, HttpServletRequest request) throws IOException {
        // the pattern's catch-all variable keeps the path's leading slash
        SignedUpload upload = new SignedUpload(objectKey.substring(1), contentType, length, expires, signature);
        try {
            store.receive(upload, request.getContentLengthLong(), request.getInputStream());
        } catch (UploadInterruptedException e) {
            log.info("The upload to {} broke off, nothing was stored: {}", upload.objectKey(), e.getCause().toString());
            throw new HttpMessageNotReadableException(e.getMessage(), e, new ServletServerHttpRequest(request));
        }
        return ResponseEntity.ok().build();
    }
}
