package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.ApplicationResponse;
import software.amazon.awssdk.services.pinpoint.model.ApplicationsResponse;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;

class AppsTest {

    private final ServerFixture fixture = new ServerFixture();
    private static final List<ServerFixture> OPEN = new ArrayList<>();

    AppsTest() {
        synchronized (OPEN) {
            OPEN.add(fixture);
        }
    }

    @AfterAll
    static void close() {
        OPEN.forEach(ServerFixture::close);
    }

    @Test
    void createAppAnswersWithIdArnDateAndTags() {
        fixture.server.clock().freeze().setTo(Instant.parse("2026-12-03T10:15:30.123456Z"));

        ApplicationResponse app = fixture.client.createApp(r -> r.createApplicationRequest(
                a -> a.name("shop").tags(Map.of("team", "growth")))).applicationResponse();

        assertThat(app.id()).matches("[0-9a-f]{32}");
        assertThat(app.arn()).isEqualTo("arn:aws:mobiletargeting:us-east-1:000000000000:apps/" + app.id());
        assertThat(app.name()).isEqualTo("shop");
        assertThat(app.creationDate()).isEqualTo("2026-12-03T10:15:30.123Z");
        assertThat(app.tags()).containsExactly(Map.entry("team", "growth"));
    }

    @Test
    void getAppAnswersWhatCreateAppAnswered() {
        ApplicationResponse created = fixture.client.createApp(r -> r.createApplicationRequest(a -> a.name("x")))
                .applicationResponse();

        assertThat(fixture.client.getApp(r -> r.applicationId(created.id())).applicationResponse())
                .isEqualTo(created);
    }

    @Test
    void getAppsPagesThroughEveryAppInCreationOrder() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(fixture.createApp("app-" + i));
            fixture.server.clock().advance(java.time.Duration.ofMillis(5));
        }

        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String current = token;
            ApplicationsResponse page = fixture.client.getApps(r -> r.pageSize("2").token(current))
                    .applicationsResponse();
            page.item().forEach(app -> seen.add(app.id()));
            token = page.nextToken();
            pages++;
        } while (token != null);

        assertThat(seen).containsExactlyElementsOf(created);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void getAppsWithoutAppsAnswersAnEmptyList() {
        ApplicationsResponse page = fixture.client.getApps(r -> { }).applicationsResponse();

        assertThat(page.item()).isEmpty();
        assertThat(page.nextToken()).isNull();
    }

    @Test
    void getAppsRefusesABadPageSizeOrToken() {
        assertThatThrownBy(() -> fixture.client.getApps(r -> r.pageSize("ten")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("page-size");
        assertThatThrownBy(() -> fixture.client.getApps(r -> r.pageSize("0")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("page-size");
        assertThatThrownBy(() -> fixture.client.getApps(r -> r.token("not-a-token")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Invalid token");
    }

    @Test
    void deleteAppAnswersTheAppAndForgetsEverythingUnderIt() {
        String appId = fixture.createApp("doomed");
        String arn = fixture.client.getApp(r -> r.applicationId(appId)).applicationResponse().arn();
        fixture.client.tagResource(r -> r.resourceArn(arn).tagsModel(t -> t.tags(Map.of("k", "v"))));
        fixture.client.sendOTPMessage(r -> r.applicationId(appId).sendOTPMessageRequestParameters(p -> p
                .brandName("b").channel("SMS").destinationIdentity("+15555550100")
                .originationIdentity("+15555550199").referenceId("ref")));

        ApplicationResponse deleted = fixture.client.deleteApp(r -> r.applicationId(appId)).applicationResponse();

        assertThat(deleted.id()).isEqualTo(appId);
        assertThat(deleted.tags()).containsEntry("k", "v");
        assertThatThrownBy(() -> fixture.client.getApp(r -> r.applicationId(appId)))
                .isInstanceOf(NotFoundException.class).hasMessageStartingWith("Application not found");
        assertThatThrownBy(() -> fixture.client.verifyOTPMessage(r -> r.applicationId(appId)
                .verifyOTPMessageRequestParameters(v -> v.referenceId("ref").destinationIdentity("+15555550100")
                        .otp("123456"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixture.client.listTagsForResource(r -> r.resourceArn(arn)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixture.client.deleteApp(r -> r.applicationId(appId)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void createAppNeedsANonEmptyName() {
        assertThatThrownBy(() -> fixture.client.createApp(r -> r.createApplicationRequest(a -> a.tags(Map.of()))))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("Missing Name");
        assertThatThrownBy(() -> fixture.client.createApp(r -> r.createApplicationRequest(a -> a.name(" "))))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void aClientForAnAccountThatIsNotTwelveDigitsIsRefused() {
        assertThatThrownBy(() -> fixture.server.newClient("eu-west-1", "abc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("account must be 12 digits, not abc");
    }

    @Test
    void eachRegionKeepsItsOwnApps() {
        String east = fixture.createApp("east");

        try (PinpointClient west = fixture.server.newClient("eu-west-1")) {
            ApplicationResponse app = west.createApp(r -> r.createApplicationRequest(a -> a.name("west")))
                    .applicationResponse();

            assertThat(app.arn()).startsWith("arn:aws:mobiletargeting:eu-west-1:000000000000:apps/");
            assertThat(west.getApps(r -> { }).applicationsResponse().item())
                    .extracting(ApplicationResponse::id).containsExactly(app.id());
            assertThatThrownBy(() -> west.getApp(r -> r.applicationId(east))).isInstanceOf(NotFoundException.class);
        }
    }
}
