package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.RecommenderConfiguration;
import dev.pinpointmock.internal.state.RecommenderStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.pinpoint.model.CreateRecommenderConfiguration;
import software.amazon.awssdk.services.pinpoint.model.CreateRecommenderConfigurationRequest;
import software.amazon.awssdk.services.pinpoint.model.CreateRecommenderConfigurationResponse;
import software.amazon.awssdk.services.pinpoint.model.DeleteRecommenderConfigurationRequest;
import software.amazon.awssdk.services.pinpoint.model.DeleteRecommenderConfigurationResponse;
import software.amazon.awssdk.services.pinpoint.model.GetRecommenderConfigurationRequest;
import software.amazon.awssdk.services.pinpoint.model.GetRecommenderConfigurationResponse;
import software.amazon.awssdk.services.pinpoint.model.GetRecommenderConfigurationsRequest;
import software.amazon.awssdk.services.pinpoint.model.GetRecommenderConfigurationsResponse;
import software.amazon.awssdk.services.pinpoint.model.ListRecommenderConfigurationsResponse;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.RecommenderConfigurationResponse;
import software.amazon.awssdk.services.pinpoint.model.UpdateRecommenderConfiguration;
import software.amazon.awssdk.services.pinpoint.model.UpdateRecommenderConfigurationRequest;
import software.amazon.awssdk.services.pinpoint.model.UpdateRecommenderConfigurationResponse;

/**
 * CreateRecommenderConfiguration, GetRecommenderConfiguration(s), UpdateRecommenderConfiguration and
 * DeleteRecommenderConfiguration. Configurations belong to an account and region; the mock stores them and
 * never calls Amazon Personalize or AWS Lambda.
 */
final class RecommenderHandlers {

