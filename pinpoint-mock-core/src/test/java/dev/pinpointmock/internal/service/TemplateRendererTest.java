package dev.pinpointmock.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pinpointmock.MockClock;
import dev.pinpointmock.internal.state.Ids;
import dev.pinpointmock.internal.state.ServiceState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.model.Action;
import software.amazon.awssdk.services.pinpoint.model.Alignment;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.ButtonAction;
import software.amazon.awssdk.services.pinpoint.model.ChannelType;
import software.amazon.awssdk.services.pinpoint.model.CreateSmsTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.GetSmsTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.InAppMessageContent;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.SMSTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.Template;
import software.amazon.awssdk.services.pinpoint.model.TemplateType;
import software.amazon.awssdk.services.pinpoint.model.UpdateSmsTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.UpdateTemplateActiveVersionRequest;

/** The renderer called as the messaging code calls it, on templates made by the template handlers. */
class TemplateRendererTest {

    private final MockClock clock = MockClock.system().freeze();
    private final ServiceState state = new ServiceState(clock, Ids.seeded(7), 7, 100);
    private final CallContext context = new CallContext(state, state.partition("000000000000", "us-east-1"), "r-1");

    private static final EndpointResponse SOFIA = EndpointResponse.builder()
            .id("endpoint-1")
            .address("+15555550100")
            .channelType(ChannelType.SMS)
            .attributes(Map.of("Plan", List.of("gold"), "Colors", List.of("red", "blue", "yellow")))
            .location(l -> l.city("Los Angeles").country("US"))
            .metrics(Map.of("Visits", 3.0, "Score", 4.5))
            .user(u -> u.userId("user-1").userAttributes(Map.of("FirstName", List.of("Sofia"),
                    "Last Name", List.of("Santos"), "Age", List.of("22"))))
            .build();

    private void sms(String name, String body, String defaults) {
        SmsTemplateHandlers.create(context, CreateSmsTemplateRequest.builder().templateName(name)
                .smsTemplateRequest(s -> s.body(body).defaultSubstitutions(defaults)).build());
    }

    private String renderSms(String body, MessageVariables variables) {
        String name = "t" + Integer.toHexString(body.hashCode() & 0xfffffff) + System.nanoTime();
        sms(name, body, null);
        return TemplateRenderer.render(context, TemplateReference.active(name, TemplateType.SMS), variables,
                RenderedTemplate.Sms.class).body();
    }

    private static MessageVariables sofia() {
        return MessageVariables.builder().endpoint(SOFIA).build();
    }

    @Test
    void anSmsBodyRendersTheEndpointsFieldsAttributesAndUserAttributes() {
        String body = "Hi {{User.UserAttributes.FirstName}} ({{Attributes.Plan}}) at {{Address}} via {{ChannelType}}"
                + " in {{Location.City}}, {{Metrics.Visits}} visits, score {{Metrics.Score}}, user {{User.UserId}},"
                + " endpoint {{Id}}";

        assertThat(renderSms(body, sofia())).isEqualTo("Hi Sofia (gold) at +15555550100 via SMS in Los Angeles,"
                + " 3 visits, score 4.5, user user-1, endpoint endpoint-1");
    }

    @Test
    void aMissingVariableRendersAsNothing() {
        assertThat(renderSms("Hi {{User.UserAttributes.Nickname}}, {{Nowhere.At.All}}!", sofia())).isEqualTo("Hi , !");
    }

    @Test
    void aListPrintsItsFirstValueAndIndexesEachAndJoinSeeThemAll() {
        String body = "{{Attributes.Colors}}|{{Attributes.Colors.[1]}}|{{#each Attributes.Colors}}{{@index}}={{this}} "
                + "{{/each}}|{{join Attributes.Colors \", \"}}|{{User.UserAttributes.[Last Name].[0]}}";

        assertThat(renderSms(body, sofia())).isEqualTo("red|blue|0=red 1=blue 2=yellow |red, blue, yellow|Santos");
    }

    @Test
    void defaultSubstitutionsFillOnlyTheVariablesARecipientLacks() {
        sms("defaults", "Hi {{User.UserAttributes.FirstName}}, your {{User.UserAttributes.Activity}} record",
                "{\"User.UserAttributes.FirstName\":\"friend\",\"User.UserAttributes.Activity\":\"running\"}");
        TemplateReference reference = TemplateReference.active("defaults", TemplateType.SMS);

        String forSofia = TemplateRenderer.render(context, reference, sofia(), RenderedTemplate.Sms.class).body();
        String forNobody = TemplateRenderer.render(context, reference, MessageVariables.none(),
                RenderedTemplate.Sms.class).body();

        assertThat(forSofia).isEqualTo("Hi Sofia, your running record");
        assertThat(forNobody).isEqualTo("Hi friend, your running record");
    }

