package dev.pinpointmock.internal.service;

import software.amazon.awssdk.services.pinpoint.model.DeliveryStatus;

/**
 * Why one recipient of a send was not delivered to: it becomes that recipient's result inside a 200,
 * never an error of the whole call.
 */
final class DeliveryFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient DeliveryStatus status;
    private final int statusCode;

    DeliveryFailure(DeliveryStatus status, int statusCode, String message) {
        super(message, null, false, false);
        this.status = status;
        this.statusCode = statusCode;
    }

    static DeliveryFailure permanent(int statusCode, String message) {
        return new DeliveryFailure(DeliveryStatus.PERMANENT_FAILURE, statusCode, message);
    }

    DeliveryStatus status() {
        return status;
    }

    int statusCode() {
        return statusCode;
    }
}
