package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.model.Action;
import software.amazon.awssdk.services.pinpoint.model.Alignment;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.ButtonAction;
import software.amazon.awssdk.services.pinpoint.model.CreateSmsTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.EmailTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.InAppMessageContent;
import software.amazon.awssdk.services.pinpoint.model.InAppTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.Layout;
import software.amazon.awssdk.services.pinpoint.model.MessageHeader;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.PushNotificationTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.SMSTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.TemplateType;
import software.amazon.awssdk.services.pinpoint.model.UpdateSmsTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.VoiceTemplateResponse;

/** Create, Get, Update and Delete of each of the five template types, and the rules they share. */
class TemplatesTest {

    private static final ServerFixture FIXTURE = new ServerFixture();
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String ISO_MILLIS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private static String uniqueName(String stem) {
        return stem + "-" + NAMES.incrementAndGet();
    }

    private static String arn(String name, String type) {
        return "arn:aws:mobiletargeting:us-east-1:000000000000:templates/" + name + "/" + type;
    }

    private static void createSms(String name, String body) {
        FIXTURE.client.createSmsTemplate(r -> r.templateName(name).smsTemplateRequest(s -> s.body(body)));
    }

    @Test
    void createAnswers201WithTheArnCreatedAndTheRequestId() {
        String name = uniqueName("Welcome");

        CreateSmsTemplateResponse response = FIXTURE.client.createSmsTemplate(r -> r.templateName(name)
                .smsTemplateRequest(s -> s.body("hello").templateDescription("Test SMS Template")));

        assertThat(response.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(response.createTemplateMessageBody().arn()).isEqualTo(arn(name, "SMS"));
        assertThat(response.createTemplateMessageBody().message()).isEqualTo("Created");
        assertThat(response.createTemplateMessageBody().requestID()).matches("[0-9a-f-]{36}");
    }

    @Test
    void anSmsTemplateReadsBackWithVersionOneAsAString() {
        String name = uniqueName("sms");
        Instant created = FIXTURE.server.clock().now();
        FIXTURE.client.createSmsTemplate(r -> r.templateName(name).smsTemplateRequest(s -> s.body("Hi {{Name}}")
                .templateDescription("greeting").defaultSubstitutions("{\"Name\":\"friend\"}")));

        SMSTemplateResponse sms = FIXTURE.client.getSmsTemplate(r -> r.templateName(name)).smsTemplateResponse();

        assertThat(sms.arn()).isEqualTo(arn(name, "SMS"));
        assertThat(sms.templateName()).isEqualTo(name);
        assertThat(sms.templateType()).isEqualTo(TemplateType.SMS);
        assertThat(sms.version()).isEqualTo("1");
        assertThat(sms.body()).isEqualTo("Hi {{Name}}");
        assertThat(sms.templateDescription()).isEqualTo("greeting");
        assertThat(sms.defaultSubstitutions()).isEqualTo("{\"Name\":\"friend\"}");
        assertThat(sms.tags()).isEmpty();
        assertThat(sms.creationDate()).matches(ISO_MILLIS).isEqualTo(sms.lastModifiedDate());
        assertThat(Instant.parse(sms.creationDate())).isBetween(created.minusMillis(1), created.plusSeconds(5));
    }

    @Test
    void anEmailTemplateKeepsItsSubjectPartsAndHeaders() {
        String name = uniqueName("email");
        MessageHeader header = MessageHeader.builder().name("List-Unsubscribe").value("<{{Attributes.Link}}>").build();
        FIXTURE.client.createEmailTemplate(r -> r.templateName(name).emailTemplateRequest(e -> e
                .subject("Hello {{User.UserAttributes.FirstName}}").htmlPart("<p>Hi</p>").textPart("Hi")
                .headers(header).recommenderId("r-1")));

        EmailTemplateResponse email = FIXTURE.client.getEmailTemplate(r -> r.templateName(name))
                .emailTemplateResponse();

        assertThat(email.arn()).isEqualTo(arn(name, "EMAIL"));
        assertThat(email.templateType()).isEqualTo(TemplateType.EMAIL);
        assertThat(email.subject()).isEqualTo("Hello {{User.UserAttributes.FirstName}}");
        assertThat(email.htmlPart()).isEqualTo("<p>Hi</p>");
        assertThat(email.textPart()).isEqualTo("Hi");
        assertThat(email.headers()).containsExactly(header);
        assertThat(email.recommenderId()).isEqualTo("r-1");
        assertThat(email.hasHeaders()).isTrue();
    }

    @Test
    void aVoiceTemplateKeepsItsLanguageAndVoice() {
        String name = uniqueName("voice");
        FIXTURE.client.createVoiceTemplate(r -> r.templateName(name).voiceTemplateRequest(v -> v
                .body("Your code is {{Code}}").languageCode("en-US").voiceId("Joanna")));

        VoiceTemplateResponse voice = FIXTURE.client.getVoiceTemplate(r -> r.templateName(name))
                .voiceTemplateResponse();

        assertThat(voice.arn()).isEqualTo(arn(name, "VOICE"));
        assertThat(voice.body()).isEqualTo("Your code is {{Code}}");
        assertThat(voice.languageCode()).isEqualTo("en-US");
        assertThat(voice.voiceId()).isEqualTo("Joanna");
        assertThat(voice.version()).isEqualTo("1");
    }

    @Test
    void aPushTemplateKeepsEachPlatformsPart() {
        String name = uniqueName("push");
        FIXTURE.client.createPushTemplate(r -> r.templateName(name).pushNotificationTemplateRequest(p -> p
                .defaultValue(d -> d.title("Sale").body("Today only").action(Action.OPEN_APP))
                .apns(a -> a.title("iOS sale").mediaUrl("https://example.com/a.png").sound("ping"))
                .gcm(g -> g.title("Android sale").imageIconUrl("https://example.com/i.png").action(Action.URL)
                        .url("https://example.com"))));

        PushNotificationTemplateResponse push = FIXTURE.client.getPushTemplate(r -> r.templateName(name))
                .pushNotificationTemplateResponse();

        assertThat(push.arn()).isEqualTo(arn(name, "PUSH"));
        assertThat(push.defaultValue().title()).isEqualTo("Sale");
        assertThat(push.defaultValue().action()).isEqualTo(Action.OPEN_APP);
        assertThat(push.apns().mediaUrl()).isEqualTo("https://example.com/a.png");
        assertThat(push.gcm().url()).isEqualTo("https://example.com");
        assertThat(push.adm()).isNull();
        assertThat(push.baidu()).isNull();
    }

    @Test
    void anInAppTemplateKeepsItsContentLayoutAndCustomConfig() {
        String name = uniqueName("inapp");
        InAppMessageContent modal = InAppMessageContent.builder().backgroundColor("#FFFFFF")
                .headerConfig(h -> h.header("Welcome {{User.UserAttributes.FirstName}}").alignment(Alignment.CENTER)
                        .textColor("#000000"))
                .bodyConfig(b -> b.body("Glad you are here").alignment(Alignment.LEFT).textColor("#000000"))
                .primaryBtn(p -> p.defaultConfig(d -> d.text("Start").buttonAction(ButtonAction.CLOSE)))
                .build();

        var created = FIXTURE.client.createInAppTemplate(r -> r.templateName(name).inAppTemplateRequest(i -> i
                .content(modal).layout(Layout.MIDDLE_BANNER).customConfig(Map.of("screen", "home"))));
        InAppTemplateResponse inApp = FIXTURE.client.getInAppTemplate(r -> r.templateName(name))
                .inAppTemplateResponse();

        assertThat(created.templateCreateMessageBody().arn()).isEqualTo(arn(name, "INAPP"));
        assertThat(created.templateCreateMessageBody().message()).isEqualTo("Created");
        assertThat(inApp.content()).containsExactly(modal);
        assertThat(inApp.layout()).isEqualTo(Layout.MIDDLE_BANNER);
        assertThat(inApp.customConfig()).containsOnly(Map.entry("screen", "home"));
        assertThat(inApp.templateType()).isEqualTo(TemplateType.INAPP);
    }

    @Test
    void updateAnswers202AcceptedAndReplacesTheWholeContent() {
        String name = uniqueName("update");
        FIXTURE.server.clock().freeze();
        FIXTURE.client.createSmsTemplate(r -> r.templateName(name)
                .smsTemplateRequest(s -> s.body("one").templateDescription("first")));
        FIXTURE.server.clock().advance(Duration.ofMinutes(3));

        UpdateSmsTemplateResponse updated = FIXTURE.client.updateSmsTemplate(r -> r.templateName(name)
                .smsTemplateRequest(s -> s.body("two")));
        SMSTemplateResponse sms = FIXTURE.client.getSmsTemplate(r -> r.templateName(name)).smsTemplateResponse();

        assertThat(updated.sdkHttpResponse().statusCode()).isEqualTo(202);
        assertThat(updated.messageBody().message()).isEqualTo("Accepted");
        assertThat(updated.messageBody().requestID()).matches("[0-9a-f-]{36}");
        assertThat(sms.body()).isEqualTo("two");
        assertThat(sms.templateDescription()).isNull();
        assertThat(sms.version()).isEqualTo("1");
        assertThat(Duration.between(Instant.parse(sms.creationDate()), Instant.parse(sms.lastModifiedDate())))
                .isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void deleteAnswers202AndTheTemplateIsGone() {
        String name = uniqueName("delete");
        createSms(name, "bye");

        var deleted = FIXTURE.client.deleteSmsTemplate(r -> r.templateName(name));

        assertThat(deleted.sdkHttpResponse().statusCode()).isEqualTo(202);
        assertThat(deleted.messageBody().message()).isEqualTo("Accepted");
        assertThatThrownBy(() -> FIXTURE.client.getSmsTemplate(r -> r.templateName(name)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUnknownTemplateIsNotFoundForGetUpdateAndDelete() {
        String name = uniqueName("never");
        createSms(name, "an SMS, not an email");

        List<Runnable> calls = List.of(
                () -> FIXTURE.client.getEmailTemplate(r -> r.templateName(name)),
                () -> FIXTURE.client.updateEmailTemplate(r -> r.templateName(name).emailTemplateRequest(e -> e
                        .subject("s"))),
                () -> FIXTURE.client.deleteEmailTemplate(r -> r.templateName(name)),
                () -> FIXTURE.client.getVoiceTemplate(r -> r.templateName("nothing")));

        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(NotFoundException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(404);
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Template not found");
            });
        }
    }

    @Test
    void aSecondTemplateOfTheSameNameAndTypeIsABadRequest() {
        String name = uniqueName("twice");
        createSms(name, "first");

        assertThatThrownBy(() -> createSms(name, "second"))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).isEqualTo("A template named " + name + " of type SMS already exists"));
        assertThat(FIXTURE.client.getSmsTemplate(r -> r.templateName(name)).smsTemplateResponse().body())
                .isEqualTo("first");
    }

    @Test
    void templatesOfDifferentTypesMayShareAName() {
        String name = uniqueName("shared");
        createSms(name, "sms body");
        FIXTURE.client.createVoiceTemplate(r -> r.templateName(name).voiceTemplateRequest(v -> v.body("voice")));

        assertThat(FIXTURE.client.getSmsTemplate(r -> r.templateName(name)).smsTemplateResponse().body())
                .isEqualTo("sms body");
        assertThat(FIXTURE.client.getVoiceTemplate(r -> r.templateName(name)).voiceTemplateResponse().body())
                .isEqualTo("voice");
    }

    @Test
    void templateNamesAreCaseSensitive() {
        String name = uniqueName("Case");
        createSms(name, "upper");
        createSms(name.toLowerCase(), "lower");

        assertThat(FIXTURE.client.getSmsTemplate(r -> r.templateName(name)).smsTemplateResponse().body())
                .isEqualTo("upper");
    }

    @Test
    void anInvalidNameIsABadRequest() {
        for (String name : List.of("_starts-with-underscore", "has.dot", "n".repeat(129))) {
            assertThatThrownBy(() -> createSms(name, "x"))
                    .as(name)
                    .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.awsErrorDetails()
                            .errorMessage()).startsWith("Template name " + name + " is not valid"));
        }
        createSms("n".repeat(128), "the longest name");
    }

    @Test
    void defaultSubstitutionsMustBeAJsonObjectInAString() {
        for (String invalid : List.of("not json", "[\"a\"]", "\"text\"", "{\"unclosed\": ")) {
            assertThatThrownBy(() -> FIXTURE.client.createSmsTemplate(r -> r.templateName(uniqueName("subst"))
                    .smsTemplateRequest(s -> s.body("b").defaultSubstitutions(invalid))))
                    .as(invalid)
                    .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.awsErrorDetails()
                            .errorMessage()).startsWith("DefaultSubstitutions must be a JSON object"));
        }
    }

    @Test
    void anSmsBodyHasAtMost1600Characters() {
        createSms(uniqueName("sms-max"), "x".repeat(1600));

        assertThatThrownBy(() -> createSms(uniqueName("sms-over"), "x".repeat(1601)))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).isEqualTo("An SMS template can have at most 1600 characters, not 1601"));
    }

    @Test
    void anEmailTemplateHasAtMost600000Characters() {
        String name = uniqueName("email-max");
        FIXTURE.client.createEmailTemplate(r -> r.templateName(name).emailTemplateRequest(e -> e
                .subject("s").htmlPart("h".repeat(599_998)).textPart("t")));

        assertThatThrownBy(() -> FIXTURE.client.updateEmailTemplate(r -> r.templateName(name)
                .emailTemplateRequest(e -> e.subject("ss").htmlPart("h".repeat(599_998)).textPart("t"))))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).startsWith("An email template can have at most 600000 characters"));
    }

    @Test
    void pushAndVoiceQuotasApplyToo() {
        assertThatThrownBy(() -> FIXTURE.client.createPushTemplate(r -> r.templateName(uniqueName("push-over"))
                .pushNotificationTemplateRequest(p -> p.defaultValue(d -> d.body("b".repeat(2001))))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("The default parts of a push template can have at most 2000");
        assertThatThrownBy(() -> FIXTURE.client.createVoiceTemplate(r -> r.templateName(uniqueName("voice-over"))
                .voiceTemplateRequest(v -> v.body("b".repeat(10_001)))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("A voice template can have at most 10000");
    }
}
