package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.model.ApplicationSettingsResource;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.EventStream;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;

class SettingsAndEventStreamTest {

    private static final ServerFixture FIXTURE = new ServerFixture();
    private static final String STREAM = "arn:aws:kinesis:us-east-1:000000000000:stream/pinpoint-events";
    private static final String ROLE = "arn:aws:iam::000000000000:role/pinpoint-events";

    private String appId;

    @BeforeEach
    void createApp() {
        appId = FIXTURE.createApp("settings");
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private ApplicationSettingsResource settings() {
        return FIXTURE.client.getApplicationSettings(r -> r.applicationId(appId)).applicationSettingsResource();
    }

    @Test
    void aNewApplicationHasEmptySettings() {
        ApplicationSettingsResource settings = settings();

        assertThat(settings.applicationId()).isEqualTo(appId);
        assertThat(settings.campaignHook()).isNotNull();
        assertThat(settings.limits().daily()).isNull();
        assertThat(settings.quietTime().start()).isNull();
        assertThat(settings.lastModifiedDate()).endsWith("Z");
    }

    @Test
    void anUpdateReplacesWhatItSendsAndKeepsTheRest() {
        FIXTURE.client.updateApplicationSettings(r -> r.applicationId(appId).writeApplicationSettingsRequest(
                w -> w.quietTime(q -> q.start("22:00").end("07:00")).limits(l -> l.daily(5))));
        FIXTURE.server.clock().advance(Duration.ofMinutes(5));
        Instant before = FIXTURE.server.clock().now();

        ApplicationSettingsResource updated = FIXTURE.client.updateApplicationSettings(r -> r.applicationId(appId)
                .writeApplicationSettingsRequest(w -> w.limits(l -> l.total(10)).cloudWatchMetricsEnabled(true)))
                .applicationSettingsResource();

        assertThat(updated.quietTime().start()).isEqualTo("22:00");
        assertThat(updated.limits().total()).isEqualTo(10);
        assertThat(updated.limits().daily()).isNull();
        assertThat(Instant.parse(updated.lastModifiedDate())).isAfterOrEqualTo(before.minusMillis(1));
        assertThat(settings()).isEqualTo(updated);
    }

    @Test
    void settingsOutOfTheirDocumentedRangesAreBadRequests() {
        assertThatThrownBy(() -> FIXTURE.client.updateApplicationSettings(r -> r.applicationId(appId)
                .writeApplicationSettingsRequest(w -> w.limits(l -> l.daily(101)))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Limits.Daily");
        assertThatThrownBy(() -> FIXTURE.client.updateApplicationSettings(r -> r.applicationId(appId)
                .writeApplicationSettingsRequest(w -> w.quietTime(q -> q.start("10pm")))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("HH:MM");
    }

    @Test
    void theEventStreamIsPutReadAndDeleted() {
        EventStream put = FIXTURE.client.putEventStream(r -> r.applicationId(appId)
                .writeEventStream(w -> w.destinationStreamArn(STREAM).roleArn(ROLE))).eventStream();

        assertThat(put.applicationId()).isEqualTo(appId);
        assertThat(put.destinationStreamArn()).isEqualTo(STREAM);
        assertThat(put.roleArn()).isEqualTo(ROLE);
        assertThat(put.lastModifiedDate()).endsWith("Z");
        assertThat(FIXTURE.client.getEventStream(r -> r.applicationId(appId)).eventStream()).isEqualTo(put);
        assertThat(FIXTURE.client.deleteEventStream(r -> r.applicationId(appId)).eventStream()).isEqualTo(put);
        assertThatThrownBy(() -> FIXTURE.client.getEventStream(r -> r.applicationId(appId)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Resource not found"));
    }

    @Test
    void getOrDeleteWithNoEventStreamIsNotFound() {
        assertThatThrownBy(() -> FIXTURE.client.getEventStream(r -> r.applicationId(appId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> FIXTURE.client.deleteEventStream(r -> r.applicationId(appId)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anEventStreamNeedsAStreamArnAndARoleArn() {
        assertThatThrownBy(() -> FIXTURE.client.putEventStream(r -> r.applicationId(appId)
                .writeEventStream(w -> w.destinationStreamArn("my-stream").roleArn(ROLE))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("DestinationStreamArn");
        assertThatThrownBy(() -> FIXTURE.client.putEventStream(r -> r.applicationId(appId)
                .writeEventStream(w -> w.destinationStreamArn(STREAM))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Missing RoleArn");
    }

    @Test
    void deletingTheAppDeletesItsSettingsAndEventStream() {
        FIXTURE.client.putEventStream(r -> r.applicationId(appId)
                .writeEventStream(w -> w.destinationStreamArn(STREAM).roleArn(ROLE)));
        FIXTURE.client.deleteApp(r -> r.applicationId(appId));

        assertThatThrownBy(() -> FIXTURE.client.getEventStream(r -> r.applicationId(appId)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Application not found"));
        assertThatThrownBy(this::settings).isInstanceOf(NotFoundException.class);
    }
}
