package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pinpointmock.internal.wire.Route;
import dev.pinpointmock.internal.wire.RouteTable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.PinpointRequest;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Calls every operation of {@link PinpointClient} with a minimal request and checks, for each, that the
 * SDK's own marshaller sends it where the route table says, and that the server answers it at that route:
 * with a real answer or error, or the not-implemented error, never the unknown-path 404 or a 405.
 */
class AllOperationsTest {

    private static final PinpointMockServer SERVER = PinpointMockServer.builder().build().start();
    private static final AtomicReference<SdkHttpRequest> SENT = new AtomicReference<>();
    private static final PinpointClient CLIENT = PinpointClient.builder()
            .endpointOverride(SERVER.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClientBuilder(ApacheHttpClient.builder())
            .overrideConfiguration(c -> c.addExecutionInterceptor(new ExecutionInterceptor() {
                @Override
                public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                    SENT.set(context.httpRequest());
                }
            }).retryStrategy(r -> r.maxAttempts(1)))
            .build();

    @AfterAll
    static void close() {
        CLIENT.close();
        SERVER.close();
    }

    static Stream<Route> routes() {
        return RouteTable.pinpoint().routes().stream();
    }

    @Test
    void theTableHoldsEveryOperationOfTheClient() {
        long clientOperations = Stream.of(PinpointClient.class.getMethods())
                .filter(m -> m.getParameterCount() == 1)
                .filter(m -> PinpointRequest.class.isAssignableFrom(m.getParameterTypes()[0]))
                .count();

        assertThat(RouteTable.pinpoint().routes()).hasSize(122).hasSize((int) clientOperations);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void reachesItsRoute(Route route) throws Exception {
        Method method = PinpointClient.class.getMethod(lowerFirst(route), route.requestType());
        Object answer;
        try {
            answer = method.invoke(CLIENT, minimalRequest(route));
        } catch (InvocationTargetException e) {
            answer = e.getCause();
        }

        SdkHttpRequest sent = SENT.get();
        assertThat(sent.method().name()).isEqualTo(route.method());
        assertThat(sent.encodedPath()).matches(templatePattern(route));
        if (answer instanceof AwsServiceException error) {
            assertThat(error.awsErrorDetails().errorMessage()).doesNotStartWith("No Pinpoint operation is found");
            if (error.statusCode() == 501) {
                assertThat(error.awsErrorDetails().errorCode()).isEqualTo("NotImplementedException");
                assertThat(error.awsErrorDetails().errorMessage()).contains(route.operation());
            } else {
                assertThat(error.statusCode()).as(error.getMessage()).isLessThan(500).isNotEqualTo(405);
            }
        } else if (answer instanceof Throwable unexpected) {
            throw new AssertionError("Unexpected failure of " + route.operation(), unexpected);
        }
    }

    private static Object minimalRequest(Route route) throws ReflectiveOperationException {
        Object builder = route.requestType().getMethod("builder").invoke(null);
        for (SdkField<?> field : ((SdkPojo) builder).sdkFields()) {
            if (field.location() == MarshallLocation.PATH) {
                field.set(builder, field.locationName().equals("template-type") ? "SMS" : "label-1");
            }
        }
        return ((SdkBuilder<?, ?>) builder).build();
    }

    private static String lowerFirst(Route route) {
        for (Method method : PinpointClient.class.getMethods()) {
            if (method.getParameterCount() == 1 && method.getParameterTypes()[0] == route.requestType()) {
                return method.getName();
            }
        }
        throw new AssertionError("No client method takes " + route.requestType());
    }

    private static Pattern templatePattern(Route route) {
        return Pattern.compile(route.uriTemplate().replaceAll("\\{[^}]+}", "[^/]+"));
    }
}
