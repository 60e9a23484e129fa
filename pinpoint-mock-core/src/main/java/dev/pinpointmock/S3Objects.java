package dev.pinpointmock;

import dev.pinpointmock.internal.state.ObjectStore;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Stands in for Amazon S3 where Pinpoint's import and export jobs meet it; the server never calls S3. A test
 * puts the files an import job reads, and reads the files an export job writes, by their {@code s3://}
 * URL. Objects belong to the server, whatever account or region a job runs in, and {@code reset()} forgets
 * them.
 *
 * <pre>{@code
 * server.s3().put("s3://imports/customers.csv", "ChannelType,Address\nSMS,+12065550100\n");
 * pinpoint.createImportJob(r -> r.applicationId(appId).importJobRequest(j -> j.format("CSV")
 *         .s3Url("s3://imports/customers.csv").roleArn(ROLE).registerEndpoints(true)));
 * }</pre>
 *
 * <p>Export jobs write newline-delimited JSON, one endpoint a line, compressed with gzip, as
 * {@code <S3UrlPrefix><application id>/<job id>/endpoints-00000.gz}.
 */
public final class S3Objects {

    private final ObjectStore store;

    S3Objects(ObjectStore store) {
        this.store = store;
    }

    /**
     * Stores an object at a URL such as {@code s3://bucket/folder/file.json}, replacing any there.
     *
     * @throws IllegalArgumentException when the URL does not start with {@code s3://} and a bucket name
     */
    public S3Objects put(String url, byte[] content) {
        store.put(checked(url), Objects.requireNonNull(content, "content"));
        return this;
    }

    /** Stores a text object, in UTF-8. */
    public S3Objects put(String url, String content) {
        return put(url, Objects.requireNonNull(content, "content").getBytes(StandardCharsets.UTF_8));
    }

    /** The content of an object, if there is one at the URL. */
    public Optional<byte[]> get(String url) {
        return store.get(Objects.requireNonNull(url, "url"));
    }

    /** The URLs of the objects under a prefix such as {@code s3://bucket/exports/}, in order. */
    public List<String> list(String prefix) {
        return store.urls(Objects.requireNonNull(prefix, "prefix"));
    }

    private static String checked(String url) {
        Objects.requireNonNull(url, "url");
        if (!url.matches("s3://[^/]+/.+")) {
            throw new IllegalArgumentException("An S3 object URL looks like s3://bucket/key, not " + url);
        }
        return url;
    }
}