    @Test
    void substitutionsOverrideDefaultsAndTheEndpointAndLaterSubstitutionsWin() {
        sms("substituted", "{{Greeting}} {{User.UserAttributes.FirstName}}, code {{Code}}",
                "{\"Greeting\":\"Hello\",\"Code\":\"none\"}");
        MessageVariables variables = MessageVariables.builder()
                .endpoint(SOFIA)
                .substitutions(Map.of("Greeting", List.of("Hey", "Hi"), "Code", List.of("111")))
                .substitutions(Map.of("Code", List.of("222"), "User.UserAttributes.FirstName", List.of("Sof")))
                .build();

        assertThat(TemplateRenderer.render(context, TemplateReference.active("substituted", TemplateType.SMS),
                variables, RenderedTemplate.Sms.class).body()).isEqualTo("Hey Sof, code 222");
    }

    @Test
    void theConditionalHelpersOfTheUserGuideWork() {
        String body = "{{#if User.UserAttributes.FirstName.[0]}}Hello {{User.UserAttributes.FirstName.[0]}}"
                + "{{else}}Hello{{/if}}|{{#eq Attributes.Plan.[0] \"gold\"}}vip{{else}}regular{{/eq}}"
                + "|{{#gte User.UserAttributes.Age.[0] \"18\"}}adult{{else}}minor{{/gte}}"
                + "|{{#and (eq Location.City \"Los Angeles\") (eq Location.Country \"US\")}}LA{{else}}not LA{{/and}}"
                + "|{{#not (eq Attributes.Plan.[0] \"gold\")}}no{{else}}yes{{/not}}"
                + "|{{#or (eq Location.City \"Seattle\") (eq Location.City \"Los Angeles\")}}west{{/or}}";

        assertThat(renderSms(body, sofia())).isEqualTo("Hello Sofia|vip|adult|LA|yes|west");
    }

    @Test
    void theStringHelpersOfTheUserGuideWork() {
        String body = "{{upper User.UserAttributes.[Last Name].[0]}} {{lower \"JANE\"}}"
                + " {{capitalizeFirst (lower \"JANE\")}}"
                + " {{abbreviate \"Alejandro\" 6}} {{replace Location.City \" \" \"_\"}} {{slugify Location.City}}"
                + " {{substring Location.City 4 9}} {{cut Location.City \"e\"}} {{stripTags \"<h1>Art</h1>\"}}";

        assertThat(renderSms(body, sofia()))
                .isEqualTo("SANTOS jane Jane Ale... Los_Angeles los-angeles Angel Los Angls Art");
    }

    @Test
    void theMathAndEncodingHelpersOfTheUserGuideWork() {
        String body = "{{add 5 2.3}} {{subtract 5 2.3}} {{multiply 5 2.3}} {{divide 5 2.3}} {{modulo 7 2}}"
                + " {{ceiling 5.23}} {{floor 5.23}} {{round 19.21}} {{add User.UserAttributes.Age.[0] 1}}"
                + " {{encode64 \"Hello World\"}} {{decode64 \"SGVsbG8gV29ybGQ=\"}} {{md5 \"Hello World\"}}"
                + " {{sha256 \"Hello World\"}}";

        assertThat(renderSms(body, sofia())).isEqualTo("7.3 2.7 11.5 2.17391304 1 6 5 19 23 SGVsbG8gV29ybGQ= "
                + "Hello World b10a8db164e0754105b7a99be72e3fe5 "
                + "a591a6d40bf420404a011733cfb7b190d62c65bf0bcda32b57b277d9ad9f146e");
    }

    @Test
    void inflectOrdinalizeAndUuidWork() {
        String body = "{{inflect 3 \"apple\" \"apples\" includeCount=true}} {{inflect 1 \"apple\" \"apples\"}}"
                + " {{ordinalize User.UserAttributes.Age.[0]}} {{ordinalize 11}} {{ordinalize 101}} {{uuid}}";

        assertThat(renderSms(body, sofia())).matches("3 apples apple 22nd 11th 101st [0-9a-f-]{36}");
    }

    @Test
    void nowAndDateFormatFollowTheServerClock() {
        clock.setTo(Instant.parse("2020-09-19T18:00:00Z"));
        String body = "{{now}}|{{now \"full\" tz=\"America/Los_Angeles\"}}|{{now \"yyyy-MM-dd\"}}"
                + "|{{dateFormat \"09/19/2020\" inputFormat=\"MM/dd/yyyy\" outputFormat=\"long\"}}"
                + "|{{dateFormat CreationDate outputFormat=\"short\"}}";
        MessageVariables variables = MessageVariables.builder().variable("CreationDate", "2019-06-30T11:45:25.220Z")
                .build();

        assertThat(renderSms(body, variables))
                .isEqualTo("Sep 19, 2020|Saturday, September 19, 2020|2020-09-19|September 19, 2020|6/30/19");
    }

