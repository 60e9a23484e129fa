package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.CreateRecommenderConfiguration;
import software.amazon.awssdk.services.pinpoint.model.CreateRecommenderConfigurationResponse;
import software.amazon.awssdk.services.pinpoint.model.ListRecommenderConfigurationsResponse;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.RecommenderConfigurationResponse;

class RecommenderConfigurationsTest {

    private static final ServerFixture FIXTURE = new ServerFixture();
    private static final String CAMPAIGN = "arn:aws:personalize:us-east-1:123456789012:campaign/products";
    private static final String ROLE = "arn:aws:iam::123456789012:role/PinpointPersonalize";
    private static final String ISO_MILLIS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private static CreateRecommenderConfigurationResponse create(
            Consumer<CreateRecommenderConfiguration.Builder> settings) {
        return FIXTURE.client.createRecommenderConfiguration(r -> r.createRecommenderConfiguration(c -> {
            c.recommendationProviderUri(CAMPAIGN).recommendationProviderRoleArn(ROLE)
                    .recommendationsDisplayName("Recommended");
            settings.accept(c);
        }));
    }

    private static String createdId() {
        return create(c -> { }).recommenderConfigurationResponse().id();
    }

    @Test
    void createAnswers201WithAnIdDatesAndTheDocumentedDefaults() {
        CreateRecommenderConfigurationResponse response = create(c -> c.name("Products").description("For shop"));
        RecommenderConfigurationResponse created = response.recommenderConfigurationResponse();

        assertThat(response.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(created.id()).matches("[0-9a-f]{32}");
        assertThat(created.name()).isEqualTo("Products");
        assertThat(created.description()).isEqualTo("For shop");
        assertThat(created.recommendationProviderUri()).isEqualTo(CAMPAIGN);
        assertThat(created.recommendationProviderRoleArn()).isEqualTo(ROLE);
        assertThat(created.recommendationProviderIdType()).isEqualTo("PINPOINT_ENDPOINT_ID");
        assertThat(created.recommendationsPerMessage()).isEqualTo(5);
        assertThat(created.recommendationsDisplayName()).isEqualTo("Recommended");
        assertThat(created.recommendationTransformerUri()).isNull();
        assertThat(created.hasAttributes()).isFalse();
        assertThat(created.creationDate()).matches(ISO_MILLIS).isEqualTo(created.lastModifiedDate());
    }

    @Test
    void aConfigurationWithALambdaKeepsItsAttributes() {
        RecommenderConfigurationResponse created = create(c -> c.recommendationsDisplayName(null)
                .recommendationTransformerUri("transform-recommendations")
                .attributes(Map.of("Title", "Product title", "Price", "Price in USD"))
                .recommendationProviderIdType("PINPOINT_USER_ID").recommendationsPerMessage(3))
                .recommenderConfigurationResponse();

        RecommenderConfigurationResponse read = FIXTURE.client.getRecommenderConfiguration(r -> r
                .recommenderId(created.id())).recommenderConfigurationResponse();

        assertThat(read).isEqualTo(created);
        assertThat(read.attributes()).containsOnly(Map.entry("Title", "Product title"),
                Map.entry("Price", "Price in USD"));
        assertThat(read.recommendationTransformerUri()).isEqualTo("transform-recommendations");
        assertThat(read.recommendationProviderIdType()).isEqualTo("PINPOINT_USER_ID");
        assertThat(read.recommendationsPerMessage()).isEqualTo(3);
    }

    @Test
    void updateReplacesTheSettingsAndKeepsTheIdAndCreationDate() {
        FIXTURE.server.clock().freeze();
        String id = createdId();
        FIXTURE.server.clock().advance(Duration.ofMinutes(10));

        var response = FIXTURE.client.updateRecommenderConfiguration(r -> r.recommenderId(id)
                .updateRecommenderConfiguration(u -> u.recommendationProviderUri(CAMPAIGN)
                        .recommendationProviderRoleArn(ROLE).recommendationsDisplayName("Picks for you")
                        .recommendationsPerMessage(1)));
        RecommenderConfigurationResponse updated = response.recommenderConfigurationResponse();

        assertThat(response.sdkHttpResponse().statusCode()).isEqualTo(200);
        assertThat(updated.id()).isEqualTo(id);
        assertThat(updated.recommendationsDisplayName()).isEqualTo("Picks for you");
        assertThat(updated.recommendationsPerMessage()).isEqualTo(1);
        assertThat(updated.name()).isNull();
        assertThat(Duration.between(Instant.parse(updated.creationDate()), Instant.parse(updated.lastModifiedDate())))
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(FIXTURE.client.getRecommenderConfiguration(r -> r.recommenderId(id))
                .recommenderConfigurationResponse()).isEqualTo(updated);
    }

    @Test
    void deleteAnswersTheDeletedConfigurationAndThenItIsNotFound() {
        String id = createdId();

        RecommenderConfigurationResponse deleted = FIXTURE.client.deleteRecommenderConfiguration(r -> r
                .recommenderId(id)).recommenderConfigurationResponse();

        assertThat(deleted.id()).isEqualTo(id);
        assertThatThrownBy(() -> FIXTURE.client.getRecommenderConfiguration(r -> r.recommenderId(id)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).isEqualTo("Recommender configuration not found"));
    }

    @Test
    void anUnknownIdIsNotFoundForGetUpdateAndDelete() {
        String unknown = "0".repeat(32);

        assertThatThrownBy(() -> FIXTURE.client.getRecommenderConfiguration(r -> r.recommenderId(unknown)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> FIXTURE.client.updateRecommenderConfiguration(r -> r.recommenderId(unknown)
                .updateRecommenderConfiguration(u -> u.recommendationProviderUri(CAMPAIGN)
                        .recommendationProviderRoleArn(ROLE).recommendationsDisplayName("x"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> FIXTURE.client.deleteRecommenderConfiguration(r -> r.recommenderId(unknown)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theListPagesOldestFirstWithPageSizeAndToken() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createdId());
            FIXTURE.server.clock().advance(Duration.ofSeconds(1));
        }

        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            String current = token;
            ListRecommenderConfigurationsResponse page = FIXTURE.client.getRecommenderConfigurations(r -> r
                    .pageSize("2").token(current)).listRecommenderConfigurationsResponse();
            assertThat(page.item()).hasSizeLessThanOrEqualTo(2);
            page.item().forEach(item -> seen.add(item.id()));
            token = page.nextToken();
        } while (token != null);

        assertThat(seen).containsSubsequence(created);
        assertThatThrownBy(() -> FIXTURE.client.getRecommenderConfigurations(r -> r.token("bad")))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("Invalid token");
    }

    @Test
    void theRequiredMembersAreRequired() {
        assertThatThrownBy(() -> FIXTURE.client.createRecommenderConfiguration(r -> r
                .createRecommenderConfiguration(c -> c.recommendationProviderRoleArn(ROLE))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("Missing RecommendationProviderUri");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "PerMessage 0        | RecommendationsPerMessage must be between 1 and 5, not 0",
        "PerMessage 6        | RecommendationsPerMessage must be between 1 and 5, not 6",
        "IdType PINPOINT_ID  | RecommendationProviderIdType must be PINPOINT_ENDPOINT_ID or PINPOINT_USER_ID",
        "Uri arn:aws:s3:::b  | RecommendationProviderUri must be the ARN of an Amazon Personalize campaign",
        "Role role/x         | RecommendationProviderRoleArn must be the ARN of an IAM role",
        "Name _hidden        | Name must start with a letter or number",
        "Description a<b     | Description can have at most 128",
        "DisplayName -       | RecommendationsDisplayName is required when the configuration has no",
        "DisplayName+ a.b    | RecommendationsDisplayName must start with a letter or number",
        "Attributes noLambda | Attributes can be given only with a RecommendationTransformerUri",
        "Lambda noAttributes | Attributes must define 1 to 10 attributes",
        "Lambda badAttribute | Attribute name -x must start with a letter or number",
    })
    void settingsOutsideTheDocumentedRulesAreBadRequests(String setting, String message) {
        String[] parts = setting.split(" ");
        Consumer<CreateRecommenderConfiguration.Builder> change = switch (parts[0]) {
            case "PerMessage" -> c -> c.recommendationsPerMessage(Integer.parseInt(parts[1]));
            case "IdType" -> c -> c.recommendationProviderIdType(parts[1]);
            case "Uri" -> c -> c.recommendationProviderUri(parts[1]);
            case "Role" -> c -> c.recommendationProviderRoleArn(parts[1]);
            case "Name" -> c -> c.name(parts[1]);
            case "Description" -> c -> c.description(parts[1]);
            case "DisplayName" -> c -> c.recommendationsDisplayName(null);
            case "DisplayName+" -> c -> c.recommendationsDisplayName(parts[1]);
            case "Attributes" -> c -> c.attributes(Map.of("a", "A"));
            case "Lambda" -> c -> c.recommendationTransformerUri("fn")
                    .attributes(parts[1].equals("badAttribute") ? Map.of("-x", "X") : null);
            default -> throw new IllegalArgumentException(setting);
        };

        assertThatThrownBy(() -> create(change))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).startsWith(message));
    }
}
