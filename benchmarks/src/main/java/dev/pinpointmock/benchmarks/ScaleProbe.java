package dev.pinpointmock.benchmarks;

import static dev.pinpointmock.benchmarks.Measure.fixed;
import static dev.pinpointmock.benchmarks.Measure.millisSince;
import static dev.pinpointmock.benchmarks.Measure.progress;
import static dev.pinpointmock.benchmarks.Measure.result;

import dev.pinpointmock.PinpointMockServer;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
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

            result("scale.segment", segment(client, appId));
            sendToThousand(client, appId, ids.subList(0, 1000), rounds);
        } catch (PinpointException notThere) {
            if (notThere.statusCode() == 501) {
                result("scale.pending", "\"" + notThere.awsErrorDetails().errorMessage() + "\"");
                return;
            }
            throw notThere;
        }
    }

    /** Segments are evaluated when a campaign or export runs them; none of that exists in the mock yet. */
    private static String segment(PinpointClient client, String appId) {
        try {
            client.createSegment(r -> r.applicationId(appId).writeSegmentRequest(s -> s.name("free-plan")
                    .dimensions(d -> d.attributes(java.util.Map.of("plan",
                            software.amazon.awssdk.services.pinpoint.model.AttributeDimension.builder()
                                    .values("free").build())))));
            return "pending: CreateSegment works but no operation evaluates a segment yet";
        } catch (PinpointException e) {
            if (e.statusCode() == 501) {
                return "pending: CreateSegment is not implemented";
            }
            throw e;
        }
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
