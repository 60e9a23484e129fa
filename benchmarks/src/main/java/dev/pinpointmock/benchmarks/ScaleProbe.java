package dev.pinpointmock.benchmarks;

import static dev.pinpointmock.benchmarks.Measure.fixed;
import static dev.pinpointmock.benchmarks.Measure.millisSince;
import static dev.pinpointmock.benchmarks.Measure.progress;
import static dev.pinpointmock.benchmarks.Measure.result;

import dev.pinpointmock.PinpointMockServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.AttributeDimension;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.PinpointException;
import software.amazon.awssdk.services.pinpoint.model.SendMessagesRequest;

/**
 * Section (c), in a JVM of its own: the heap in use after one application receives N endpoints (100,000 by
 * default, through UpdateEndpointsBatch), the time to evaluate a segment over them, and the time to send
 * one SMS to 1,000 of them with SendMessages.
 */
public final class ScaleProbe {

    private ScaleProbe() {
    }

    public static void main(String[] args) {
        int endpoints = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Clients.quietServerLogs();
        try (PinpointMockServer server = PinpointMockServer.builder().build().start();
             PinpointClient client = server.newClient()) {
            String appId = Fixtures.createAppWithSmsChannel(client);
            Fixtures.createEndpoints(client, appId, Fixtures.BATCH);
            double before = Measure.heapUsedMb();

            long begin = System.nanoTime();
            List<String> ids = Fixtures.createEndpoints(client, appId, endpoints);
            result("scale.endpoints", endpoints);
            result("scale.loadSeconds", fixed(millisSince(begin) / 1000, 1));
            double after = Measure.heapUsedMb();
            result("scale.heapBeforeMb", fixed(before, 1));
            result("scale.heapAfterMb", fixed(after, 1));
            result("scale.heapPerEndpointBytes", fixed((after - before) * 1_000_000 / endpoints, 0));
            progress("heap " + fixed(before, 1) + " MB -> " + fixed(after, 1) + " MB");

            segment(server, client, appId, rounds);
            sendToThousand(client, appId, ids.subList(0, 1000), rounds);
        } catch (PinpointException notThere) {
            if (notThere.statusCode() == 501) {
                result("scale.pending", "\"" + notThere.awsErrorDetails().errorMessage() + "\"");
                return;
            }
            throw notThere;
        }
    }

    /**
     * Creates a segment of the endpoints whose attribute {@code plan} is {@code free} (every other one) and
     * times its evaluation over all of them: {@link PinpointMockServer#segmentMembers}, the evaluation a
     * campaign run makes. Pending while CreateSegment answers NotImplemented.
     */
    private static void segment(PinpointMockServer server, PinpointClient client, String appId, int rounds) {
        String segmentId;
        try {
            AttributeDimension free = AttributeDimension.builder().values("free").build();
            segmentId = client.createSegment(r -> r.applicationId(appId).writeSegmentRequest(s -> s
                            .name("free-plan").dimensions(d -> d.attributes(Map.of("plan", free)))))
                    .segmentResponse().id();
        } catch (PinpointException e) {
            if (e.statusCode() == 501) {
                result("scale.segment", "pending: CreateSegment is not implemented");
                return;
            }
            throw e;
        }
        double[] millis = new double[rounds];
        int members = 0;
        for (int round = -2; round < rounds; round++) {
            long begin = System.nanoTime();
            members = server.segmentMembers(appId, segmentId).size();
            if (round >= 0) {
                millis[round] = millisSince(begin);
            }
        }
        result("scale.segment", "evaluated");
        result("scale.segment.members", members);
        result("scale.segment.medianMs", fixed(Measure.median(millis), 1));
        result("scale.segment.maxMs", fixed(Measure.percentile(millis, 100), 1));
    }

    /**
     * Pinpoint takes at most 100 recipients in one SendMessages. When the server refuses 1,000 in one call,
     * the time is that of ten calls of 100, one after the other.
     */
    private static void sendToThousand(PinpointClient client, String appId, List<String> ids, int rounds) {
        List<SendMessagesRequest> requests = new ArrayList<>();
        try {
            SendMessagesRequest all = Operation.sendToEndpoints(appId, ids);
            client.sendMessages(all);
            requests.add(all);
            result("scale.send1000.calls", 1);
        } catch (BadRequestException tooMany) {
            for (int start = 0; start < ids.size(); start += 100) {
                requests.add(Operation.sendToEndpoints(appId, ids.subList(start, start + 100)));
            }
            result("scale.send1000.calls", requests.size());
            result("scale.send1000.refusedInOneCall", "\"" + tooMany.awsErrorDetails().errorMessage() + "\"");
        }
        double[] millis = new double[rounds];
        for (int round = -3; round < rounds; round++) {
            long begin = System.nanoTime();
            for (SendMessagesRequest request : requests) {
                client.sendMessages(request);
            }
            if (round >= 0) {
                millis[round] = millisSince(begin);
            }
        }
        result("scale.send1000.medianMs", fixed(Measure.median(millis), 1));
        result("scale.send1000.maxMs", fixed(Measure.percentile(millis, 100), 1));
    }
}
