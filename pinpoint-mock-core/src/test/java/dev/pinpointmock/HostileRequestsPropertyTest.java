package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pinpointmock.RandomRequests.Call;
import dev.pinpointmock.RandomRequests.Mutation;
import dev.pinpointmock.PlainHttp.Answer;
import dev.pinpointmock.internal.wire.Route;
import dev.pinpointmock.internal.wire.RouteTable;
import dev.pinpointmock.internal.persist.WriteAheadLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import software.amazon.awssdk.services.pinpoint.PinpointClient;

/**
 * Random and mutated requests to every one of the 122 routes, as plain HTTP: the server answers each with a
 * success or Pinpoint's error shape, never a 5xx other than the deliberate 501 of an operation not built
 * yet, never a hang (every call has a client timeout), and a rejected request changes no state, in memory
 * or in a data directory.
 */
class HostileRequestsPropertyTest {

    private static PinpointMockServer server;
    private static Path dataDir;
    private static PinpointMockServer durable;
    private static PlainHttp durableHttp;
    private static PinpointClient client;
    private static PlainHttp http;
    private static Map<String, List<String>> knownIds;
    /** The state's fingerprint after the last call, when that call was rejected and so left it alone. */
    private static String lastFingerprint;

    @BeforeContainer
    static void start() throws IOException {
        server = PinpointMockServer.builder().build().start();
        client = server.newClient();
        http = new PlainHttp(server.endpoint());
        var app = client.createApp(r -> r.createApplicationRequest(a -> a.name("target").tags(Map.of("k", "v"))))
                .applicationResponse();
        client.sendOTPMessage(r -> r.applicationId(app.id()).sendOTPMessageRequestParameters(p -> p
                .brandName("Shop").channel("SMS").destinationIdentity("+15555550100")
                .originationIdentity("+15555550199").referenceId("ref")));
        knownIds = Map.of("application-id", List.of(app.id()), "resource-arn", List.of(app.arn()),
                "reference-id", List.of("ref"), "template-type", List.of("SMS", "sms", "EMAIL"),
                "template-name", List.of("welcome"), "attribute-type", List.of("endpoint-custom-attributes"),
                "kpi-name", List.of("email-open-rate"), "version", List.of("1", "latest"));
        dataDir = Files.createTempDirectory("pinpoint-mock-properties");
        durable = PinpointMockServer.builder().dataDirectory(dataDir).build().start();
        durableHttp = new PlainHttp(durable.endpoint());
    }

    @AfterContainer
    static void stop() throws IOException {
        client.close();
        server.close();
        durable.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Property(tries = 300)
    void everyRouteAnswersRandomInputWithSuccessOrPinpointsErrorShape(@ForAll("routes") Route route,
                                                                      @ForAll Random random) {
        check(new RandomRequests(knownIds, random).randomCall(route, false));
    }

    @Property(tries = 300)
    void mutatedModelShapedBodiesNeverBreakTheServer(@ForAll("routes") Route route,
                                                     @ForAll Mutation mutation, @ForAll Random random) {
        check(new RandomRequests(knownIds, random).mutatedCall(route, mutation));
    }

    @Property(tries = 150)
    void strangePathsAnswerWithPinpointsErrorShape(@ForAll Random random) {
        RandomRequests requests = new RandomRequests(knownIds, random);
        check(new Call(requests.method(), requests.strangePath(), null));
    }

    @Property(tries = 150)
    void withADataDirectoryRejectedCallsNeverReachTheLog(@ForAll("routes") Route route,
                                                         @ForAll Mutation mutation, @ForAll Random random)
            throws IOException {
        RandomRequests requests = new RandomRequests(knownIds, random);
        Call call = random.nextBoolean() ? requests.mutatedCall(route, mutation) : requests.randomCall(route, false);
        long logged = Files.size(dataDir.resolve(WriteAheadLog.FILE_NAME));

        Answer answer = durableHttp.send(call.method(), call.pathAndQuery(), call.body());

        assertThat(answer.status() < 500 || isNotImplemented(answer)).as("%s answered %s", call, answer).isTrue();
        if (answer.status() >= 400) {
            answer.assertErrorShape();
            assertThat(Files.size(dataDir.resolve(WriteAheadLog.FILE_NAME))).as("log after %s", call)
                    .isEqualTo(logged);
        }
    }

    @Provide
    Arbitrary<Route> routes() {
        return Arbitraries.of(RouteTable.pinpoint().routes());
    }

    private static void check(Call call) {
        String before = lastFingerprint != null ? lastFingerprint : fingerprint();
        lastFingerprint = null;

        Answer answer = http.send(call.method(), call.pathAndQuery(), call.body());

        assertThat(answer.status() < 500 || isNotImplemented(answer)).as("%s answered %s", call, answer).isTrue();
        assertThat(answer.requestId()).as("x-amzn-RequestId of %s", call).isPresent();
        if (answer.status() >= 400) {
            answer.assertErrorShape();
            String after = fingerprint();
            assertThat(after).as("state after the rejected %s", call).isEqualTo(before);
            lastFingerprint = after;
        }
    }

    private static boolean isNotImplemented(Answer answer) {
        return answer.status() == 501 && answer.errorType().filter("NotImplementedException"::equals).isPresent();
    }

    /** Every application with its tags, and every code generated: what a rejected call must leave alone. */
    private static String fingerprint() {
        Answer apps = http.send("GET", "/v1/apps?page-size=1000", (byte[]) null);
        assertThat(apps.status()).isEqualTo(200);
        return apps.body() + server.otps().all();
    }
}
