package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.StoredCampaign;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.pinpoint.model.ActivitiesResponse;
import software.amazon.awssdk.services.pinpoint.model.ActivityResponse;
import software.amazon.awssdk.services.pinpoint.model.GetCampaignActivitiesRequest;
import software.amazon.awssdk.services.pinpoint.model.GetCampaignActivitiesResponse;

/** GetCampaignActivities: one activity per treatment per run of the campaign, the newest run first. */
final class CampaignActivityHandlers {

    private CampaignActivityHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("GetCampaignActivities", GetCampaignActivitiesRequest.class,
                CampaignActivityHandlers::getCampaignActivities);
    }

    static GetCampaignActivitiesResponse getCampaignActivities(CallContext context,
                                                              GetCampaignActivitiesRequest request) {
        App app = context.app(request.applicationId());
        StoredCampaign campaign = CampaignHandlers.campaign(app, request.campaignId());
        List<ActivityResponse> recorded = campaign.activities();
        List<Numbered> newestFirst = new ArrayList<>();
        for (int i = 0; i < recorded.size(); i++) {
            newestFirst.add(new Numbered(i, recorded.get(i)));
        }
        Collections.reverse(newestFirst);
        Pages.Page<Numbered> page = Pages.page(newestFirst, request.token(), request.pageSize(),
                numbered -> Map.of("Sequence", Integer.toString(numbered.sequence())),
                CampaignActivityHandlers::newestFirst);
        ActivitiesResponse activities = ActivitiesResponse.builder()
                .item(page.items().stream().map(Numbered::activity).toList())
                .nextToken(page.nextToken())
                .build();
        return GetCampaignActivitiesResponse.builder().activitiesResponse(activities).build();
    }

    /** An activity with its place in the order activities were recorded. */
    private record Numbered(int sequence, ActivityResponse activity) {
    }

    private static int newestFirst(Map<String, String> position, Map<String, String> other) {
        return Integer.compare(sequence(other), sequence(position));
    }

    private static int sequence(Map<String, String> position) {
        try {
            return Integer.parseInt(Pages.field(position, "Sequence"));
        } catch (NumberFormatException broken) {
            throw Errors.badRequest("Invalid token");
        }
    }
}
