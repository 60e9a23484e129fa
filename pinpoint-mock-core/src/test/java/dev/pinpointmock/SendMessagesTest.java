package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.pinpoint.model.AddressConfiguration;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.DeliveryStatus;
import software.amazon.awssdk.services.pinpoint.model.DirectMessageConfiguration;
import software.amazon.awssdk.services.pinpoint.model.EndpointMessageResult;
import software.amazon.awssdk.services.pinpoint.model.EndpointRequest;
import software.amazon.awssdk.services.pinpoint.model.EndpointSendConfiguration;
import software.amazon.awssdk.services.pinpoint.model.MessageRequest;
import software.amazon.awssdk.services.pinpoint.model.MessageResponse;
import software.amazon.awssdk.services.pinpoint.model.MessageResult;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;

class SendMessagesTest {

    private static final ServerFixture FIXTURE = new ServerFixture();
    private static final String FROM = "shop@example.com";

    private String appId;

    @BeforeEach
    void createAppWithChannels() {
        appId = FIXTURE.createApp("messaging");
        FIXTURE.client.updateSmsChannel(r -> r.applicationId(appId).smsChannelRequest(s -> s.senderId("Shop")));
        FIXTURE.client.updateEmailChannel(r -> r.applicationId(appId).emailChannelRequest(e -> e.fromAddress(FROM)
                .identity("arn:aws:ses:us-east-1:000000000000:identity/example.com")));
        FIXTURE.client.updateGcmChannel(r -> r.applicationId(appId).gcmChannelRequest(g -> g.apiKey("key")));
        FIXTURE.client.updateApnsChannel(r -> r.applicationId(appId)
                .apnsChannelRequest(a -> a.certificate("c").privateKey("k")));
        FIXTURE.client.updateAdmChannel(r -> r.applicationId(appId)
                .admChannelRequest(a -> a.clientId("i").clientSecret("s")));
        FIXTURE.client.updateBaiduChannel(r -> r.applicationId(appId)
                .baiduChannelRequest(b -> b.apiKey("a").secretKey("s")));
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private MessageResponse send(Consumer<MessageRequest.Builder> message) {
        return FIXTURE.client.sendMessages(r -> r.applicationId(appId).messageRequest(message)).messageResponse();
    }

    private void endpoint(String endpointId, Consumer<EndpointRequest.Builder> endpoint) {
        FIXTURE.client.updateEndpoint(r -> r.applicationId(appId).endpointId(endpointId).endpointRequest(endpoint));
    }

    private static AddressConfiguration on(String channelType) {
        return AddressConfiguration.builder().channelType(channelType).build();
    }

    private static DirectMessageConfiguration sms(String body) {
        return DirectMessageConfiguration.builder().smsMessage(s -> s.body(body)).build();
    }

    private DeliveredMessage delivered(String address) {
        return FIXTURE.server.messages().find(m -> m.applicationId().equals(appId) && m.address().equals(address))
                .orElseThrow();
    }

    @Test
    void addressesAreAnsweredInResultKeyedByTheAddressExactlyAsSent() {
        MessageResponse response = send(m -> m.messageConfiguration(sms("Your order shipped"))
                .addresses(Map.of("+12065550100", on("SMS"))));

        assertThat(response.applicationId()).isEqualTo(appId);
        assertThat(response.requestId()).matches("[0-9a-f-]{36}");
        assertThat(response.endpointResult()).isEmpty();
        MessageResult result = response.result().get("+12065550100");
        assertThat(result.deliveryStatus()).isEqualTo(DeliveryStatus.SUCCESSFUL);
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.messageId()).matches("[a-z0-9]{40}");
        assertThat(result.statusMessage()).isEqualTo("MessageId: " + result.messageId());

        DeliveredMessage message = delivered("+12065550100");
        assertThat(message.body()).isEqualTo("Your order shipped");
        assertThat(message.channel()).isEqualTo("SMS");
        assertThat(message.operation()).isEqualTo("SendMessages");
        assertThat(message.messageId()).isEqualTo(result.messageId());
        assertThat(message.originationIdentity()).isEqualTo("Shop");
        assertThat(message.endpointId()).isNull();
    }

