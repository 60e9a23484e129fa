package dev.pinpointmock.internal.wire;

/**
 * An error made outside a handler: a path that names no operation, an operation this mock does not
 * implement yet, a fault a test injected, or a call whose signature the AWS gateway in front of Pinpoint
 * refuses. Answered in the same shape as the modelled errors.
 */
public final class UnmodelledError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;

    private UnmodelledError(int status, String type, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
    }

    public static UnmodelledError notImplemented(String operation) {
        return new UnmodelledError(501, "NotImplementedException",
                "pinpoint-mock does not implement the Pinpoint operation " + operation
                        + " yet; the README lists what each version supports");
    }

    /** An error a test asked for through the fault plan, in the shape of the error it names. */
    public static UnmodelledError injected(int status, String type, String message) {
        return new UnmodelledError(status, type, message);
    }

    /**
     * A 403 of the AWS gateway's authentication, such as {@code InvalidSignatureException} or
     * {@code MissingAuthenticationTokenException}.
     */
    public static UnmodelledError authentication(String type, String message) {
        return new UnmodelledError(403, type, message);
    }

    public static UnmodelledError unknownPath(String method, String path) {
        return new UnmodelledError(404, "NotFoundException",
                "No Pinpoint operation is found at " + method + " " + path);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }
}
