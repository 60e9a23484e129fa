package dev.pinpointmock.internal.wire;

import io.undertow.util.HttpString;

/** The HTTP header names of the AWS rest-json protocol that Undertow does not predefine. */
final class Headers {

    static final HttpString ERROR_TYPE = HttpString.tryFromString("x-amzn-ErrorType");
    static final HttpString REQUEST_ID = HttpString.tryFromString("x-amzn-RequestId");

    private Headers() {
    }
}
