package dev.pinpointmock.internal.service;

import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.ConflictException;
import software.amazon.awssdk.services.pinpoint.model.ForbiddenException;
import software.amazon.awssdk.services.pinpoint.model.InternalServerErrorException;
import software.amazon.awssdk.services.pinpoint.model.MethodNotAllowedException;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.PayloadTooLargeException;
import software.amazon.awssdk.services.pinpoint.model.TooManyRequestsException;

/**
 * Makes the exceptions that the Pinpoint model declares, each with the HTTP status the API gives it. The
 * wire layer turns any of them into Pinpoint's error shape; a handler only throws.
 */
public final class Errors {

    private Errors() {
    }

    public static BadRequestException badRequest(String message) {
        return BadRequestException.builder().message(message).statusCode(400).build();
    }

    public static ForbiddenException forbidden(String message) {
        return ForbiddenException.builder().message(message).statusCode(403).build();
    }

    public static NotFoundException notFound(String message) {
        return NotFoundException.builder().message(message).statusCode(404).build();
    }

    /** The 404 that every app-scoped operation answers for an application id it does not know. */
    public static NotFoundException applicationNotFound() {
        return notFound("Application not found");
    }

    public static MethodNotAllowedException methodNotAllowed(String message) {
        return MethodNotAllowedException.builder().message(message).statusCode(405).build();
    }

    public static ConflictException conflict(String message) {
        return ConflictException.builder().message(message).statusCode(409).build();
    }

    public static PayloadTooLargeException payloadTooLarge(String message) {
        return PayloadTooLargeException.builder().message(message).statusCode(413).build();
    }

    public static TooManyRequestsException tooManyRequests(String message) {
        return TooManyRequestsException.builder().message(message).statusCode(429).build();
    }

    public static InternalServerErrorException internalServerError(String message) {
        return InternalServerErrorException.builder().message(message).statusCode(500).build();
    }
}
