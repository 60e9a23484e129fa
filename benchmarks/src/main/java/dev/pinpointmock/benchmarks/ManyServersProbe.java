package dev.pinpointmock.benchmarks;

import static dev.pinpointmock.benchmarks.Measure.fixed;
import static dev.pinpointmock.benchmarks.Measure.progress;
import static dev.pinpointmock.benchmarks.Measure.result;

import dev.pinpointmock.PinpointMockServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.pinpoint.PinpointClient;

/**
 * Section (d), in a JVM of its own: N servers (32 by default) running at once, as N test classes running
 * in parallel would have them, each with a client that made one call. Reports live threads and heap in use
 * before, with the servers alone, with their clients, and after everything is closed.
 */
public final class ManyServersProbe {

    private ManyServersProbe() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        Clients.quietServerLogs();
        try (PinpointMockServer warm = PinpointMockServer.builder().build().start();
             PinpointClient client = warm.newClient()) {
            Fixtures.createApp(client);
        }
        int threadsBefore = Measure.liveThreads();
        double heapBefore = Measure.heapUsedMb();

        List<PinpointMockServer> servers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            servers.add(PinpointMockServer.builder().build().start());
        }
        int threadsServers = Measure.liveThreads();
        double heapServers = Measure.heapUsedMb();

        List<PinpointClient> clients = new ArrayList<>();
        for (PinpointMockServer server : servers) {
            PinpointClient client = server.newClient();
            Fixtures.createApp(client);
            clients.add(client);
        }
        int threadsWithClients = Measure.liveThreads();
        double heapWithClients = Measure.heapUsedMb();
        progress("threads by name with " + count + " servers and clients: " + threadsByName());

        clients.forEach(PinpointClient::close);
        servers.forEach(PinpointMockServer::close);
        int threadsAfter = Measure.liveThreads();

        result("many.servers", count);
        result("many.threadsBefore", threadsBefore);
        result("many.threadsWithServers", threadsServers);
        result("many.threadsWithClients", threadsWithClients);
        result("many.threadsAfterClose", threadsAfter);
        result("many.threadsPerServer", fixed((threadsServers - threadsBefore) / (double) count, 2));
        result("many.threadsPerServerWithClient", fixed((threadsWithClients - threadsBefore) / (double) count, 2));
        result("many.heapBeforeMb", fixed(heapBefore, 1));
        result("many.heapWithServersMb", fixed(heapServers, 1));
        result("many.heapWithClientsMb", fixed(heapWithClients, 1));
        result("many.heapPerServerMb", fixed((heapServers - heapBefore) / count, 3));
        result("many.heapPerServerWithClientMb", fixed((heapWithClients - heapBefore) / count, 3));
    }

    /** Live threads counted by name with digits dropped, to show where threads come from. */
    private static Map<String, Integer> threadsByName() {
        Map<String, Integer> byName = new TreeMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            byName.merge(thread.getName().replaceAll("[0-9]+", "N"), 1, Integer::sum);
        }
        return byName;
    }
}
