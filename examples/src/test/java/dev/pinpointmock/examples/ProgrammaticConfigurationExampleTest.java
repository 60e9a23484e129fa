package dev.pinpointmock.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pinpointmock.OtpInspector;
import dev.pinpointmock.PinpointMockServer;
import dev.pinpointmock.junit5.PinpointMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.pinpoint.PinpointAsyncClient;
import software.amazon.awssdk.services.pinpoint.PinpointClient;

/**
 * The same options as the annotation, set in code, with an asynchronous client and a second region and
 * account, each with a state of its own.
 */
class ProgrammaticConfigurationExampleTest {

    @RegisterExtension
    static final PinpointMockExtension PINPOINT = PinpointMockExtension.builder()
            .region("eu-west-1")
            .account("123456789012")
            .build();

    @Test
    void theAsyncClientSendsACodeTheInspectorReads(PinpointAsyncClient pinpoint, OtpInspector otps) throws Exception {
        String appId = pinpoint.createApp(r -> r.createApplicationRequest(a -> a.name("async"))).get()
                .applicationResponse().id();

        pinpoint.sendOTPMessage(r -> r.applicationId(appId).sendOTPMessageRequestParameters(p -> p
                .brandName("Shop").channel("SMS").referenceId("login").destinationIdentity("+447700900123")
                .originationIdentity("Shop"))).get();

        assertThat(otps.latestFor("+447700900123").region()).isEqualTo("eu-west-1");
    }

    @Test
    void anotherRegionAndAccountKeepTheirOwnApplications(PinpointClient pinpoint, PinpointMockServer server) {
        pinpoint.createApp(r -> r.createApplicationRequest(a -> a.name("ireland")));

        try (PinpointClient virginia = server.newClient("us-east-1", "999988887777")) {
            virginia.createApp(r -> r.createApplicationRequest(a -> a.name("virginia")));

            assertThat(virginia.getApps(r -> { }).applicationsResponse().item()).singleElement()
                    .satisfies(app -> assertThat(app.arn()).contains(":us-east-1:999988887777:apps/"));
        }
        assertThat(pinpoint.getApps(r -> { }).applicationsResponse().item())
                .allSatisfy(app -> assertThat(app.arn()).contains(":eu-west-1:123456789012:apps/"));
    }
}
