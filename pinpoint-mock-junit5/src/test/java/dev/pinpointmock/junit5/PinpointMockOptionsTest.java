package dev.pinpointmock.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.pinpointmock.PinpointMockServer;
import dev.pinpointmock.RequestJournal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import software.amazon.awssdk.services.pinpoint.PinpointAsyncClient;
import software.amazon.awssdk.services.pinpoint.PinpointClient;

/** The extension's options, set through the annotation and through the builder, and its misuse messages. */
class PinpointMockOptionsTest {

    static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

    private static Events run(Class<?> type) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(type)).execute().testEvents();
    }

    private static String failureOf(Events events) {
        Event failed = events.failed().stream().findFirst().orElseThrow();
        return failed.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow().getMessage();
    }

    @PinpointMock(reset = Reset.BEFORE_EACH_TEST)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ResetEach {

        @Test
        @Order(1)
        void first(PinpointClient client) {
            client.createApp(r -> r.createApplicationRequest(a -> a.name("first")));
        }

        @Test
        @Order(2)
        void second(PinpointClient client) {
            assertThat(client.getApps(r -> { }).applicationsResponse().item()).isEmpty();
        }
    }

    @Test
    void resetBeforeEachTestGivesEveryTestAnEmptyServer() {
        run(ResetEach.class).assertStatistics(stats -> stats.succeeded(2));
    }

    @PinpointMock
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class SharedState {

        @Test
        @Order(1)
        void first(PinpointClient client) {
            client.createApp(r -> r.createApplicationRequest(a -> a.name("first")));
        }

        @Test
        @Order(2)
        void second(PinpointClient client) {
            assertThat(client.getApps(r -> { }).applicationsResponse().item()).hasSize(1);
        }
    }

    @Test
    void byDefaultTheTestsOfAClassShareState() {
        run(SharedState.class).assertStatistics(stats -> stats.succeeded(2));
    }

    @PinpointMock(strict = true)
    static class Strict {

        @Test
        void callsCampaignOperations(PinpointClient client) {
            try {
                client.getCampaigns(r -> r.applicationId("x"));
            } catch (RuntimeException handledByTheCodeUnderTest) {
                // a NotFoundException: the operation is implemented, so strict mode lets it pass
            }
        }

        @Test
        void callsOnlyImplementedOperations(PinpointClient client) {
            client.getApps(r -> { });
        }
    }

    /**
     * Strict mode fails a test that called an operation answered NotImplementedException; since every one
     * of Pinpoint's 122 operations is implemented, a strict class whose calls fail for other reasons passes.
     */
    @Test
    void strictModePassesTestsWhoseOperationsAreAllImplemented() {
        run(Strict.class).assertStatistics(stats -> stats.succeeded(2).failed(0));
    }

    static class Programmatic {

        @RegisterExtension
        static PinpointMockExtension pinpoint = PinpointMockExtension.builder()
                .region("ap-southeast-2").account("210987654321").seed(99).build();

        @Test
        void usesTheBuildersOptions(PinpointMockServer server, PinpointClient client, PinpointAsyncClient async,
                                    RequestJournal journal) throws Exception {
            SEEN.put("Programmatic.region", server.region());
            String arn = client.createApp(r -> r.createApplicationRequest(a -> a.name("p"))).applicationResponse()
                    .arn();
            SEEN.put("Programmatic.arn", arn);
            async.getApps(r -> { }).get();
            SEEN.put("Programmatic.calls", journal.total());
        }
    }

    @Test
    void aRegisteredExtensionTakesItsOptionsFromTheBuilder() {
        run(Programmatic.class).assertStatistics(stats -> stats.succeeded(1));

        assertThat(SEEN.get("Programmatic.region")).isEqualTo("ap-southeast-2");
        assertThat((String) SEEN.get("Programmatic.arn"))
                .startsWith("arn:aws:mobiletargeting:ap-southeast-2:210987654321:apps/");
        assertThat(SEEN.get("Programmatic.calls")).isEqualTo(2L);
    }

    @PinpointMock
    static class Both {

        @RegisterExtension
        static PinpointMockExtension pinpoint = PinpointMockExtension.builder().build();

        @Test
        void test() {
        }
    }

    @Test
    void configuringAClassTwiceIsReportedWithAFix() {
        Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(Both.class)).execute()
                .containerEvents();

        assertThat(failureOf(events)).contains("Both @PinpointMock and a registered PinpointMockExtension")
                .contains("keep one");
    }

    static class InstanceField {

        @RegisterExtension
        PinpointMockExtension pinpoint = PinpointMockExtension.builder().build();

        @Test
        void test() {
        }
    }

    @Test
    void anInstanceFieldRegistrationIsReportedWithAFix() {
        Events events = run(InstanceField.class);

        assertThat(failureOf(events)).contains("register it in a static field");
    }
}
