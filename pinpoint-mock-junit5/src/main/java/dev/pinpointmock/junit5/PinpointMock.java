package dev.pinpointmock.junit5;

import dev.pinpointmock.junit5.internal.PinpointMockExtension;
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
 *   <li>{@code software.amazon.awssdk.services.pinpoint.PinpointClient}: a client of the server, in its
 *       region, with static test credentials; closed with the server</li>
 *   <li>{@link dev.pinpointmock.OtpInspector}: the one-time passwords the server generated</li>
 *   <li>{@link dev.pinpointmock.PinpointMockServer}: the server handle (endpoint, clock, reset)</li>
 *   <li>{@link dev.pinpointmock.MockClock}: the server's clock</li>
 * </ul>
 *
 * <p>State lives as long as the server: tests of one class see each other's applications unless they call
 * {@code server.reset()}. Subclasses inherit the annotation. {@code @Nested} classes share the server of
 * their enclosing class. Classes running in parallel each have their own server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PinpointMockExtension.class)
public @interface PinpointMock {

    /** The region of the injected client and of unsigned calls. */
    String region() default "us-east-1";

    /** The 12-digit account id in the ARNs the server writes. */
    String account() default "000000000000";
}
