package o11yshop.catalog.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import o11yshop.catalog.problem.CatalogProblemType;
import o11yshop.platform.web.problem.ServiceProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The image store when the catalog runs embedded ({@code shop.images.store=local}): objects are files
 * under {@code <directory>/objects/<key>}, and the catalog plays S3's part for uploads too, at its own
 * signed {@code /uploads/<key>} URLs. Unlike S3 it checks the bytes while they arrive, so a refused
 * upload never becomes an object. A body is written to {@code <directory>/incoming/} first and moved
 * into place only when complete, so no reader ever sees half an image.
 */
@Component
@ConditionalOnProperty(name = "shop.images.store", havingValue = "local", matchIfMissing = true)
public class LocalImageStore implements ImageStore {

    private static final Logger log = LoggerFactory.getLogger(LocalImageStore.class);

    private final Path objects;
    private final Path incoming;
    private final String uploadPath;
    private final UploadSignature signature;
    private final Clock clock;

    LocalImageStore(ImageProperties properties, @Value("${server.servlet.context-path:}") String contextPath) {
        Path directory = properties.local().directory();
        this.objects = directory.resolve("objects").toAbsolutePath().normalize();
        this.incoming = directory.resolve("incoming").toAbsolutePath().normalize();
        this.uploadPath = contextPath + "/uploads/";
        this.signature = UploadSignature.withKey(properties.local().signingKey());
        this.clock = Clock.systemUTC();
        try {
            Files.createDirectories(objects);
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the image folder " + directory
                    + " (shop.images.local.directory)", e);
        }
        log.info("Keeping uploaded images in {}", objects);
    }

    /** The folder whose files are the stored objects, named by their keys. */
    Path objectsDirectory() {
        return objects;
    }

    /** A URL on the catalog itself, relative to the shop's origin, signed with the catalog's key. */
    @Override
    public PresignedUpload presignUpload(UploadKey key, long contentLength, Duration lifetime) {
        String contentType = key.type().contentType();
        long expires = clock.instant().plus(lifetime).getEpochSecond();
        String url = uploadPath + key.value() + "?expires=" + expires + "&length=" + contentLength
                + "&signature=" + signature.sign(key, contentType, contentLength, expires);
        return new PresignedUpload(url, Map.of("Content-Type", contentType), Instant.ofEpochSecond(expires));
    }

    @Override
    public OptionalLong sizeOf(UploadKey key) {
        Path file = fileOf(key);
        try {
            return Files.isRegularFile(file) ? OptionalLong.of(Files.size(file)) : OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] firstBytes(UploadKey key, int count) {
        try (InputStream in = Files.newInputStream(fileOf(key))) {
            return in.readNBytes(count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(UploadKey key) {
        try {
            Files.deleteIfExists(fileOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder is there and writable: a volume that went away or turned read-only shows here. */
    @Override
    public void checkReachable() {
        if (!Files.isDirectory(objects) || !Files.isDirectory(incoming)) {
            throw new Missing("the image folder " + objects.getParent() + " or part of it is missing", null);
        }
        if (!Files.isWritable(objects) || !Files.isWritable(incoming)) {
            throw new IllegalStateException("the image folder " + objects.getParent() + " is not writable");
        }
    }

    /**
     * Stores the body of a {@code PUT} to an upload URL, after checking that the URL is one the catalog
     * signed and has not expired, that the body is no longer than declared, and that its first bytes
     * are an image of the key's type.
     *
     * @param contentLength the request's {@code Content-Length}, or -1 when it is sent in chunks
     */
    void receive(SignedUpload upload, long contentLength, InputStream body) {
        UploadKey key = verified(upload);
        long limit = Math.min(upload.declaredLength(), ImageUploadService.MAX_BYTES);
        if (contentLength > limit) {
            throw tooLarge(limit);
        }
        try {
            Path part = Files.createTempFile(incoming, "upload-", ".part");
            try {
                writeChecked(body, part, key.type(), limit);
                Path target = fileOf(key);
                Files.createDirectories(target.getParent());
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the upload " + key, e);
        }
    }

    private UploadKey verified(SignedUpload upload) {
        Optional<UploadKey> key = UploadKey.parse(upload.objectKey());
        if (key.isEmpty() || !signature.matches(upload.signature(), key.get(), upload.contentType(),
                upload.declaredLength(), upload.expiresEpochSecond())) {
            throw new ServiceProblem(CatalogProblemType.UPLOAD_URL_INVALID,
                    "This upload URL was not handed out by the catalog, or the upload's Content-Type differs from the declared one.");
        }
        if (clock.instant().getEpochSecond() > upload.expiresEpochSecond()) {
            throw new ServiceProblem(CatalogProblemType.UPLOAD_URL_INVALID,
                    "This upload URL has expired; start the upload again.");
        }
        return key.get();
    }

    /** Refuses as early as the bytes allow: a wrong type after the first few, too many as soon as they exceed. */
    private static void writeChecked(InputStream body, Path part, ImageType type, long limit) throws IOException {
        try (OutputStream out = Files.newOutputStream(part)) {
            byte[] head = read(() -> body.readNBytes(MagicBytes.LENGTH));
            if (!MagicBytes.typeOf(head).equals(Optional.of(type))) {
                throw new ServiceProblem(CatalogProblemType.UNSUPPORTED_IMAGE,
                        "By its first bytes, the body is not an image of type " + type.contentType() + ".");
            }
            out.write(head);
            long written = head.length;
            byte[] buffer = new byte[64 * 1024];
            int count;
            while ((count = read(() -> body.read(buffer))) >= 0) {
                written += count;
                if (written > limit) {
                    throw tooLarge(limit);
                }
                out.write(buffer, 0, count);
            }
        }
    }

    private static <T> T read(BodyRead<T> read) {
        try {
            return read.get();
        } catch (IOException e) {
            throw new UploadInterruptedException(e);
        }
    }

    private interface BodyRead<T> {
        T get() throws IOException;
    }

    private static ServiceProblem tooLarge(long limit) {
        return new ServiceProblem(CatalogProblemType.UPLOAD_TOO_LARGE,
                "The body is longer than the " + limit + " bytes this upload URL allows.");
    }

    /** An {@link UploadKey} has no {@code ..} or other surprise in it, so its file is always inside the store. */
    private Path fileOf(UploadKey key) {
        return objects.resolve(key.value());
    }
}
