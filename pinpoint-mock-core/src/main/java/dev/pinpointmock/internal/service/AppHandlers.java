package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.Partition;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.pinpoint.model.ApplicationResponse;
import software.amazon.awssdk.services.pinpoint.model.ApplicationsResponse;
import software.amazon.awssdk.services.pinpoint.model.CreateAppRequest;
import software.amazon.awssdk.services.pinpoint.model.CreateAppResponse;
import software.amazon.awssdk.services.pinpoint.model.DeleteAppRequest;
import software.amazon.awssdk.services.pinpoint.model.DeleteAppResponse;
import software.amazon.awssdk.services.pinpoint.model.GetAppRequest;
import software.amazon.awssdk.services.pinpoint.model.GetAppResponse;
import software.amazon.awssdk.services.pinpoint.model.GetAppsRequest;
import software.amazon.awssdk.services.pinpoint.model.GetAppsResponse;

/** CreateApp, GetApp, GetApps and DeleteApp: Pinpoint applications, also called projects. */
final class AppHandlers {

    private static final Comparator<App> CREATION_ORDER =
            Comparator.comparing(App::creationDate).thenComparing(App::id);

    private AppHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("CreateApp", CreateAppRequest.class, AppHandlers::createApp)
                .on("GetApp", GetAppRequest.class, AppHandlers::getApp)
                .on("GetApps", GetAppsRequest.class, AppHandlers::getApps)
                .on("DeleteApp", DeleteAppRequest.class, AppHandlers::deleteApp);
    }

    static CreateAppResponse createApp(CallContext context, CreateAppRequest request) {
        var input = request.createApplicationRequest();
        if (input.name().isBlank()) {
            throw badRequest("Name must not be empty");
        }
        Partition partition = context.partition();
        String id = context.ids().hex32();
        App app = new App(id, input.name(), partition.arn("apps/" + id), context.now());
        if (input.hasTags()) {
            Tags.validate(input.tags());
            partition.tag(app.arn(), input.tags());
        }
        partition.addApp(app);
        return CreateAppResponse.builder().applicationResponse(describe(partition, app)).build();
    }

    static GetAppResponse getApp(CallContext context, GetAppRequest request) {
        App app = context.app(request.applicationId());
        return GetAppResponse.builder().applicationResponse(describe(context.partition(), app)).build();
    }

    static GetAppsResponse getApps(CallContext context, GetAppsRequest request) {
        Partition partition = context.partition();
        List<App> ordered = partition.apps().stream().sorted(CREATION_ORDER).toList();
        Pages.Page<App> page = Pages.page(ordered, request.token(), request.pageSize(),
                app -> position(partition, app), AppHandlers::comparePositions);

        ApplicationsResponse.Builder response = ApplicationsResponse.builder()
                .item(page.items().stream().map(app -> describe(partition, app)).toList())
                .nextToken(page.nextToken());
        return GetAppsResponse.builder().applicationsResponse(response.build()).build();
    }

    /** An application's place in GetApps' order, in the fields real Pinpoint's tokens carry. */
    private static Map<String, String> position(Partition partition, App app) {
        return Map.of("CreationDate", Dates.iso(app.creationDate()), "AccountId", partition.account(),
                "AppId", app.id());
    }

    private static int comparePositions(Map<String, String> position, Map<String, String> other) {
        int byDate = Pages.field(position, "CreationDate").compareTo(Pages.field(other, "CreationDate"));
        return byDate != 0 ? byDate : Pages.field(position, "AppId").compareTo(Pages.field(other, "AppId"));
    }

    static DeleteAppResponse deleteApp(CallContext context, DeleteAppRequest request) {
        Partition partition = context.partition();
        App app = context.app(request.applicationId());
        ApplicationResponse described = describe(partition, app);
        partition.removeApp(app.id());
        return DeleteAppResponse.builder().applicationResponse(described).build();
    }

    static ApplicationResponse describe(Partition partition, App app) {
        return ApplicationResponse.builder()
                .arn(app.arn())
                .id(app.id())
                .name(app.name())
                .creationDate(Dates.iso(app.creationDate()))
                .tags(partition.tags(app.arn()))
                .build();
    }
}
