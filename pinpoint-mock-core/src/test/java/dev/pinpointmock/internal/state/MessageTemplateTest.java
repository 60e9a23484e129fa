package dev.pinpointmock.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.model.SMSTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.TemplateType;

class MessageTemplateTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static MessageTemplate template() {
        return new MessageTemplate("t", TemplateType.SMS, "arn", SMSTemplateRequest.builder().body("1").build(), NOW);
    }

    @Test
    void aTemplateHoldsAtMost5000Versions() {
        MessageTemplate template = template();
        for (int i = 2; i <= MessageTemplate.MAX_VERSIONS; i++) {
            assertThat(template.addVersion(SMSTemplateRequest.builder().body("v").build(), NOW))
                    .isEqualTo(MessageTemplate.Change.DONE);
        }

        assertThat(template.addVersion(SMSTemplateRequest.builder().build(), NOW))
                .isEqualTo(MessageTemplate.Change.TOO_MANY_VERSIONS);
        assertThat(template.versions()).hasSize(5000);
        assertThat(template.removeVersion(2)).isEqualTo(MessageTemplate.Change.DONE);
        assertThat(template.addVersion(SMSTemplateRequest.builder().build(), NOW))
                .isEqualTo(MessageTemplate.Change.DONE);
        assertThat(template.latest().number()).isEqualTo(5001);
    }

    @Test
    void aTemplateDeletedFromItsStoreRefusesLaterChanges() {
        TemplateStore store = new TemplateStore();
        MessageTemplate template = template();
        store.add(template);

        store.remove("t", TemplateType.SMS);

        assertThat(template.addVersion(SMSTemplateRequest.builder().build(), NOW))
                .isEqualTo(MessageTemplate.Change.GONE);
        assertThat(template.overwrite(null, SMSTemplateRequest.builder().build(), NOW))
                .isEqualTo(MessageTemplate.Change.GONE);
        assertThat(template.activate(null)).isEqualTo(MessageTemplate.Change.GONE);
        assertThat(store.find("t", TemplateType.SMS)).isEmpty();
    }
}
