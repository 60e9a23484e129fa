package dev.pinpointmock.internal.wire;

import com.google.gson.JsonObject;
import io.undertow.server.HttpServerExchange;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * The one place that turns a failure into Pinpoint's error shape: the status of the modelled exception,
 * header {@code x-amzn-ErrorType} with its name, and body {@code {"Message": ..., "RequestID": ...}}.
 * Anything unexpected becomes a 500 InternalServerErrorException and is logged at WARNING.
 */
public final class ErrorResponder {

    private static final System.Logger LOG = System.getLogger("dev.pinpointmock.server");

    private ErrorResponder() {
    }

    /** An error answer: status, the name for {@code x-amzn-ErrorType}, and the JSON body. */
    public record Answer(int status, String type, byte[] body) {
    }

    /** Answers a failure at once. */
    public static void send(HttpServerExchange exchange, String requestId, Throwable failure) {
        Answer answer = answer(exchange, requestId, failure);
        exchange.getResponseHeaders().put(Headers.ERROR_TYPE, answer.type());
        Responses.send(exchange, requestId, answer.status(), answer.body());
    }

    /** The answer to a failure, for the caller to send. */
    public static Answer answer(HttpServerExchange exchange, String requestId, Throwable failure) {
        int status;
        String type;
        String message;
        if (failure instanceof AwsServiceException modelled) {
            status = modelled.statusCode();
            type = modelled.getClass().getSimpleName();
            message = modelled.awsErrorDetails() != null && modelled.awsErrorDetails().errorMessage() != null
                    ? modelled.awsErrorDetails().errorMessage()
                    : modelled.getMessage();
        } else if (failure instanceof UnmodelledError unmodelled) {
            status = unmodelled.status();
            type = unmodelled.type();
            message = unmodelled.getMessage();
        } else {
            LOG.log(Level.WARNING, "Unexpected failure serving requestId=" + requestId + " path="
                    + exchange.getRequestPath(), failure);
            status = 500;
            type = "InternalServerErrorException";
            message = "Internal server error";
        }
        JsonObject body = new JsonObject();
        body.addProperty("Message", message);
        body.addProperty("RequestID", requestId);
        return new Answer(status, type, body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
