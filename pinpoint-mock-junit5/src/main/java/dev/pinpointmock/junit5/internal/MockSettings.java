package dev.pinpointmock.junit5.internal;

import dev.pinpointmock.junit5.PinpointMock;
import dev.pinpointmock.junit5.Reset;

/** The options of one class's server, from the annotation or the extension's builder. */
public record MockSettings(String region, String account, Long seed, Reset reset, boolean strict, int port,
                           String accessKey, String secretKey) {

    @PinpointMock
    private static final class Defaults {
    }

    public static MockSettings defaults() {
        return of(Defaults.class.getAnnotation(PinpointMock.class));
    }

    public static MockSettings of(PinpointMock annotation) {
        return new MockSettings(annotation.region(), annotation.account(),
                annotation.seed() == PinpointMock.RANDOM_SEED ? null : annotation.seed(), annotation.reset(),
                annotation.strict(), annotation.port(),
                annotation.accessKey().isEmpty() ? null : annotation.accessKey(), annotation.secretKey());
    }

    public MockSettings withRegion(String value) {
        return new MockSettings(value, account, seed, reset, strict, port, accessKey, secretKey);
    }

    public MockSettings withAccount(String value) {
        return new MockSettings(region, value, seed, reset, strict, port, accessKey, secretKey);
    }

    public MockSettings withSeed(long value) {
        return new MockSettings(region, account, value, reset, strict, port, accessKey, secretKey);
    }

    public MockSettings withReset(Reset value) {
        return new MockSettings(region, account, seed, value, strict, port, accessKey, secretKey);
    }

    public MockSettings withStrict(boolean value) {
        return new MockSettings(region, account, seed, reset, value, port, accessKey, secretKey);
    }

    public MockSettings withPort(int value) {
        return new MockSettings(region, account, seed, reset, strict, value, accessKey, secretKey);
    }

    public MockSettings withCredentials(String key, String secret) {
        return new MockSettings(region, account, seed, reset, strict, port, key, secret);
    }
}