    private RecommenderHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("CreateRecommenderConfiguration", CreateRecommenderConfigurationRequest.class,
                        RecommenderHandlers::create)
                .on("GetRecommenderConfiguration", GetRecommenderConfigurationRequest.class, RecommenderHandlers::get)
                .on("GetRecommenderConfigurations", GetRecommenderConfigurationsRequest.class,
                        RecommenderHandlers::list)
                .on("UpdateRecommenderConfiguration", UpdateRecommenderConfigurationRequest.class,
                        RecommenderHandlers::update)
                .on("DeleteRecommenderConfiguration", DeleteRecommenderConfigurationRequest.class,
                        RecommenderHandlers::delete);
    }

    static CreateRecommenderConfigurationResponse create(CallContext context,
                                                         CreateRecommenderConfigurationRequest request) {
        RecommenderRules.Settings settings =
                RecommenderRules.validate(settings(request.createRecommenderConfiguration()));
        Instant now = context.now();
        RecommenderConfiguration created = stored(context.ids().hex32(), settings, now, now);
        context.partition().recommenders().add(created);
        return CreateRecommenderConfigurationResponse.builder()
                .recommenderConfigurationResponse(describe(created))
                .build();
    }

    static GetRecommenderConfigurationResponse get(CallContext context, GetRecommenderConfigurationRequest request) {
        RecommenderConfiguration found = context.partition().recommenders().find(request.recommenderId())
                .orElseThrow(RecommenderHandlers::notFound);
        return GetRecommenderConfigurationResponse.builder().recommenderConfigurationResponse(describe(found)).build();
    }

    /** Configurations oldest first, paged with {@code page-size} and {@code token}. */
    static GetRecommenderConfigurationsResponse list(CallContext context, GetRecommenderConfigurationsRequest request) {
        List<RecommenderConfiguration> ordered = context.partition().recommenders().all();
        Pages.Page<RecommenderConfiguration> page = Pages.page(ordered, request.token(), request.pageSize(),
                configuration -> Map.of("CreationDate", Dates.iso(configuration.creationDate()),
                        "Id", configuration.id()),
                (position, token) -> {
                    int byDate = Pages.field(position, "CreationDate").compareTo(Pages.field(token, "CreationDate"));
                    return byDate != 0 ? byDate : Pages.field(position, "Id").compareTo(Pages.field(token, "Id"));
                });
        ListRecommenderConfigurationsResponse body = ListRecommenderConfigurationsResponse.builder()
                .item(page.items().stream().map(RecommenderHandlers::describe).toList())
                .nextToken(page.nextToken())
                .build();
        return GetRecommenderConfigurationsResponse.builder().listRecommenderConfigurationsResponse(body).build();
    }

    /** Replaces every setting of a configuration; its id and creation date stay. */
    static UpdateRecommenderConfigurationResponse update(CallContext context,
                                                         UpdateRecommenderConfigurationRequest request) {
        RecommenderRules.Settings settings =
                RecommenderRules.validate(settings(request.updateRecommenderConfiguration()));
        Instant now = context.now();
        RecommenderStore store = context.partition().recommenders();
        RecommenderConfiguration updated = store.update(request.recommenderId(),
                        existing -> stored(existing.id(), settings, existing.creationDate(), now))
                .orElseThrow(RecommenderHandlers::notFound);
        return UpdateRecommenderConfigurationResponse.builder()
                .recommenderConfigurationResponse(describe(updated))
                .build();
    }

    static DeleteRecommenderConfigurationResponse delete(CallContext context,
                                                         DeleteRecommenderConfigurationRequest request) {
        RecommenderConfiguration removed = context.partition().recommenders().remove(request.recommenderId())
                .orElseThrow(RecommenderHandlers::notFound);
        return DeleteRecommenderConfigurationResponse.builder()
                .recommenderConfigurationResponse(describe(removed))
                .build();
    }

    static RecommenderConfigurationResponse describe(RecommenderConfiguration configuration) {
        return RecommenderConfigurationResponse.builder()
                .id(configuration.id())
                .name(configuration.name())
                .description(configuration.description())
                .attributes(configuration.attributes())
                .recommendationProviderIdType(configuration.recommendationProviderIdType())
                .recommendationProviderRoleArn(configuration.recommendationProviderRoleArn())
                .recommendationProviderUri(configuration.recommendationProviderUri())
                .recommendationTransformerUri(configuration.recommendationTransformerUri())
                .recommendationsDisplayName(configuration.recommendationsDisplayName())
                .recommendationsPerMessage(configuration.recommendationsPerMessage())
                .creationDate(Dates.iso(configuration.creationDate()))
                .lastModifiedDate(Dates.iso(configuration.lastModifiedDate()))
                .build();
    }

    private static NotFoundException notFound() {
        return Errors.notFound("Recommender configuration not found");
    }

    private static RecommenderConfiguration stored(String id, RecommenderRules.Settings settings, Instant created,
                                                   Instant modified) {
        return new RecommenderConfiguration(id, settings.name(), settings.description(), settings.attributes(),
                settings.idType(), settings.roleArn(), settings.providerUri(), settings.transformerUri(),
                settings.displayName(), settings.recommendationsPerMessage(), created, modified);
    }

    private static RecommenderRules.Settings settings(CreateRecommenderConfiguration body) {
        return new RecommenderRules.Settings(body.name(), body.description(),
                body.hasAttributes() ? body.attributes() : null, body.recommendationProviderIdType(),
                body.recommendationProviderRoleArn(), body.recommendationProviderUri(),
                body.recommendationTransformerUri(), body.recommendationsDisplayName(),
                body.recommendationsPerMessage());
    }

    private static RecommenderRules.Settings settings(UpdateRecommenderConfiguration body) {
        return new RecommenderRules.Settings(body.name(), body.description(),
                body.hasAttributes() ? body.attributes() : null, body.recommendationProviderIdType(),
                body.recommendationProviderRoleArn(), body.recommendationProviderUri(),
                body.recommendationTransformerUri(), body.recommendationsDisplayName(),
                body.recommendationsPerMessage());
    }
}
