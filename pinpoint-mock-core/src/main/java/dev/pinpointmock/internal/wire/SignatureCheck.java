package dev.pinpointmock.internal.wire;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Checks the AWS Signature Version 4 of each call against one configured access key, as the AWS gateway in
 * front of Pinpoint does, and answers a call it refuses with that gateway's error types (all 403):
 * {@code MissingAuthenticationTokenException} without an {@code Authorization} header,
 * {@code IncompleteSignatureException} when the header lacks a part, {@code UnrecognizedClientException}
 * for another access key, and {@code InvalidSignatureException} for a wrong signature, a scope of another
 * service, or a date more than five minutes from the wall clock.
 *
 * <p>The expected signature is computed by the AWS SDK's own {@link AwsV4HttpSigner} over the request as
 * received, restricted to the headers the caller signed. Only the {@code Authorization} header form is
 * understood; a presigned URL counts as unsigned. The secret never leaves this object: it is in no message,
 * log line or {@code toString}.
 */
public final class SignatureCheck {

    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final String SERVICE = "mobiletargeting";
    private static final Duration ALLOWED_SKEW = Duration.ofMinutes(5);
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final String accessKeyId;
    private final String secretAccessKey;
    private final Clock wallClock;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    /**
     * @param wallClock the real time that signature dates are checked against; never the server's movable
     *                  {@code MockClock}, because clients sign with their own real time
     */
    public SignatureCheck(String accessKeyId, String secretAccessKey, Clock wallClock) {
        this.accessKeyId = Objects.requireNonNull(accessKeyId, "accessKeyId");
        this.secretAccessKey = Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
    }

    /** Passes a correctly signed call; throws the gateway's 403 for any other. */
    void verify(HttpServerExchange exchange, byte[] body) {
        String authorization = exchange.getRequestHeaders().getFirst(io.undertow.util.Headers.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            throw refuse("MissingAuthenticationTokenException", "Missing Authentication Token");
        }
        String amzDate = exchange.getRequestHeaders().getFirst("X-Amz-Date");
        Map<String, String> parts = parse(authorization, amzDate != null);
        String[] scope = parts.get("Credential").split("/", -1);
        if (scope.length != 5 || !"aws4_request".equals(scope[4])) {
            throw refuse("IncompleteSignatureException", "Credential should be of the form"
                    + " ACCESS_KEY_ID/DATE/REGION/SERVICE/aws4_request, not '" + parts.get("Credential") + "'.");
        }
        if (!accessKeyId.equals(scope[0])) {
            throw refuse("UnrecognizedClientException", "The security token included in the request is invalid.");
        }
        if (!SERVICE.equals(scope[3])) {
            throw refuse("InvalidSignatureException", "Credential should be scoped to correct service: '"
                    + SERVICE + "'. ");
        }
        Instant signedAt = signingInstant(amzDate);
        checkSkew(signedAt);

        String expected = expectedSignature(exchange, body, parts.get("SignedHeaders"), scope[2], signedAt);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                parts.get("Signature").getBytes(StandardCharsets.US_ASCII))) {
            throw refuse("InvalidSignatureException", "The request signature we calculated does not match the"
                    + " signature you provided. Check your AWS Secret Access Key and signing method. Consult the"
                    + " service documentation for details.");
        }
    }

    @Override
    public String toString() {
        return "SignatureCheck[accessKeyId=" + accessKeyId + ", secretAccessKey=****]";
    }

    private static Map<String, String> parse(String authorization, boolean hasAmzDate) {
        String trimmed = authorization.trim();
        if (!trimmed.startsWith(ALGORITHM + " ")) {
            throw refuse("IncompleteSignatureException", "Unsupported Authorization Type; use " + ALGORITHM);
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : trimmed.substring(ALGORITHM.length()).split(",")) {
            String pair = part.trim();
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw refuse("IncompleteSignatureException", "'" + pair
                        + "' not a valid key=value pair (missing equal-sign) in Authorization header.");
            }
            String name = pair.substring(0, equals);
            if (parts.put(name, pair.substring(equals + 1)) != null) {
                // Read twice, the server's account and region could come from a credential the signature never used.
                throw refuse("IncompleteSignatureException", "'" + name
                        + "' appears more than once in the Authorization header.");
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("Credential", "Signature", "SignedHeaders")) {
            if (parts.getOrDefault(required, "").isEmpty()) {
                missing.add("Authorization header requires '" + required + "' parameter.");
            }
        }
        if (!hasAmzDate) {
            missing.add("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }
        if (!missing.isEmpty()) {
            throw refuse("IncompleteSignatureException", String.join(" ", missing));
        }
        return parts;
    }

    private static Instant signingInstant(String amzDate) {
        try {
            return Instant.from(AMZ_DATE.parse(amzDate));
        } catch (DateTimeParseException e) {
            throw refuse("IncompleteSignatureException", "Date must be in ISO-8601 'basic format'. Got '"
                    + amzDate + "'. See http://en.wikipedia.org/wiki/ISO_8601");
        }
    }

    private void checkSkew(Instant signedAt) {
        Instant now = wallClock.instant();
        if (signedAt.isBefore(now.minus(ALLOWED_SKEW))) {
            throw refuse("InvalidSignatureException", "Signature expired: " + AMZ_DATE.format(signedAt)
                    + " is now earlier than " + AMZ_DATE.format(now.minus(ALLOWED_SKEW)) + " ("
                    + AMZ_DATE.format(now) + " - 5 min.)");
        }
        if (signedAt.isAfter(now.plus(ALLOWED_SKEW))) {
            throw refuse("InvalidSignatureException", "Signature not yet current: " + AMZ_DATE.format(signedAt)
                    + " is still later than " + AMZ_DATE.format(now.plus(ALLOWED_SKEW)) + " ("
                    + AMZ_DATE.format(now) + " + 5 min.)");
        }
    }

    private String expectedSignature(HttpServerExchange exchange, byte[] body, String signedHeaders,
                                     String region, Instant signedAt) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.fromValue(exchange.getRequestMethod().toString()))
                .protocol("http")
                .host("localhost")
                .encodedPath(exchange.getRequestURI());
        queryParameters(exchange.getQueryString()).forEach(request::putRawQueryParameter);
        for (String name : signedHeaders.split(";")) {
            HeaderValues values = exchange.getRequestHeaders().get(name);
            if (values != null) {
                request.putHeader(name, new ArrayList<>(values));
            }
        }
        SignedRequest signed = signer.sign(r -> r
                .request(request.build())
                .payload(ContentStreamProvider.fromByteArrayUnsafe(body))
                .identity(AwsCredentialsIdentity.create(accessKeyId, secretAccessKey))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, SERVICE)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)));
        String computed = signed.request().firstMatchingHeader("Authorization").orElse("");
        int at = computed.indexOf("Signature=");
        return at < 0 ? "" : computed.substring(at + "Signature=".length()).trim();
    }

    /** The query string's parameters, each name and value percent-decoded once; a plus stays a plus. */
    private static Map<String, List<String>> queryParameters(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    private static UnmodelledError refuse(String type, String message) {
        return UnmodelledError.authentication(type, message);
    }
}
