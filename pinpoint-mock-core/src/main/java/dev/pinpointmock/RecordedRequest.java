package dev.pinpointmock;

import java.time.Instant;
import software.amazon.awssdk.services.pinpoint.model.PinpointRequest;

/**
 * One call the server answered, as the request journal keeps it.
 *
 * @param sequence the call's position among all calls to the server, from 1
 * @param operation the Pinpoint operation, as in {@code SendMessages}
 * @param applicationId the application the path named, or {@code null} for calls outside an application
 * @param request the decoded request, or {@code null} when it could not be decoded
 * @param status the HTTP status of the answer
 * @param errorType the error's name, as in {@code BadRequestException}, or {@code null} on success
 * @param time when the server received it, on the server's clock
 * @param account the account the call was made in
 * @param region the region the call was signed for
 */
public record RecordedRequest(
        long sequence,
        String operation,
        String applicationId,
        PinpointRequest request,
        int status,
        String errorType,
        Instant time,
        String account,
        String region) {

    /** Whether the server answered with a success status. */
    public boolean succeeded() {
        return status < 300;
    }

    /**
     * The decoded request as the SDK type of its operation.
     *
     * @throws IllegalStateException if the request is of another operation or could not be decoded
     */
    public <T extends PinpointRequest> T requestAs(Class<T> type) {
        if (!type.isInstance(request)) {
            throw new IllegalStateException("The " + operation + " call #" + sequence + " carried "
                    + (request == null ? "no decodable request" : request.getClass().getSimpleName())
                    + ", not " + type.getSimpleName());
        }
        return type.cast(request);
    }
}