    @Test
    void endpointsAreAnsweredInEndpointResultWithTheirAddress() {
        endpoint("testendpoint", e -> e.channelType("SMS").address("+12345678900").user(u -> u.userId("ann")));

        MessageResponse response = send(m -> m.messageConfiguration(sms("hello, how are you?"))
                .endpoints(Map.of("testendpoint", EndpointSendConfiguration.builder().build())));

        assertThat(response.result()).isEmpty();
        EndpointMessageResult result = response.endpointResult().get("testendpoint");
        assertThat(result.address()).isEqualTo("+12345678900");
        assertThat(result.deliveryStatus()).isEqualTo(DeliveryStatus.SUCCESSFUL);
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.statusMessage()).isEqualTo("MessageId: " + result.messageId());
        DeliveredMessage message = delivered("+12345678900");
        assertThat(message.endpointId()).isEqualTo("testendpoint");
        assertThat(message.userId()).isEqualTo("ann");
    }

    @Test
    void aFailingRecipientFailsInItsOwnResultWhileTheOthersSucceed() {
        endpoint("good", e -> e.channelType("SMS").address("+12065550101"));
        endpoint("opted-out", e -> e.channelType("SMS").address("+12065550102").optOut("ALL"));
        endpoint("no-address", e -> e.channelType("SMS").optOut("ALL"));
        endpoint("voice", e -> e.channelType("VOICE").address("+12065550103"));
        endpoint("custom", e -> e.channelType("CUSTOM").address("https://hooks.example.com"));
        FIXTURE.client.updateSmsChannel(r -> r.applicationId(appId).smsChannelRequest(s -> s.enabled(true)));

        MessageResponse response = send(m -> m.messageConfiguration(sms("hi"))
                .addresses(Map.of("12345", on("SMS"), "+12065550104", on("SMS")))
                .endpoints(Map.of("good", EndpointSendConfiguration.builder().build(),
                        "missing", EndpointSendConfiguration.builder().build(),
                        "opted-out", EndpointSendConfiguration.builder().build(),
                        "no-address", EndpointSendConfiguration.builder().build(),
                        "voice", EndpointSendConfiguration.builder().build(),
                        "custom", EndpointSendConfiguration.builder().build())));

        Map<String, EndpointMessageResult> byEndpoint = response.endpointResult();
        assertThat(byEndpoint.get("good").deliveryStatus()).isEqualTo(DeliveryStatus.SUCCESSFUL);
        assertFailed(byEndpoint.get("missing"), DeliveryStatus.PERMANENT_FAILURE, 404, "Endpoint does not exist");
        assertFailed(byEndpoint.get("opted-out"), DeliveryStatus.OPT_OUT, 400, "Endpoint is opted out");
        assertFailed(byEndpoint.get("no-address"), DeliveryStatus.PERMANENT_FAILURE, 400, "Endpoint has no address");
        assertFailed(byEndpoint.get("voice"), DeliveryStatus.PERMANENT_FAILURE, 400, "VOICE channel is not enabled");
        assertFailed(byEndpoint.get("custom"), DeliveryStatus.PERMANENT_FAILURE, 400,
                "Channel CUSTOM does not support direct messages");
        assertThat(byEndpoint.get("voice").address()).isEqualTo("+12065550103");
        assertThat(response.result().get("12345").deliveryStatus()).isEqualTo(DeliveryStatus.PERMANENT_FAILURE);
        assertThat(response.result().get("12345").statusMessage()).isEqualTo("Invalid phone number");
        assertThat(response.result().get("12345").messageId()).isNull();
        assertThat(response.result().get("+12065550104").deliveryStatus()).isEqualTo(DeliveryStatus.SUCCESSFUL);
        assertThat(FIXTURE.server.messages().allTo("+12065550102")).isEmpty();
    }

    private static void assertFailed(EndpointMessageResult result, DeliveryStatus status, int code, String message) {
        assertThat(result.deliveryStatus()).isEqualTo(status);
        assertThat(result.statusCode()).isEqualTo(code);
        assertThat(result.statusMessage()).isEqualTo(message);
        assertThat(result.messageId()).isNull();
    }

    @Test
    void aDisabledChannelFailsItsRecipients() {
        FIXTURE.client.updateSmsChannel(r -> r.applicationId(appId).smsChannelRequest(s -> s.enabled(false)));

        MessageResult result = send(m -> m.messageConfiguration(sms("hi"))
                .addresses(Map.of("+12065550105", on("SMS")))).result().get("+12065550105");

        assertThat(result.deliveryStatus()).isEqualTo(DeliveryStatus.PERMANENT_FAILURE);
        assertThat(result.statusMessage()).isEqualTo("SMS channel is not enabled");
    }

    @Test
    void anInactiveEndpointIsNotSentTo() {
        endpoint("first", e -> e.channelType("SMS").address("+12065550106"));
        endpoint("second", e -> e.channelType("SMS").address("+12065550106"));

        Map<String, EndpointMessageResult> results = send(m -> m.messageConfiguration(sms("hi"))
                .endpoints(Map.of("first", EndpointSendConfiguration.builder().build(),
                        "second", EndpointSendConfiguration.builder().build()))).endpointResult();

        assertThat(results.get("first").statusMessage()).isEqualTo("Endpoint is inactive");
        assertThat(results.get("second").deliveryStatus()).isEqualTo(DeliveryStatus.SUCCESSFUL);
    }

    @Test
    void smsCarriesItsTypeAndOriginationNumber() {
        send(m -> m.messageConfiguration(c -> c.smsMessage(s -> s.body("Code 1234").messageType("TRANSACTIONAL")
                .originationNumber("+12065550199"))).addresses(Map.of("+12065550107", on("SMS"))));

        DeliveredMessage message = delivered("+12065550107");
        assertThat(message.messageType()).isEqualTo("TRANSACTIONAL");
        assertThat(message.originationIdentity()).isEqualTo("+12065550199");
    }

    @Test
    void emailCarriesSubjectTextAndHtmlFromTheChannelsAddress() {
        send(m -> m.messageConfiguration(c -> c.emailMessage(e -> e.simpleEmail(s -> s
                        .subject(p -> p.data("Welcome"))
                        .textPart(p -> p.data("Hello in text"))
                        .htmlPart(p -> p.data("<p>Hello</p>")))))
                .addresses(Map.of("Ann@Example.com", on("EMAIL"))));

        DeliveredMessage message = delivered("Ann@Example.com");
        assertThat(message.subject()).isEqualTo("Welcome");
        assertThat(message.body()).isEqualTo("Hello in text");
        assertThat(message.htmlBody()).isEqualTo("<p>Hello</p>");
        assertThat(message.originationIdentity()).isEqualTo(FROM);
    }

    @Test
    void aRawEmailIsDeliveredAsItsText() {
        send(m -> m.messageConfiguration(c -> c.emailMessage(e -> e.fromAddress("other@example.com")
                        .rawEmail(r -> r.data(SdkBytes.fromUtf8String("Subject: Hi\r\n\r\nRaw body")))))
                .addresses(Map.of("raw@example.com", on("EMAIL"))));

        DeliveredMessage message = delivered("raw@example.com");
        assertThat(message.body()).isEqualTo("Subject: Hi\r\n\r\nRaw body");
        assertThat(message.originationIdentity()).isEqualTo("other@example.com");
    }

    @Test
    void aRecipientWithoutAMessageForItsChannelFails() {
        endpoint("mailbox", e -> e.channelType("EMAIL").address("nomsg@example.com"));

        EndpointMessageResult result = send(m -> m.messageConfiguration(c -> c.apnsMessage(a -> a.body("push")))
                .endpoints(Map.of("mailbox", EndpointSendConfiguration.builder().build())))
                .endpointResult().get("mailbox");

        assertThat(result.deliveryStatus()).isEqualTo(DeliveryStatus.PERMANENT_FAILURE);
        assertThat(result.statusCode()).isEqualTo(400);
        assertThat(result.statusMessage()).isEqualTo("Either template or email message must be specified");
    }

    @Test
    void pushChannelsUseTheirOwnMessageThenTheDefaultPushMessageThenTheDefaultMessage() {
        send(m -> m.messageConfiguration(c -> c
                        .gcmMessage(g -> g.title("GCM title").body("GCM body").data(Map.of("orderId", "42")))
                        .apnsMessage(a -> a.title("APNs title").body("APNs body"))
                        .admMessage(a -> a.body("ADM body"))
                        .defaultPushNotificationMessage(d -> d.title("Default title").body("Default push body"))
                        .defaultMessage(d -> d.body("Plain default")))
                .addresses(Map.of("gcm-token", on("GCM"), "apns-token", on("APNS"), "adm-token", on("ADM"),
                        "baidu-token", on("BAIDU"))));

        assertThat(delivered("gcm-token").title()).isEqualTo("GCM title");
        assertThat(delivered("gcm-token").data()).containsEntry("orderId", "42");
        assertThat(delivered("apns-token").body()).isEqualTo("APNs body");
        assertThat(delivered("adm-token").body()).isEqualTo("ADM body");
        assertThat(delivered("adm-token").title()).isEqualTo("Default title");
        assertThat(delivered("baidu-token").body()).isEqualTo("Default push body");
    }

    @Test
    void theDefaultMessageServesSmsVoiceAndEmail() {
        FIXTURE.client.updateVoiceChannel(r -> r.applicationId(appId).voiceChannelRequest(v -> v.enabled(true)));

        send(m -> m.messageConfiguration(c -> c.defaultMessage(d -> d.body("Same everywhere")))
                .addresses(Map.of("+12065550108", on("SMS"), "+12065550109", on("VOICE"),
                        "all@example.com", on("EMAIL"))));

        assertThat(delivered("+12065550108").body()).isEqualTo("Same everywhere");
        assertThat(delivered("+12065550109").body()).isEqualTo("Same everywhere");
        assertThat(delivered("+12065550109").channel()).isEqualTo("VOICE");
        assertThat(delivered("all@example.com").body()).isEqualTo("Same everywhere");
    }

    @Test
    void voiceCarriesItsOriginationNumber() {
        FIXTURE.client.updateVoiceChannel(r -> r.applicationId(appId).voiceChannelRequest(v -> v.enabled(true)));

        send(m -> m.messageConfiguration(c -> c.voiceMessage(v -> v.body("Your code is 1 2 3")
                .originationNumber("+12065550198").languageCode("en-US").voiceId("Joanna")))
                .addresses(Map.of("+12065550110", on("VOICE"))));

        assertThat(delivered("+12065550110").body()).isEqualTo("Your code is 1 2 3");
        assertThat(delivered("+12065550110").originationIdentity()).isEqualTo("+12065550198");
    }

    @Test
    void recipientOverridesWinAndContextAndTraceIdAreKept() {
        AddressConfiguration override = AddressConfiguration.builder().channelType("GCM")
                .bodyOverride("Just for you").titleOverride("Hi Ann").context(Map.of("tier", "gold")).build();

        send(m -> m.messageConfiguration(c -> c.gcmMessage(g -> g.title("Hi").body("Everyone")))
                .addresses(Map.of("override-token", override))
                .context(Map.of("campaign", "spring", "tier", "basic"))
                .traceId("trace-1"));

        DeliveredMessage message = delivered("override-token");
        assertThat(message.body()).isEqualTo("Just for you");
        assertThat(message.title()).isEqualTo("Hi Ann");
        assertThat(message.context()).containsOnly(Map.entry("campaign", "spring"), Map.entry("tier", "gold"));
        assertThat(message.traceId()).isEqualTo("trace-1");
    }

    @Test
    void substitutionsAndEndpointVariablesFillTheTextOfADirectMessage() {
        endpoint("ann-phone", e -> e.channelType("SMS").address("+12065550111")
                .user(u -> u.userId("ann").userAttributes(Map.of("FirstName", List.of("Ann")))));

        send(m -> m.messageConfiguration(c -> c
                        .defaultMessage(d -> d.substitutions(Map.of("Shop", List.of("Default shop")))
                                .body("unused"))
                        .smsMessage(s -> s.body("Hi {{User.UserAttributes.FirstName}}, {{Shop}} has {{Item}}")
                                .substitutions(Map.of("Item", List.of("tea")))))
                .endpoints(Map.of("ann-phone", EndpointSendConfiguration.builder()
                        .substitutions(Map.of("Item", List.of("cake"))).build())));

        assertThat(delivered("+12065550111").body()).isEqualTo("Hi Ann, Default shop has cake");
    }

    @Test
    void aTemplateTheSendNamesRendersWhenTheMessageHasNoContentForTheChannel() {
        String template = "welcome-" + appId;
        FIXTURE.client.createSmsTemplate(r -> r.templateName(template)
                .smsTemplateRequest(t -> t.body("Welcome, {{User.UserAttributes.FirstName}}!")));
        FIXTURE.client.createEmailTemplate(r -> r.templateName(template).emailTemplateRequest(t -> t
                .subject("Hello {{User.UserAttributes.FirstName}}").htmlPart("<b>{{Attributes.Plan}}</b>")));
        endpoint("bea-phone", e -> e.channelType("SMS").address("+12065550116")
                .user(u -> u.userId("bea").userAttributes(Map.of("FirstName", List.of("Bea")))));
        endpoint("bea-mail", e -> e.channelType("EMAIL").address("bea@example.com")
                .attributes(Map.of("Plan", List.of("<pro>"))).user(u -> u.userId("bea")));

        send(m -> m.messageConfiguration(c -> c.smsMessage(s -> s.messageType("PROMOTIONAL")))
                .templateConfiguration(t -> t.smsTemplate(s -> s.name(template))
                        .emailTemplate(s -> s.name(template)))
                .endpoints(Map.of("bea-phone", EndpointSendConfiguration.builder().build(),
                        "bea-mail", EndpointSendConfiguration.builder().build())));

        assertThat(delivered("+12065550116").body()).isEqualTo("Welcome, Bea!");
        assertThat(delivered("+12065550116").messageType()).isEqualTo("PROMOTIONAL");
        assertThat(delivered("bea@example.com").subject()).isEqualTo("Hello Bea");
        assertThat(delivered("bea@example.com").htmlBody()).isEqualTo("<b>&lt;pro&gt;</b>");
    }

    @Test
    void aSendNamingATemplateThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> send(m -> m.messageConfiguration(c -> { })
                .templateConfiguration(t -> t.smsTemplate(s -> s.name("no-such-template")))
                .addresses(Map.of("+12065550114", on("SMS")))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSendWithoutRecipientsOrWithTooManyIsABadRequest() {
        assertThatThrownBy(() -> send(m -> m.messageConfiguration(sms("hi"))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Missing Addresses or Endpoints");

        Map<String, AddressConfiguration> many = new java.util.HashMap<>();
        for (int i = 0; i < 101; i++) {
            many.put("+1206555" + (5000 + i), on("SMS"));
        }
        assertThatThrownBy(() -> send(m -> m.messageConfiguration(sms("hi")).addresses(many)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("at most 100");
    }

    @Test
    void aSendWithoutMessageConfigurationIsMissingIt() {
        assertThatThrownBy(() -> send(m -> m.addresses(Map.of("+12065550112", on("SMS")))))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("Missing MessageConfiguration");
    }

    @Test
    void aSendToAnUnknownApplicationIsNotFound() {
        assertThatThrownBy(() -> FIXTURE.client.sendMessages(r -> r.applicationId("0".repeat(32))
                .messageRequest(m -> m.messageConfiguration(sms("hi"))
                        .addresses(Map.of("+12065550113", on("SMS"))))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theInspectorWaitsBoundedlyAndExplainsWhatWasDelivered() {
        send(m -> m.messageConfiguration(sms("first")).addresses(Map.of("+12065550115", on("SMS"))));

        assertThat(FIXTURE.server.messages().awaitTo("+12065550115", Duration.ofSeconds(5)).body())
                .isEqualTo("first");
        assertThatThrownBy(() -> FIXTURE.server.messages().awaitTo("+19999999999", Duration.ofMillis(20)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No message was delivered to address +19999999999");
        assertThat(FIXTURE.server.messages().allOn("sms")).extracting(DeliveredMessage::address)
                .contains("+12065550115");
    }
}
