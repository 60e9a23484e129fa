package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.APNSChannelResponse;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.ChannelResponse;
import software.amazon.awssdk.services.pinpoint.model.EmailChannelResponse;
import software.amazon.awssdk.services.pinpoint.model.GCMChannelResponse;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.SMSChannelResponse;

class ChannelTest {

    private static final ServerFixture FIXTURE = new ServerFixture();
    private static final String IDENTITY = "arn:aws:ses:us-east-1:000000000000:identity/example.com";

    private String appId;

    @BeforeEach
    void createApp() {
        appId = FIXTURE.createApp("channels");
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    /** Each channel with a valid update, its get and its delete, through the SDK's own operations. */
    enum Channel {
        ADM("adm",
                (c, app) -> c.updateAdmChannel(r -> r.applicationId(app).admChannelRequest(
                        a -> a.clientId("client").clientSecret("adm-secret"))).admChannelResponse(),
                (c, app) -> c.getAdmChannel(r -> r.applicationId(app)).admChannelResponse(),
                (c, app) -> c.deleteAdmChannel(r -> r.applicationId(app)).admChannelResponse()),
        APNS("apns",
                (c, app) -> c.updateApnsChannel(r -> r.applicationId(app).apnsChannelRequest(
                        a -> a.certificate("cert-secret").privateKey("key-secret"))).apnsChannelResponse(),
                (c, app) -> c.getApnsChannel(r -> r.applicationId(app)).apnsChannelResponse(),
                (c, app) -> c.deleteApnsChannel(r -> r.applicationId(app)).apnsChannelResponse()),
        APNS_SANDBOX("apns_sandbox",
                (c, app) -> c.updateApnsSandboxChannel(r -> r.applicationId(app).apnsSandboxChannelRequest(
                        a -> a.tokenKey("token-secret").tokenKeyId("KID").bundleId("com.example").teamId("TEAM")))
                        .apnsSandboxChannelResponse(),
                (c, app) -> c.getApnsSandboxChannel(r -> r.applicationId(app)).apnsSandboxChannelResponse(),
                (c, app) -> c.deleteApnsSandboxChannel(r -> r.applicationId(app)).apnsSandboxChannelResponse()),
        APNS_VOIP("apns_voip",
                (c, app) -> c.updateApnsVoipChannel(r -> r.applicationId(app).apnsVoipChannelRequest(
                        a -> a.certificate("cert-secret").privateKey("key-secret"))).apnsVoipChannelResponse(),
                (c, app) -> c.getApnsVoipChannel(r -> r.applicationId(app)).apnsVoipChannelResponse(),
                (c, app) -> c.deleteApnsVoipChannel(r -> r.applicationId(app)).apnsVoipChannelResponse()),
        APNS_VOIP_SANDBOX("apns_voip_sandbox",
                (c, app) -> c.updateApnsVoipSandboxChannel(r -> r.applicationId(app)
                        .apnsVoipSandboxChannelRequest(a -> a.certificate("cert-secret").privateKey("key-secret")))
                        .apnsVoipSandboxChannelResponse(),
                (c, app) -> c.getApnsVoipSandboxChannel(r -> r.applicationId(app))
                        .apnsVoipSandboxChannelResponse(),
                (c, app) -> c.deleteApnsVoipSandboxChannel(r -> r.applicationId(app))
                        .apnsVoipSandboxChannelResponse()),
        BAIDU("baidu",
                (c, app) -> c.updateBaiduChannel(r -> r.applicationId(app).baiduChannelRequest(
                        b -> b.apiKey("baidu-key").secretKey("baidu-secret"))).baiduChannelResponse(),
                (c, app) -> c.getBaiduChannel(r -> r.applicationId(app)).baiduChannelResponse(),
                (c, app) -> c.deleteBaiduChannel(r -> r.applicationId(app)).baiduChannelResponse()),
        EMAIL("email",
                (c, app) -> c.updateEmailChannel(r -> r.applicationId(app).emailChannelRequest(
                        e -> e.fromAddress("shop@example.com").identity(IDENTITY))).emailChannelResponse(),
                (c, app) -> c.getEmailChannel(r -> r.applicationId(app)).emailChannelResponse(),
                (c, app) -> c.deleteEmailChannel(r -> r.applicationId(app)).emailChannelResponse()),
        GCM("gcm",
                (c, app) -> c.updateGcmChannel(r -> r.applicationId(app).gcmChannelRequest(
                        g -> g.apiKey("fcm-server-key"))).gcmChannelResponse(),
                (c, app) -> c.getGcmChannel(r -> r.applicationId(app)).gcmChannelResponse(),
                (c, app) -> c.deleteGcmChannel(r -> r.applicationId(app)).gcmChannelResponse()),
        SMS("sms",
                (c, app) -> c.updateSmsChannel(r -> r.applicationId(app).smsChannelRequest(s -> s.enabled(true)))
                        .smsChannelResponse(),
                (c, app) -> c.getSmsChannel(r -> r.applicationId(app)).smsChannelResponse(),
                (c, app) -> c.deleteSmsChannel(r -> r.applicationId(app)).smsChannelResponse()),
        VOICE("voice",
                (c, app) -> c.updateVoiceChannel(r -> r.applicationId(app).voiceChannelRequest(v -> v.enabled(true)))
                        .voiceChannelResponse(),
                (c, app) -> c.getVoiceChannel(r -> r.applicationId(app)).voiceChannelResponse(),
                (c, app) -> c.deleteVoiceChannel(r -> r.applicationId(app)).voiceChannelResponse());

        interface Call {
            SdkPojo call(PinpointClient client, String appId);
        }

        final String id;
        final Call update;
        final Call get;
        final Call delete;

        Channel(String id, Call update, Call get, Call delete) {
            this.id = id;
            this.update = update;
            this.get = get;
            this.delete = delete;
        }
    }

    private static Object member(SdkPojo pojo, String name) {
        return pojo.sdkFields().stream().filter(f -> f.memberName().equals(name)).findFirst()
                .map(f -> f.getValueOrDefault(pojo)).orElse(null);
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void everyChannelIsCreatedReadUpdatedAndDeleted(Channel channel) {
        assertThatThrownBy(() -> channel.get.call(FIXTURE.client, appId)).isInstanceOf(NotFoundException.class);

        SdkPojo created = channel.update.call(FIXTURE.client, appId);
        assertThat(member(created, "ApplicationId")).isEqualTo(appId);
        assertThat(member(created, "Id")).isEqualTo(channel.id);
        assertThat(member(created, "Platform")).isEqualTo(channel.name());
        assertThat(member(created, "Enabled")).isEqualTo(true);
        assertThat(member(created, "IsArchived")).isEqualTo(false);
        assertThat(member(created, "Version")).isEqualTo(1);
        assertThat((String) member(created, "CreationDate")).endsWith("Z");

        FIXTURE.server.clock().advance(Duration.ofMinutes(1));
        SdkPojo updated = channel.update.call(FIXTURE.client, appId);
        assertThat(member(updated, "Version")).isEqualTo(2);
        assertThat(member(updated, "CreationDate")).isEqualTo(member(created, "CreationDate"));
        assertThat(member(updated, "LastModifiedDate")).isNotEqualTo(member(created, "LastModifiedDate"));
        assertThat(channel.get.call(FIXTURE.client, appId)).isEqualTo(updated);

        assertThat(channel.delete.call(FIXTURE.client, appId)).isEqualTo(updated);
        assertThatThrownBy(() -> channel.get.call(FIXTURE.client, appId)).isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void noResponseEchoesASecret(Channel channel) {
        SdkPojo created = channel.update.call(FIXTURE.client, appId);

        assertThat(created.toString()).doesNotContain("adm-secret", "baidu-secret", "baidu-key", "cert-secret",
                "key-secret", "token-secret", "fcm-server-key");
        assertThat(member(created, "Credential")).isNull();
    }

    @Test
    void anApnsChannelSaysWhichCredentialsItHas() {
        APNSChannelResponse certificate = (APNSChannelResponse) Channel.APNS.update.call(FIXTURE.client, appId);
        var token = FIXTURE.client.updateApnsSandboxChannel(r -> r.applicationId(appId).apnsSandboxChannelRequest(
                a -> a.tokenKey("token-secret").tokenKeyId("KID").bundleId("com.example").teamId("TEAM")))
                .apnsSandboxChannelResponse();

        assertThat(certificate.hasCredential()).isTrue();
        assertThat(certificate.hasTokenKey()).isFalse();
        assertThat(certificate.defaultAuthenticationMethod()).isEqualTo("CERTIFICATE");
        assertThat(token.hasTokenKey()).isTrue();
        assertThat(token.defaultAuthenticationMethod()).isEqualTo("TOKEN");
    }

    @Test
    void anUpdateMergesIntoTheStoredChannel() {
        FIXTURE.client.updateSmsChannel(r -> r.applicationId(appId).smsChannelRequest(
                s -> s.senderId("Shop").shortCode("12345")));

        SMSChannelResponse disabled = FIXTURE.client.updateSmsChannel(r -> r.applicationId(appId)
                .smsChannelRequest(s -> s.enabled(false))).smsChannelResponse();

        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.senderId()).isEqualTo("Shop");
        assertThat(disabled.shortCode()).isEqualTo("12345");
        assertThat(disabled.promotionalMessagesPerSecond()).isEqualTo(20);
        assertThat(disabled.transactionalMessagesPerSecond()).isEqualTo(20);
    }

    @Test
    void theEmailChannelShowsItsSenderButTheGcmChannelOnlyThatItHasAKey() {
        EmailChannelResponse email = (EmailChannelResponse) Channel.EMAIL.update.call(FIXTURE.client, appId);
        GCMChannelResponse gcm = (GCMChannelResponse) Channel.GCM.update.call(FIXTURE.client, appId);

        assertThat(email.fromAddress()).isEqualTo("shop@example.com");
        assertThat(email.identity()).isEqualTo(IDENTITY);
        assertThat(email.messagesPerSecond()).isEqualTo(1);
        assertThat(gcm.hasCredential()).isTrue();
        assertThat(gcm.hasFcmServiceCredentials()).isFalse();
        assertThat(gcm.defaultAuthenticationMethod()).isEqualTo("KEY");
    }

    @Test
    void channelsWithoutCredentialsAreBadRequests() {
        assertThatThrownBy(() -> FIXTURE.client.updateApnsChannel(r -> r.applicationId(appId)
                .apnsChannelRequest(a -> a.enabled(true))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Missing credentials");
        assertThatThrownBy(() -> FIXTURE.client.updateGcmChannel(r -> r.applicationId(appId)
                .gcmChannelRequest(g -> g.enabled(true))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Missing credentials");
        assertThatThrownBy(() -> FIXTURE.client.updateAdmChannel(r -> r.applicationId(appId)
                .admChannelRequest(a -> a.clientId("only-id"))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Missing ClientSecret");
        assertThatThrownBy(() -> FIXTURE.client.updateEmailChannel(r -> r.applicationId(appId)
                .emailChannelRequest(e -> e.fromAddress("not-an-address").identity(IDENTITY))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("FromAddress");
    }

    @Test
    void deletingAChannelThatIsNotThereAnswersItsIdentity() {
        SMSChannelResponse deleted = FIXTURE.client.deleteSmsChannel(r -> r.applicationId(appId))
                .smsChannelResponse();

        assertThat(deleted.applicationId()).isEqualTo(appId);
        assertThat(deleted.id()).isEqualTo("sms");
        assertThat(deleted.platform()).isEqualTo("SMS");
    }

    @Test
    void getChannelsListsEveryConfiguredChannelAndInApp() {
        Channel.SMS.update.call(FIXTURE.client, appId);
        Channel.GCM.update.call(FIXTURE.client, appId);

        Map<String, ChannelResponse> channels = FIXTURE.client.getChannels(r -> r.applicationId(appId))
                .channelsResponse().channels();

        assertThat(channels).containsOnlyKeys("SMS", "GCM", "IN_APP");
        assertThat(channels.get("GCM").hasCredential()).isTrue();
        assertThat(channels.get("GCM").id()).isEqualTo("gcm");
        assertThat(channels.get("SMS").hasCredential()).isNull();
        assertThat(channels.get("IN_APP").enabled()).isTrue();
        assertThat(channels.get("IN_APP").version()).isZero();
    }

    @Test
    void deletingTheAppDeletesItsChannels() {
        Channel.SMS.update.call(FIXTURE.client, appId);
        FIXTURE.client.deleteApp(r -> r.applicationId(appId));

        assertThatThrownBy(() -> Channel.SMS.get.call(FIXTURE.client, appId))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Application not found"));
    }

}
