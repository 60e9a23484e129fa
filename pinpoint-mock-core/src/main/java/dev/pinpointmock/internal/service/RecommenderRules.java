package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules the API reference gives for a recommender model configuration, applied alike to
 * CreateRecommenderConfiguration and UpdateRecommenderConfiguration, whose bodies have the same members.
 */
final class RecommenderRules {

    static final String ENDPOINT_ID = "PINPOINT_ENDPOINT_ID";
    static final String USER_ID = "PINPOINT_USER_ID";
    static final int DEFAULT_RECOMMENDATIONS_PER_MESSAGE = 5;
    static final int MIN_RECOMMENDATIONS_PER_MESSAGE = 1;
    static final int MAX_RECOMMENDATIONS_PER_MESSAGE = 5;
    static final int MAX_ATTRIBUTES = 10;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _-]{0,127}");
    /** Letters, numbers, spaces and the symbols the reference lists: _ ; ( ) , and hyphens. */
    private static final Pattern DESCRIPTION = Pattern.compile("[\\p{L}\\p{N} _;(),\\-\\u2010]{0,128}");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,49}");
    private static final Pattern DISPLAY_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _-]{0,24}");
    private static final Pattern PERSONALIZE_CAMPAIGN =
            Pattern.compile("arn:aws[a-z-]*:personalize:[a-z0-9-]+:[0-9]{12}:campaign/[A-Za-z0-9_.-]+");
    private static final Pattern IAM_ROLE = Pattern.compile("arn:aws[a-z-]*:iam::[0-9]{12}:role/[\\w+=,.@/-]+");

    private RecommenderRules() {
    }

    /** The members of either request body, with the default settings applied where AWS documents one. */
    record Settings(String name, String description, Map<String, String> attributes, String idType,
                    String roleArn, String providerUri, String transformerUri, String displayName,
                    Integer recommendationsPerMessage) {
    }

    static Settings validate(Settings given) {
        check(given.name() == null || NAME.matcher(given.name()).matches(), "Name must start with a letter or "
                + "number and have at most 128 letters, numbers, spaces, underscores (_) or hyphens (-)");
        check(given.description() == null || DESCRIPTION.matcher(given.description()).matches(),
                "Description can have at most 128 letters, numbers, spaces and the symbols _ ; ( ) , -");
        check(PERSONALIZE_CAMPAIGN.matcher(given.providerUri()).matches(), "RecommendationProviderUri must be "
                + "the ARN of an Amazon Personalize campaign, not " + given.providerUri());
        check(IAM_ROLE.matcher(given.roleArn()).matches(), "RecommendationProviderRoleArn must be the ARN of an "
                + "IAM role, not " + given.roleArn());

        String idType = given.idType() == null ? ENDPOINT_ID : given.idType();
        check(idType.equals(ENDPOINT_ID) || idType.equals(USER_ID),
                "RecommendationProviderIdType must be PINPOINT_ENDPOINT_ID or PINPOINT_USER_ID, not " + idType);
        int perMessage = given.recommendationsPerMessage() == null
                ? DEFAULT_RECOMMENDATIONS_PER_MESSAGE : given.recommendationsPerMessage();
        check(perMessage >= MIN_RECOMMENDATIONS_PER_MESSAGE && perMessage <= MAX_RECOMMENDATIONS_PER_MESSAGE,
                "RecommendationsPerMessage must be between 1 and 5, not " + perMessage);

        boolean transforms = given.transformerUri() != null && !given.transformerUri().isEmpty();
        if (transforms) {
            validateAttributes(given.attributes());
        } else {
            check(given.attributes() == null, "Attributes can be given only with a RecommendationTransformerUri");
            check(given.displayName() != null, "RecommendationsDisplayName is required when the configuration "
                    + "has no RecommendationTransformerUri");
        }
        check(given.displayName() == null || DISPLAY_NAME.matcher(given.displayName()).matches(),
                "RecommendationsDisplayName must start with a letter or number and have at most 25 letters, "
                        + "numbers, spaces, underscores (_) or hyphens (-)");

        return new Settings(given.name(), given.description(), given.attributes(), idType, given.roleArn(),
                given.providerUri(), transforms ? given.transformerUri() : null, given.displayName(), perMessage);
    }

    private static void validateAttributes(Map<String, String> attributes) {
        check(attributes != null && !attributes.isEmpty() && attributes.size() <= MAX_ATTRIBUTES,
                "Attributes must define 1 to 10 attributes when the configuration has a "
                        + "RecommendationTransformerUri");
        attributes.forEach((name, displayName) -> {
            check(ATTRIBUTE_NAME.matcher(name).matches(), "Attribute name " + name + " must start with a letter "
                    + "or number and have at most 50 letters, numbers, underscores (_) or hyphens (-)");
            check(displayName != null && DISPLAY_NAME.matcher(displayName).matches(), "The display name of "
                    + "attribute " + name + " must start with a letter or number and have at most 25 letters, "
                    + "numbers, spaces, underscores (_) or hyphens (-)");
        });
    }

    private static void check(boolean valid, String message) {
        if (!valid) {
            throw badRequest(message);
        }
    }
}
