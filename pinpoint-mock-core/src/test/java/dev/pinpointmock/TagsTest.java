package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;

class TagsTest {

    private static final ServerFixture FIXTURE = new ServerFixture();

    private String arn;

    @BeforeEach
    void createApp() {
        String id = FIXTURE.createApp("tagged");
        arn = "arn:aws:mobiletargeting:us-east-1:000000000000:apps/" + id;
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private Map<String, String> tags() {
        return FIXTURE.client.listTagsForResource(r -> r.resourceArn(arn)).tagsModel().tags();
    }

    @Test
    void tagsAddUpAndReplaceValuesOfTheSameKey() {
        FIXTURE.client.tagResource(r -> r.resourceArn(arn).tagsModel(t -> t.tags(Map.of("a", "1", "b", "2"))));
        FIXTURE.client.tagResource(r -> r.resourceArn(arn).tagsModel(t -> t.tags(Map.of("b", "3", "c", ""))));

        assertThat(tags()).containsOnly(Map.entry("a", "1"), Map.entry("b", "3"), Map.entry("c", ""));
    }

    @Test
    void untagRemovesEachNamedKey() {
        FIXTURE.client.tagResource(r -> r.resourceArn(arn).tagsModel(t -> t.tags(Map.of("a", "1", "b", "2",
                "c", "3"))));

        FIXTURE.client.untagResource(r -> r.resourceArn(arn).tagKeys("a", "c", "never-set"));

        assertThat(tags()).containsOnly(Map.entry("b", "2"));
    }

    @Test
    void anAppWithoutTagsListsAnEmptyMap() {
        assertThat(tags()).isEmpty();
    }

    @Test
    void anArnOfNothingIsNotFound() {
        String missing = "arn:aws:mobiletargeting:us-east-1:000000000000:apps/" + "f".repeat(32);
        String otherRegion = arn.replace("us-east-1", "eu-west-1");

        assertThatThrownBy(() -> FIXTURE.client.listTagsForResource(r -> r.resourceArn(missing)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> FIXTURE.client.tagResource(r -> r.resourceArn(otherRegion)
                .tagsModel(t -> t.tags(Map.of("a", "1"))))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aMalformedArnIsABadRequest() {
        assertThatThrownBy(() -> FIXTURE.client.listTagsForResource(r -> r.resourceArn("not-an-arn")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Invalid ARN");
    }

    @Test
    void tagLimitsAreEnforcedAndNothingIsStoredOnRefusal() {
        Map<String, String> tooMany = new HashMap<>();
        for (int i = 0; i < 51; i++) {
            tooMany.put("k" + i, "v");
        }

        for (Map<String, String> refused : List.of(tooMany, Map.of("aws:owner", "me"),
                Map.of("k".repeat(129), "v"), Map.of("k", "v".repeat(257)))) {
            assertThatThrownBy(() -> FIXTURE.client.tagResource(r -> r.resourceArn(arn)
                    .tagsModel(t -> t.tags(refused)))).isInstanceOf(BadRequestException.class);
        }
        assertThat(tags()).isEmpty();
    }

    @Test
    void theLimitCountsTheTagsAResourceAlreadyHas() {
        Map<String, String> forty = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            forty.put("k" + i, "v");
        }
        Map<String, String> elevenMore = new HashMap<>();
        for (int i = 40; i < 51; i++) {
            elevenMore.put("k" + i, "v");
        }
        FIXTURE.client.tagResource(r -> r.resourceArn(arn).tagsModel(t -> t.tags(forty)));

        assertThatThrownBy(() -> FIXTURE.client.tagResource(r -> r.resourceArn(arn)
                .tagsModel(t -> t.tags(elevenMore)))).isInstanceOf(BadRequestException.class);
        assertThat(tags()).hasSize(40);
    }

    @Test
    void untagNeedsAtLeastOneKey() {
        assertThatThrownBy(() -> FIXTURE.client.untagResource(r -> r.resourceArn(arn)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("TagKeys");
    }
}
