package dev.pinpointmock.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class its own in-process Amazon Pinpoint.
 *
 * <p>The server starts on a random loopback port before the class's first test and stops after its last.
 * Test methods, lifecycle methods and constructors may declare parameters of these types, and receive
 * the class's instances:
 * <ul>
 *   <li>{@code software.amazon.awssdk.services.pinpoint.PinpointClient} and {@code PinpointAsyncClient}:
 *       clients of the server, in its region, with static test credentials; closed with the server</li>
 *   <li>{@link dev.pinpointmock.OtpInspector}: the one-time passwords the server generated</li>
 *   <li>{@link dev.pinpointmock.MessageInspector}: every message the server would have delivered</li>
 *   <li>{@link dev.pinpointmock.RequestJournal}: every call the server answered</li>
 *   <li>{@link dev.pinpointmock.PinpointMockServer}: the server handle (endpoint, clock, faults, reset)</li>
 *   <li>{@link dev.pinpointmock.MockClock}: the server's clock</li>
 * </ul>
 *
 * <p>State lives as long as the server: tests of one class see each other's applications unless
 * {@link #reset()} says otherwise. Subclasses inherit the annotation. {@code @Nested} classes share the
 * server of their enclosing class. Classes running in parallel each have their own server. For the same
 * options in code, register a {@link PinpointMockExtension} built with its builder instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PinpointMockExtension.class)
public @interface PinpointMock {

    /** The value of {@link #seed()} that asks for random ids and codes. */
    long RANDOM_SEED = Long.MIN_VALUE;

    /** The region of the injected clients and of unsigned calls. */
    String region() default "us-east-1";

    /** The 12-digit account id in the ARNs the server writes. */
    String account() default "000000000000";

    /** A seed that makes ids, codes and fault fractions repeat from run to run; random by default. */
    long seed() default RANDOM_SEED;

    /** When to empty the server's state; never within a class by default. */
    Reset reset() default Reset.NEVER;

    /**
     * Fails a test whose code called a Pinpoint operation that pinpoint-mock does not implement yet,
     * instead of leaving the code under test to handle the 501 answer. Off by default.
     */
    boolean strict() default false;

    /** The port to listen on; 0, the default, picks a free one. */
    int port() default 0;

    /** The access key the injected clients sign with; empty, the default, uses the account id. */
    String accessKey() default "";

    /** The secret key the injected clients sign with. */
    String secretKey() default "test";
}
