package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.TemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.TemplateType;
import software.amazon.awssdk.services.pinpoint.model.TemplatesResponse;

/** ListTemplates, the tags of templates, and the partition templates belong to. */
class TemplateListTest {

    private static final ServerFixture FIXTURE = new ServerFixture();
    private static final Set<String> LISTED = Set.of("order-shipped", "order-placed", "welcome", "banner");

    @BeforeAll
    static void createTemplates() {
        FIXTURE.client.createSmsTemplate(r -> r.templateName("order-shipped").smsTemplateRequest(s -> s.body("s")));
        FIXTURE.client.createEmailTemplate(r -> r.templateName("order-shipped").emailTemplateRequest(e -> e
                .subject("Shipped").templateDescription("described").defaultSubstitutions("{}")));
        FIXTURE.client.createVoiceTemplate(r -> r.templateName("order-placed").voiceTemplateRequest(v -> v.body("v")));
        FIXTURE.client.createPushTemplate(r -> r.templateName("welcome").pushNotificationTemplateRequest(p -> p
                .defaultValue(d -> d.body("hi"))));
        FIXTURE.client.createInAppTemplate(r -> r.templateName("banner").inAppTemplateRequest(i -> i
                .templateDescription("in-app")));
        FIXTURE.client.updateSmsTemplate(r -> r.templateName("order-shipped").createNewVersion(true)
                .smsTemplateRequest(s -> s.body("second")));
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    /** The names of the listed templates that this class's @BeforeAll made; other tests add their own. */
    private static List<String> listed(TemplatesResponse response) {
        return response.item().stream()
                .filter(item -> LISTED.contains(item.templateName()))
                .map(item -> item.templateName() + "/" + item.templateTypeAsString())
                .toList();
    }

    @Test
    void listsEveryTemplateByNameThenTypeWithItsActiveVersion() {
        TemplatesResponse all = FIXTURE.client.listTemplates(r -> { }).templatesResponse();

        assertThat(listed(all)).containsExactly("banner/INAPP", "order-placed/VOICE", "order-shipped/EMAIL",
                "order-shipped/SMS", "welcome/PUSH");
        assertThat(all.nextToken()).isNull();
        TemplateResponse sms = all.item().stream()
                .filter(item -> item.templateName().equals("order-shipped") && item.templateType() == TemplateType.SMS)
                .findFirst().orElseThrow();
        assertThat(sms.version()).isEqualTo("1");
        assertThat(sms.creationDate()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        assertThat(sms.lastModifiedDate()).isGreaterThanOrEqualTo(sms.creationDate());
    }

    @Test
    void anItemLeavesOutWhatTheApiReferenceSaysItDoesNotInclude() {
        TemplateResponse email = FIXTURE.client.listTemplates(r -> r.prefix("order-shipped").templateType("EMAIL"))
                .templatesResponse().item().get(0);

        assertThat(email.arn()).isNull();
        assertThat(email.templateDescription()).isNull();
        assertThat(email.defaultSubstitutions()).isNull();
        assertThat(email.hasTags()).isFalse();
        assertThat(email.templateType()).isEqualTo(TemplateType.EMAIL);
    }

    @Test
    void thePrefixMatchesTheStartOfTheName() {
        assertThat(listed(FIXTURE.client.listTemplates(r -> r.prefix("order-")).templatesResponse()))
                .containsExactly("order-placed/VOICE", "order-shipped/EMAIL", "order-shipped/SMS");
        assertThat(listed(FIXTURE.client.listTemplates(r -> r.prefix("shipped")).templatesResponse())).isEmpty();
    }

    @Test
    void theTemplateTypeFiltersInEitherCase() {
        assertThat(listed(FIXTURE.client.listTemplates(r -> r.templateType("SMS")).templatesResponse()))
                .containsExactly("order-shipped/SMS");
        assertThat(listed(FIXTURE.client.listTemplates(r -> r.templateType("inapp")).templatesResponse()))
                .containsExactly("banner/INAPP");
        assertThatThrownBy(() -> FIXTURE.client.listTemplates(r -> r.templateType("LETTER")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("Template type LETTER is not valid");
    }

    @Test
    void pagesFollowTheNextToken() {
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            String current = token;
            TemplatesResponse page = FIXTURE.client.listTemplates(r -> r.pageSize("2").nextToken(current))
                    .templatesResponse();
            assertThat(page.item()).hasSizeLessThanOrEqualTo(2);
            seen.addAll(listed(page));
            token = page.nextToken();
        } while (token != null);

        assertThat(seen).containsExactly("banner/INAPP", "order-placed/VOICE", "order-shipped/EMAIL",
                "order-shipped/SMS", "welcome/PUSH");
    }

    @Test
    void aBadPageSizeOrTokenIsABadRequest() {
        assertThatThrownBy(() -> FIXTURE.client.listTemplates(r -> r.pageSize("many")))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("page-size must be a number");
        assertThatThrownBy(() -> FIXTURE.client.listTemplates(r -> r.nextToken("e30")))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("Invalid token");
    }

    @Test
    void templatesBelongToTheirRegion() {
        try (PinpointClient europe = FIXTURE.server.newClient("eu-west-1")) {
            assertThat(europe.listTemplates(r -> { }).templatesResponse().item()).isEmpty();
            assertThatThrownBy(() -> europe.getSmsTemplate(r -> r.templateName("order-shipped")))
                    .isInstanceOf(NotFoundException.class);

            europe.createSmsTemplate(r -> r.templateName("order-shipped").smsTemplateRequest(s -> s.body("eu")));
            assertThat(europe.getSmsTemplate(r -> r.templateName("order-shipped")).smsTemplateResponse().arn())
                    .isEqualTo("arn:aws:mobiletargeting:eu-west-1:000000000000:templates/order-shipped/SMS");
        }
        assertThat(FIXTURE.client.getSmsTemplate(r -> r.templateName("order-shipped")).smsTemplateResponse()
                .body()).isEqualTo("s");
    }

    @Test
    void tagsGivenAtCreationAreTheTemplatesAndTagResourceWorksOnItsArn() {
        FIXTURE.client.createSmsTemplate(r -> r.templateName("tagged").smsTemplateRequest(s -> s.body("b")
                .tags(Map.of("team", "growth"))));
        String arn = "arn:aws:mobiletargeting:us-east-1:000000000000:templates/tagged/SMS";

        FIXTURE.client.tagResource(r -> r.resourceArn(arn).tagsModel(t -> t.tags(Map.of("stage", "test"))));

        assertThat(FIXTURE.client.getSmsTemplate(r -> r.templateName("tagged")).smsTemplateResponse().tags())
                .containsOnly(Map.entry("team", "growth"), Map.entry("stage", "test"));
        assertThat(FIXTURE.client.listTagsForResource(r -> r.resourceArn(arn)).tagsModel().tags())
                .containsOnly(Map.entry("team", "growth"), Map.entry("stage", "test"));
    }

    @Test
    void tagsInAnUpdateAreIgnoredAsAwsDoesSinceTheyWereDeprecated() {
        FIXTURE.client.createSmsTemplate(r -> r.templateName("retagged").smsTemplateRequest(s -> s.body("b")
                .tags(Map.of("a", "1"))));

        FIXTURE.client.updateSmsTemplate(r -> r.templateName("retagged").smsTemplateRequest(s -> s.body("c")
                .tags(Map.of("b", "2"))));

        assertThat(FIXTURE.client.getSmsTemplate(r -> r.templateName("retagged")).smsTemplateResponse().tags())
                .containsOnly(Map.entry("a", "1"));
    }

    @Test
    void deletingATemplateDeletesItsTagsAndItsArnIsThenUnknown() {
        FIXTURE.client.createVoiceTemplate(r -> r.templateName("short-lived").voiceTemplateRequest(v -> v.body("b")
                .tags(Map.of("a", "1"))));
        String arn = "arn:aws:mobiletargeting:us-east-1:000000000000:templates/short-lived/VOICE";

        FIXTURE.client.deleteVoiceTemplate(r -> r.templateName("short-lived"));

        assertThatThrownBy(() -> FIXTURE.client.listTagsForResource(r -> r.resourceArn(arn)))
                .isInstanceOf(NotFoundException.class);
        FIXTURE.client.createVoiceTemplate(r -> r.templateName("short-lived").voiceTemplateRequest(v -> v.body("b")));
        assertThat(FIXTURE.client.listTagsForResource(r -> r.resourceArn(arn)).tagsModel().tags()).isEmpty();
    }

    @Test
    void theArnOfATemplateOfAnotherTypeIsNotFound() {
        String arn = "arn:aws:mobiletargeting:us-east-1:000000000000:templates/welcome/SMS";

        assertThatThrownBy(() -> FIXTURE.client.tagResource(r -> r.resourceArn(arn)
                .tagsModel(t -> t.tags(Map.of("a", "b"))))).isInstanceOf(NotFoundException.class);
    }
}
