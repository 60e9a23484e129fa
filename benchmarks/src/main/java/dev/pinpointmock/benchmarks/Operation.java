package dev.pinpointmock.benchmarks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.CreateAppRequest;
import software.amazon.awssdk.services.pinpoint.model.EndpointSendConfiguration;
import software.amazon.awssdk.services.pinpoint.model.GetAppRequest;
import software.amazon.awssdk.services.pinpoint.model.MessageType;
import software.amazon.awssdk.services.pinpoint.model.SendMessagesRequest;
import software.amazon.awssdk.services.pinpoint.model.SendOtpMessageRequest;
import software.amazon.awssdk.services.pinpoint.model.UpdateEndpointRequest;

/**
 * The calls whose throughput the harness measures. Each prepares its fixture through the client (an
 * application, an enabled SMS channel, endpoints) and builds its request once, so that every measured call
 * sends the same bytes to every target.
 */
enum Operation {

    GET_APP("GetApp") {
        @Override
        Call prepare(PinpointClient client) {
            GetAppRequest request = GetAppRequest.builder().applicationId(Fixtures.createApp(client)).build();
            return c -> c.getApp(request);
        }
    },
    CREATE_APP("CreateApp") {
        @Override
        Call prepare(PinpointClient client) {
            CreateAppRequest request = CreateAppRequest.builder()
                    .createApplicationRequest(a -> a.name("bench-app").tags(Map.of("team", "bench")))
                    .build();
            return c -> c.createApp(request);
        }
    },
    SEND_OTP_MESSAGE("SendOTPMessage") {
        @Override
        Call prepare(PinpointClient client) {
            SendOtpMessageRequest request = SendOtpMessageRequest.builder()
                    .applicationId(Fixtures.createApp(client))
                    .sendOTPMessageRequestParameters(p -> p.brandName("Bench").channel("SMS")
                            .destinationIdentity("+12065550100").originationIdentity("+12065550199")
                            .referenceId("bench").codeLength(6).allowedAttempts(3).validityPeriod(5))
                    .build();
            return c -> c.sendOTPMessage(request);
        }
    },
    UPDATE_ENDPOINT("UpdateEndpoint") {
        @Override
        Call prepare(PinpointClient client) {
            UpdateEndpointRequest request = Fixtures.endpointUpdate(Fixtures.createApp(client), "bench-endpoint", 0);
            return c -> c.updateEndpoint(request);
        }
    },
    SEND_MESSAGES_10("SendMessages10") {
        @Override
        Call prepare(PinpointClient client) {
            String appId = Fixtures.createAppWithSmsChannel(client);
            SendMessagesRequest request = sendToEndpoints(appId, Fixtures.createEndpoints(client, appId, 10));
            return c -> c.sendMessages(request);
        }
    };

    private final String label;

    Operation(String label) {
        this.label = label;
    }

    /** The operation's name in results: the API's name, and SendMessages10 for a send to ten endpoints. */
    String label() {
        return label;
    }

    /** Makes the fixture of this operation through the client and returns the call to repeat. */
    abstract Call prepare(PinpointClient client);

    static Operation named(String label) {
        return Arrays.stream(values()).filter(op -> op.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No operation " + label));
    }

    /** A SendMessages of one SMS to each of the given endpoints. */
    static SendMessagesRequest sendToEndpoints(String appId, Iterable<String> endpointIds) {
        Map<String, EndpointSendConfiguration> endpoints = new LinkedHashMap<>();
        endpointIds.forEach(id -> endpoints.put(id, EndpointSendConfiguration.builder().build()));
        return SendMessagesRequest.builder()
                .applicationId(appId)
                .messageRequest(m -> m.endpoints(endpoints).messageConfiguration(c -> c.smsMessage(
                        s -> s.body("Your order has shipped").messageType(MessageType.TRANSACTIONAL))))
                .build();
    }

    /** One measured call: returns the response so that JMH consumes it. */
    @FunctionalInterface
    interface Call extends Function<PinpointClient, Object> {
    }
}
