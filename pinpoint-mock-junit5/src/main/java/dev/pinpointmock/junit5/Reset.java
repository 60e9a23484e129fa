package dev.pinpointmock.junit5;

/** When the extension empties the server's state within a test class. */
public enum Reset {
    /** Never: the tests of a class share one state, as they share one server. The default. */
    NEVER,
    /** Before each test method, so that no test sees another's applications, codes or calls. */
    BEFORE_EACH_TEST
}
