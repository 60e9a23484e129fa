package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.StoredCampaign;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.pinpoint.model.CampaignResponse;
import software.amazon.awssdk.services.pinpoint.model.CampaignStatus;
import software.amazon.awssdk.services.pinpoint.model.CampaignsResponse;
import software.amazon.awssdk.services.pinpoint.model.CreateCampaignRequest;
import software.amazon.awssdk.services.pinpoint.model.CreateCampaignResponse;
import software.amazon.awssdk.services.pinpoint.model.DeleteCampaignRequest;
import software.amazon.awssdk.services.pinpoint.model.DeleteCampaignResponse;
import software.amazon.awssdk.services.pinpoint.model.GetCampaignRequest;
import software.amazon.awssdk.services.pinpoint.model.GetCampaignResponse;
import software.amazon.awssdk.services.pinpoint.model.GetCampaignVersionRequest;
import software.amazon.awssdk.services.pinpoint.model.GetCampaignVersionResponse;
import software.amazon.awssdk.services.pinpoint.model.GetCampaignVersionsRequest;
import software.amazon.awssdk.services.pinpoint.model.GetCampaignVersionsResponse;
import software.amazon.awssdk.services.pinpoint.model.GetCampaignsRequest;
import software.amazon.awssdk.services.pinpoint.model.GetCampaignsResponse;
import software.amazon.awssdk.services.pinpoint.model.UpdateCampaignRequest;
import software.amazon.awssdk.services.pinpoint.model.UpdateCampaignResponse;
import software.amazon.awssdk.services.pinpoint.model.WriteCampaignRequest;

/**
 * CreateCampaign, UpdateCampaign (each update writes a new version), GetCampaign, GetCampaigns,
 * DeleteCampaign, GetCampaignVersion and GetCampaignVersions. Activities are in
 * {@link CampaignActivityHandlers}; runs in {@link CampaignRunner}.
 */
final class CampaignHandlers {

    private static final Comparator<StoredCampaign> CREATION_ORDER =
            Comparator.comparing(StoredCampaign::creationDate).thenComparing(StoredCampaign::id);

