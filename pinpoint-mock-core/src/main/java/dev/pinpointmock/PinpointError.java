package dev.pinpointmock;

/**
 * The errors the Pinpoint API declares, with their HTTP status, for tests that make the mock fail on
 * purpose (see {@link Faults}). The SDK client turns each into its exception class of the same name.
 */
public enum PinpointError {

    BAD_REQUEST(400, "BadRequestException", "Bad request"),
    FORBIDDEN(403, "ForbiddenException", "Forbidden"),
    NOT_FOUND(404, "NotFoundException", "Resource not found"),
    METHOD_NOT_ALLOWED(405, "MethodNotAllowedException", "Method not allowed"),
    CONFLICT(409, "ConflictException", "Conflict"),
    PAYLOAD_TOO_LARGE(413, "PayloadTooLargeException", "Payload too large"),
    /** Pinpoint's throttling error; the SDK's default retry policy retries it. */
    TOO_MANY_REQUESTS(429, "TooManyRequestsException", "TooManyRequests"),
    /** The SDK's default retry policy retries it too. */
    INTERNAL_SERVER_ERROR(500, "InternalServerErrorException", "Internal server error");

    private final int status;
    private final String type;
    private final String defaultMessage;

    PinpointError(int status, String type, String defaultMessage) {
        this.status = status;
        this.type = type;
        this.defaultMessage = defaultMessage;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }

    /** The name in the {@code x-amzn-ErrorType} header, which is the SDK's exception class name. */
    public String type() {
        return type;
    }

    /** The message used when a fault names none. */
    public String defaultMessage() {
        return defaultMessage;
    }
}
