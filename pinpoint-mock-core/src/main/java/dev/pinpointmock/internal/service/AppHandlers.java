package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.Partition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
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

    /** Used when GetApps names no page size; larger than the default quota of 100 projects a region. */
    static final int DEFAULT_PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 1000;

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
        int pageSize = pageSize(request.pageSize());
        List<App> ordered = partition.apps().stream().sorted(CREATION_ORDER).toList();

        int start = 0;
        if (request.token() != null && !request.token().isEmpty()) {
            PageToken after = PageToken.decode(request.token(), partition.account());
            while (start < ordered.size() && !after.isBefore(ordered.get(start))) {
                start++;
            }
        }
        int end = Math.min(ordered.size(), start + pageSize);
        List<ApplicationResponse> items = ordered.subList(start, end).stream()
                .map(app -> describe(partition, app))
                .toList();

        ApplicationsResponse.Builder page = ApplicationsResponse.builder().item(items);
        if (end < ordered.size()) {
            page.nextToken(PageToken.after(ordered.get(end - 1), partition.account()));
        }
        return GetAppsResponse.builder().applicationsResponse(page.build()).build();
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

    private static int pageSize(String text) {
        if (text == null || text.isEmpty()) {
            return DEFAULT_PAGE_SIZE;
        }
        try {
            int size = Integer.parseInt(text.trim());
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw badRequest("page-size must be between 1 and " + MAX_PAGE_SIZE + ", not " + text);
            }
            return size;
        } catch (NumberFormatException e) {
            throw badRequest("page-size must be a number, not " + text);
        }
    }

    /**
     * GetApps' opaque paging token, in the form real Pinpoint uses: base64url of a small JSON object naming
     * the last application of the previous page.
     */
    private record PageToken(Instant creationDate, String appId) {

        static String after(App app, String account) {
            JsonObject json = new JsonObject();
            json.addProperty("CreationDate", Dates.iso(app.creationDate()));
            json.addProperty("AccountId", account);
            json.addProperty("AppId", app.id());
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
        }

        static PageToken decode(String token, String account) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                JsonObject json = JsonParser.parseString(text).getAsJsonObject();
                if (!account.equals(json.get("AccountId").getAsString())) {
                    throw badRequest("Invalid token");
                }
                return new PageToken(Instant.parse(json.get("CreationDate").getAsString()),
                        json.get("AppId").getAsString());
            } catch (IllegalArgumentException | JsonParseException | IllegalStateException
                     | NullPointerException | UnsupportedOperationException
                     | java.time.DateTimeException e) {
                throw badRequest("Invalid token");
            }
        }

        /** Whether this token's application comes before the given one in creation order. */
        boolean isBefore(App app) {
            int byDate = creationDate.compareTo(app.creationDate());
            return byDate < 0 || (byDate == 0 && appId.compareTo(app.id()) < 0);
        }
    }
}