    @Test
    void inlinePartialsWork() {
        String body = "{{#* inline \"fullName\"}}{{User.UserAttributes.FirstName.[0]}}"
                + "{{#if User.UserAttributes.[Last Name].[0]}} {{User.UserAttributes.[Last Name].[0]}}{{/if}}"
                + "{{/inline}}Hello {{> fullName}}";

        assertThat(renderSms(body, sofia())).isEqualTo("Hello Sofia Santos");
    }

    @Test
    void onlyTheHtmlPartOfAnEmailEscapesValues() {
        EmailTemplateHandlers.create(context, software.amazon.awssdk.services.pinpoint.model.CreateEmailTemplateRequest
                .builder().templateName("escape").emailTemplateRequest(e -> e.subject("For {{Name}}")
                        .htmlPart("<p>{{Name}} {{{Name}}}</p>").textPart("{{Name}}")
                        .headers(h -> h.name("X-Name").value("{{Name}}"))).build());
        MessageVariables variables = MessageVariables.builder().variable("Name", "Tom & <Jerry>").build();

        RenderedTemplate.Email email = TemplateRenderer.render(context,
                TemplateReference.active("escape", TemplateType.EMAIL), variables, RenderedTemplate.Email.class);

        assertThat(email.subject()).isEqualTo("For Tom & <Jerry>");
        assertThat(email.htmlPart()).isEqualTo("<p>Tom &amp; &lt;Jerry&gt; Tom & <Jerry></p>");
        assertThat(email.textPart()).isEqualTo("Tom & <Jerry>");
        assertThat(email.headers()).singleElement().satisfies(header -> {
            assertThat(header.name()).isEqualTo("X-Name");
            assertThat(header.value()).isEqualTo("Tom & <Jerry>");
        });
        assertThat(email.version()).isEqualTo(1);
        assertThat(email.type()).isEqualTo(TemplateType.EMAIL);
    }

    @Test
    void everyPartOfAPushTemplateRenders() {
        PushTemplateHandlers.create(context, software.amazon.awssdk.services.pinpoint.model.CreatePushTemplateRequest
                .builder().templateName("push").pushNotificationTemplateRequest(p -> p
                        .defaultValue(d -> d.title("Hi {{User.UserAttributes.FirstName}}")
                                .body("Plan {{Attributes.Plan}}")
                                .action(Action.URL).url("https://example.com/{{User.UserId}}"))
                        .apns(a -> a.title("iOS {{User.UserAttributes.FirstName}}").mediaUrl("https://m/{{Id}}.png"))
                        .gcm(g -> g.body("Android {{Location.City}}").imageUrl("https://i/{{Id}}"))
                        .adm(a -> a.title("ADM {{Id}}"))
                        .baidu(b -> b.title("Baidu {{Id}}"))).build());

        RenderedTemplate.Push push = TemplateRenderer.render(context,
                TemplateReference.active("push", TemplateType.PUSH), sofia(), RenderedTemplate.Push.class);

        assertThat(push.defaultPart().title()).isEqualTo("Hi Sofia");
        assertThat(push.defaultPart().body()).isEqualTo("Plan gold");
        assertThat(push.defaultPart().url()).isEqualTo("https://example.com/user-1");
        assertThat(push.defaultPart().action()).isEqualTo(Action.URL);
        assertThat(push.apns().title()).isEqualTo("iOS Sofia");
        assertThat(push.apns().mediaUrl()).isEqualTo("https://m/endpoint-1.png");
        assertThat(push.gcm().body()).isEqualTo("Android Los Angeles");
        assertThat(push.gcm().imageUrl()).isEqualTo("https://i/endpoint-1");
        assertThat(push.adm().title()).isEqualTo("ADM endpoint-1");
        assertThat(push.baidu().title()).isEqualTo("Baidu endpoint-1");
    }

