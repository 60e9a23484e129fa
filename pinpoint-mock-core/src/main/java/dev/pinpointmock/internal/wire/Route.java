package dev.pinpointmock.internal.wire;

import java.util.List;
import software.amazon.awssdk.services.pinpoint.model.PinpointRequest;
import software.amazon.awssdk.services.pinpoint.model.PinpointResponse;

/**
 * One Pinpoint operation as it appears on the wire: its HTTP method, URI template and the status code
 * of a successful answer, with the SDK types that carry its input and output.
 */
public record Route(
        String operation,
        String method,
        String uriTemplate,
        int successStatus,
        Class<? extends PinpointRequest> requestType,
        Class<? extends PinpointResponse> responseType) {

    /** The template's segments, without the leading empty one: {@code /v1/apps/{application-id}} gives two. */
    public List<String> templateSegments() {
        return List.of(uriTemplate.substring(1).split("/"));
    }
}
