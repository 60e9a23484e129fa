package dev.pinpointmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.pinpointmock.MessageInspector;
import dev.pinpointmock.MockClock;
import dev.pinpointmock.OtpInspector;
import dev.pinpointmock.PinpointMockServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.ApplicationResponse;

/**
 * The extension's lifecycle, run through JUnit's engine test kit on fixture classes: which server each
 * class, nested class and parameter gets, and when servers stop.
 */
class PinpointMockLifecycleTest {

    /** Servers seen by the fixtures, by the fixture that saw them. */
    static final Map<String, List<PinpointMockServer>> SEEN = new ConcurrentHashMap<>();

    static void saw(String who, PinpointMockServer server) {
        SEEN.computeIfAbsent(who, key -> new CopyOnWriteArrayList<>()).add(server);
    }

    private static Events run(Class<?>... classes) {
        for (Class<?> type : classes) {
            SEEN.keySet().removeIf(key -> key.startsWith(type.getSimpleName()));
        }
        var request = EngineTestKit.engine("junit-jupiter");
        for (Class<?> type : classes) {
            request.selectors(selectClass(type));
        }
        return request.execute().testEvents();
    }

    @PinpointMock
    static class OneClass {

        OneClass(PinpointMockServer server) {
            saw("OneClass.constructor", server);
        }

        @BeforeAll
        static void beforeAll(PinpointMockServer server) {
            saw("OneClass.beforeAll", server);
        }

        @BeforeEach
        void beforeEach(PinpointMockServer server) {
            saw("OneClass.beforeEach", server);
        }

        @Test
        void first(PinpointMockServer server, PinpointClient client, OtpInspector otps, MockClock clock,
                   MessageInspector messages) {
            saw("OneClass.test", server);
            assertThat(otps).isSameAs(server.otps());
            assertThat(messages).isSameAs(server.messages());
            assertThat(clock).isSameAs(server.clock());
            assertThat(client.getApps(r -> { }).applicationsResponse().item()).isEmpty();
        }

        @Test
        void second(PinpointMockServer server) {
            saw("OneClass.test", server);
        }
    }

    @Test
    void oneServerServesAClassFromConstructorToLastTestAndStopsAfterIt() {
        run(OneClass.class).assertStatistics(stats -> stats.started(2).succeeded(2));

        List<PinpointMockServer> all = SEEN.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("OneClass."))
                .flatMap(entry -> entry.getValue().stream()).toList();
        assertThat(all).hasSize(7).allMatch(server -> server == all.get(0));
        assertThat(all.get(0).isRunning()).isFalse();
    }

    @PinpointMock
    static class Outer {

        @Test
        void outer(PinpointMockServer server) {
            saw("Outer.outer", server);
        }

        @Nested
        class Inner {

            @Test
            void inner(PinpointMockServer server) {
                saw("Outer.inner", server);
            }

            @Nested
            class Innermost {

                @Test
                void innermost(PinpointMockServer server) {
                    saw("Outer.innermost", server);
                }
            }
        }
    }

    @Test
    void nestedClassesShareTheServerOfTheirEnclosingClass() {
        run(Outer.class).assertStatistics(stats -> stats.succeeded(3));

        PinpointMockServer outer = SEEN.get("Outer.outer").get(0);
        assertThat(SEEN.get("Outer.inner")).containsExactly(outer);
        assertThat(SEEN.get("Outer.innermost")).containsExactly(outer);
        assertThat(outer.isRunning()).isFalse();
    }

    @PinpointMock(region = "eu-central-1", account = "123456789012")
    abstract static class Base {
    }

    static class Inheriting extends Base {

        @Test
        void inherits(PinpointMockServer server, PinpointClient client) {
            saw("Inheriting", server);
            ApplicationResponse app = client.createApp(r -> r.createApplicationRequest(a -> a.name("x")))
                    .applicationResponse();
            assertThat(app.arn()).startsWith("arn:aws:mobiletargeting:eu-central-1:123456789012:apps/");
        }
    }

    @Test
    void subclassesInheritTheAnnotationAndItsSettings() {
        run(Inheriting.class).assertStatistics(stats -> stats.succeeded(1));

        assertThat(SEEN.get("Inheriting").get(0).region()).isEqualTo("eu-central-1");
    }

    @PinpointMock
    static class First {

        @Test
        void createsAnApp(PinpointClient client, PinpointMockServer server) {
            saw("First", server);
            client.createApp(r -> r.createApplicationRequest(a -> a.name("first")));
            assertThat(client.getApps(r -> { }).applicationsResponse().item()).hasSize(1);
        }
    }

    @PinpointMock
    static class Second {

        @Test
        void createsAnApp(PinpointClient client, PinpointMockServer server) {
            saw("Second", server);
            client.createApp(r -> r.createApplicationRequest(a -> a.name("second")));
            assertThat(client.getApps(r -> { }).applicationsResponse().item()).hasSize(1);
        }
    }

    @Test
    void eachClassHasItsOwnServerEvenInParallel() {
        EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .selectors(selectClass(First.class), selectClass(Second.class))
                .execute().testEvents()
                .assertStatistics(stats -> stats.succeeded(2));

        assertThat(SEEN.get("First").get(0)).isNotSameAs(SEEN.get("Second").get(0));
    }

    @PinpointMock
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class PerClass {

        PerClass(PinpointMockServer server) {
            saw("PerClass.constructor", server);
        }

        @Test
        void test(PinpointMockServer server) {
            saw("PerClass.test", server);
        }
    }

    @Test
    void aPerClassInstanceGetsTheServerInItsConstructor() {
        run(PerClass.class).assertStatistics(stats -> stats.succeeded(1));

        assertThat(SEEN.get("PerClass.constructor")).containsExactlyElementsOf(SEEN.get("PerClass.test"));
    }

    @PinpointMock
    static class OtherParameters {

        @Test
        void wantsAString(String text) {
        }
    }

    @Test
    void parametersOfOtherTypesAreLeftToOtherResolvers() {
        run(OtherParameters.class).assertStatistics(stats -> stats.failed(1))
                .failed().assertThatEvents().first()
                .satisfies(event -> assertThat(event.getPayload(
                        org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                        .getThrowable().orElseThrow())
                        .hasMessageContaining("No ParameterResolver registered for parameter [java.lang.String"));
    }
}