    private CampaignHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("CreateCampaign", CreateCampaignRequest.class, CampaignHandlers::createCampaign)
                .on("UpdateCampaign", UpdateCampaignRequest.class, CampaignHandlers::updateCampaign)
                .on("GetCampaign", GetCampaignRequest.class, CampaignHandlers::getCampaign)
                .on("GetCampaigns", GetCampaignsRequest.class, CampaignHandlers::getCampaigns)
                .on("DeleteCampaign", DeleteCampaignRequest.class, CampaignHandlers::deleteCampaign)
                .on("GetCampaignVersion", GetCampaignVersionRequest.class, CampaignHandlers::getCampaignVersion)
                .on("GetCampaignVersions", GetCampaignVersionsRequest.class, CampaignHandlers::getCampaignVersions);
    }

    static CreateCampaignResponse createCampaign(CallContext context, CreateCampaignRequest request) {
        App app = context.app(request.applicationId());
        WriteCampaignRequest write = request.writeCampaignRequest();
        if (write.hasTags()) {
            Tags.validate(write.tags());
        }
        Instant now = context.now();
        String id = context.ids().hex32();
        CampaignResponse.Builder definition = CampaignDefinitions.create(write)
                .applicationId(app.id())
                .arn(context.partition().arn("apps/" + app.id() + "/campaigns/" + id))
                .id(id)
                .creationDate(Dates.iso(now))
                .lastModifiedDate(Dates.iso(now))
                .version(1);
        CampaignRules.Checked checked = CampaignRules.validate(app, definition.build(), null, now);
        CampaignResponse first = definition.segmentVersion(checked.segment().number()).build();

        boolean paused = Boolean.TRUE.equals(first.isPaused());
        StoredCampaign campaign = new StoredCampaign(id, now, context.ids().hex32(), first,
                paused ? CampaignStatus.PAUSED : CampaignStatus.SCHEDULED, CampaignRunner.firstAction(checked));
        if (write.hasTags()) {
            context.partition().tag(first.arn(), write.tags());
        }
        app.campaigns().add(campaign);
        context.service().noteScheduling(app);
        CampaignResponse described = describe(context, campaign, first);
        CampaignRunner.runDue(context, app, campaign);
        return CreateCampaignResponse.builder().campaignResponse(described).build();
    }

    /**
     * Writes a new version over the latest. A completed campaign cannot change. Pausing stops its runs;
     * resuming schedules the next one that has not passed. Tags in the request are ignored, as AWS
     * documents for updates since 2023.
     */
    static UpdateCampaignResponse updateCampaign(CallContext context, UpdateCampaignRequest request) {
        App app = context.app(request.applicationId());
        StoredCampaign campaign = campaign(app, request.campaignId());
        Instant now = context.now();

        CampaignResponse written = campaign.change(stored -> {
            if (stored.status() == CampaignStatus.COMPLETED) {
                throw Errors.badRequest("The campaign is COMPLETED and cannot be updated");
            }
            CampaignResponse latest = stored.versions().latest();
            return stored.versions().append(history -> {
                CampaignResponse definition = CampaignDefinitions.update(latest, request.writeCampaignRequest())
                        .lastModifiedDate(Dates.iso(now))
                        .version(history.nextNumber())
                        .build();
                CampaignRules.Checked checked = CampaignRules.validate(app, definition, latest, now);
                CampaignRunner.reschedule(stored, definition, checked, now);
                return definition.toBuilder().segmentVersion(checked.segment().number()).build();
            });
        });
        CampaignResponse described = describe(context, campaign, written);
        CampaignRunner.runDue(context, app, campaign);
        return UpdateCampaignResponse.builder().campaignResponse(described).build();
    }

    static GetCampaignResponse getCampaign(CallContext context, GetCampaignRequest request) {
        App app = context.app(request.applicationId());
        StoredCampaign campaign = campaign(app, request.campaignId());
        return GetCampaignResponse.builder()
                .campaignResponse(describe(context, campaign, campaign.versions().latest()))
                .build();
    }

    static GetCampaignsResponse getCampaigns(CallContext context, GetCampaignsRequest request) {
        App app = context.app(request.applicationId());
        List<StoredCampaign> ordered = app.campaigns().all().stream().sorted(CREATION_ORDER).toList();
        Pages.Page<StoredCampaign> page = Pages.page(ordered, request.token(), request.pageSize(),
                campaign -> Map.of("CreationDate", Dates.iso(campaign.creationDate()), "Id", campaign.id()),
                Listing::byCreationDateAndId);
        List<CampaignResponse> items = page.items().stream()
                .map(campaign -> describe(context, campaign, campaign.versions().latest()))
                .toList();
        return GetCampaignsResponse.builder()
                .campaignsResponse(CampaignsResponse.builder().item(items).nextToken(page.nextToken()).build())
                .build();
    }

    /** Deletes the campaign and answers it as it was, with the status DELETED. */
    static DeleteCampaignResponse deleteCampaign(CallContext context, DeleteCampaignRequest request) {
        App app = context.app(request.applicationId());
        StoredCampaign campaign = campaign(app, request.campaignId());
        CampaignResponse described = campaign.change(stored -> {
            stored.schedule(CampaignStatus.DELETED, null);
            return describe(context, stored, stored.versions().latest());
        });
        app.campaigns().remove(campaign.id());
        context.partition().removeTags(described.arn());
        return DeleteCampaignResponse.builder().campaignResponse(described).build();
    }

    static GetCampaignVersionResponse getCampaignVersion(CallContext context, GetCampaignVersionRequest request) {
        App app = context.app(request.applicationId());
        StoredCampaign campaign = campaign(app, request.campaignId());
        int number = Listing.versionNumber(request.version());
        CampaignResponse version = campaign.versions().version(number)
                .orElseThrow(() -> Errors.notFound("Campaign version not found: " + request.version()));
        return GetCampaignVersionResponse.builder().campaignResponse(describe(context, campaign, version)).build();
    }

    static GetCampaignVersionsResponse getCampaignVersions(CallContext context, GetCampaignVersionsRequest request) {
        App app = context.app(request.applicationId());
        StoredCampaign campaign = campaign(app, request.campaignId());
        Pages.Page<CampaignResponse> page = Pages.page(campaign.versions().all(), request.token(),
                request.pageSize(), version -> Map.of("Version", Integer.toString(version.version())),
                Listing::byVersion);
        List<CampaignResponse> items = page.items().stream()
                .map(version -> describe(context, campaign, version))
                .toList();
        return GetCampaignVersionsResponse.builder()
                .campaignsResponse(CampaignsResponse.builder().item(items).nextToken(page.nextToken()).build())
                .build();
    }

    /** The campaign with this id in the app, or the NotFoundException Pinpoint answers. */
    static StoredCampaign campaign(App app, String campaignId) {
        return app.campaigns().get(campaignId).orElseThrow(() -> Errors.notFound("Campaign not found"));
    }

    /**
     * A version as the API shows it: with the campaign's current status (also as DefaultState and on each
     * treatment when it has additional treatments) and its current tags.
     */
    static CampaignResponse describe(CallContext context, StoredCampaign campaign, CampaignResponse version) {
        CampaignStatus status = campaign.status();
        CampaignResponse.Builder described = version.toBuilder()
                .state(state -> state.campaignStatus(status))
                .tags(context.partition().tags(version.arn()));
        if (!version.additionalTreatments().isEmpty()) {
            described.defaultState(state -> state.campaignStatus(status))
                    .additionalTreatments(version.additionalTreatments().stream()
                            .map(treatment -> treatment.toBuilder()
                                    .state(state -> state.campaignStatus(status)).build())
                            .toList());
        }
        return described.build();
    }
}