    @Test
    void voiceAndInAppTemplatesRender() {
        VoiceTemplateHandlers.create(context, software.amazon.awssdk.services.pinpoint.model.CreateVoiceTemplateRequest
                .builder().templateName("call").voiceTemplateRequest(v -> v
                        .body("Hello {{User.UserAttributes.FirstName}}")
                        .languageCode("en-US").voiceId("Joanna")).build());
        InAppMessageContent modal = InAppMessageContent.builder().backgroundColor("#FFFFFF")
                .headerConfig(h -> h.header("Welcome {{User.UserAttributes.FirstName}}").alignment(Alignment.CENTER)
                        .textColor("#000000"))
                .bodyConfig(b -> b.body("You are on {{Attributes.Plan}}").alignment(Alignment.LEFT)
                        .textColor("#000000"))
                .primaryBtn(p -> p.defaultConfig(d -> d.text("Go {{User.UserId}}").buttonAction(ButtonAction.LINK)
                        .link("https://example.com/{{Id}}")))
                .build();
        InAppTemplateHandlers.create(context, software.amazon.awssdk.services.pinpoint.model.CreateInAppTemplateRequest
                .builder().templateName("banner").inAppTemplateRequest(i -> i.content(modal)
                        .customConfig(Map.of("k", "{{Id}}"))).build());

        RenderedTemplate.Voice voice = TemplateRenderer.render(context,
                TemplateReference.active("call", TemplateType.VOICE), sofia(), RenderedTemplate.Voice.class);
        RenderedTemplate.InApp inApp = TemplateRenderer.render(context,
                TemplateReference.active("banner", TemplateType.INAPP), sofia(), RenderedTemplate.InApp.class);

        assertThat(voice.body()).isEqualTo("Hello Sofia");
        assertThat(voice.languageCode()).isEqualTo("en-US");
        assertThat(voice.voiceId()).isEqualTo("Joanna");
        InAppMessageContent rendered = inApp.content().get(0);
        assertThat(rendered.headerConfig().header()).isEqualTo("Welcome Sofia");
        assertThat(rendered.bodyConfig().body()).isEqualTo("You are on gold");
        assertThat(rendered.primaryBtn().defaultConfig().text()).isEqualTo("Go user-1");
        assertThat(rendered.primaryBtn().defaultConfig().link()).isEqualTo("https://example.com/endpoint-1");
        assertThat(rendered.backgroundColor()).isEqualTo("#FFFFFF");
        assertThat(inApp.customConfig()).containsOnly(Map.entry("k", "{{Id}}"));
    }

    @Test
    void theRendererUsesTheVersionGetReturnsTheActiveOneUnlessTheReferenceNamesOne() {
        sms("versioned", "one {{Name}}", null);
        SmsTemplateHandlers.update(context, UpdateSmsTemplateRequest.builder().templateName("versioned")
                .createNewVersion(true).smsTemplateRequest(SMSTemplateRequest.builder().body("two {{Name}}").build())
                .build());
        MessageVariables variables = MessageVariables.builder().variable("Name", "x").build();
        Consumer<String> activeIs = expected -> {
            String rendered = TemplateRenderer.render(context, TemplateReference.active("versioned", TemplateType.SMS),
                    variables, RenderedTemplate.Sms.class).body();
            String stored = SmsTemplateHandlers.get(context, GetSmsTemplateRequest.builder().templateName("versioned")
                    .build()).smsTemplateResponse().body();
            assertThat(rendered).isEqualTo(expected);
            assertThat(stored.replace("{{Name}}", "x")).isEqualTo(rendered);
        };

        activeIs.accept("one x");
        TemplateListHandlers.updateActiveVersion(context, UpdateTemplateActiveVersionRequest.builder()
                .templateName("versioned").templateType("SMS").templateActiveVersionRequest(a -> a.version("2"))
                .build());
        activeIs.accept("two x");

        Template pinned = Template.builder().name("versioned").version("1").build();
        assertThat(TemplateRenderer.render(context, TemplateReference.of(pinned, TemplateType.SMS), variables,
                RenderedTemplate.Sms.class).body()).isEqualTo("one x");
    }

    @Test
    void anUnknownTemplateOrVersionIsNotFound() {
        sms("known", "hi", null);

        assertThatThrownBy(() -> TemplateRenderer.render(context, TemplateReference.active("unknown", TemplateType.SMS),
                MessageVariables.none())).isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("Template not found");
        assertThatThrownBy(() -> TemplateRenderer.render(context, TemplateReference.active("known", TemplateType.EMAIL),
                MessageVariables.none())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> TemplateRenderer.render(context, new TemplateReference("known", TemplateType.SMS, "4"),
                MessageVariables.none())).isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("Template version not found");
    }

    @Test
    void aPartThatIsNotValidHandlebarsIsABadRequestNamingThePart() {
        sms("broken", "Hi {{#if Name}}unclosed", null);
        sms("no-such-helper", "Hi {{shout Name}}", null);

        assertThatThrownBy(() -> TemplateRenderer.render(context, TemplateReference.active("broken", TemplateType.SMS),
                MessageVariables.none())).isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("The Body of template broken cannot be rendered");
        assertThatThrownBy(() -> TemplateRenderer.render(context,
                TemplateReference.active("no-such-helper", TemplateType.SMS), MessageVariables.none()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("The Body of template no-such-helper cannot be rendered");
    }

    @Test
    void aDirectMessageBodyRendersItsSubstitutions() {
        MessageVariables variables = MessageVariables.builder()
                .substitutions(Map.of("Code", List.of("1234"))).build();

        assertThat(TemplateRenderer.renderText(context, "Your code is {{Code}} & more", variables))
                .isEqualTo("Your code is 1234 & more");
    }
}
