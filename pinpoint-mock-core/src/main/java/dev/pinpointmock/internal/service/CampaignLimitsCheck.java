package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.StoredCampaign;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.pinpoint.model.CampaignLimits;
import software.amazon.awssdk.services.pinpoint.model.CampaignResponse;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;

/**
 * A campaign's limits per endpoint: {@code Daily} messages in any 24 hours and {@code Total} messages over
 * all its runs; 0 or absent means no limit. The rate limits (MessagesPerSecond, MaximumDuration) do not
 * change what an in-memory run delivers.
 */
final class CampaignLimitsCheck {

    private CampaignLimitsCheck() {
    }

    static boolean allows(StoredCampaign campaign, CampaignResponse definition, EndpointResponse endpoint,
                          Instant now) {
        CampaignLimits limits = definition.limits();
        if (limits == null) {
            return true;
        }
        List<Instant> sent = campaign.sentTo(endpoint.id());
        if (limits.total() != null && limits.total() > 0 && sent.size() >= limits.total()) {
            return false;
        }
        if (limits.daily() != null && limits.daily() > 0) {
            Instant since = now.minus(Duration.ofHours(24));
            long today = sent.stream().filter(at -> at.isAfter(since)).count();
            return today < limits.daily();
        }
        return true;
    }
}
