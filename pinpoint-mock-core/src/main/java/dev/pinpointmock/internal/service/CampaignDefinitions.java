package dev.pinpointmock.internal.service;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.pinpoint.model.CampaignResponse;
import software.amazon.awssdk.services.pinpoint.model.TreatmentResource;
import software.amazon.awssdk.services.pinpoint.model.WriteCampaignRequest;
import software.amazon.awssdk.services.pinpoint.model.WriteTreatmentResource;

/**
 * Turns the WriteCampaignRequest of a create or update into the definition a version stores, in the
 * shape of CampaignResponse. An update starts from the latest version: each member the request sends
 * replaces the stored one, and each member it omits keeps its value.
 */
final class CampaignDefinitions {

    private CampaignDefinitions() {
    }

    /** The definition of a new campaign, with the defaults Pinpoint shows for omitted members. */
    static CampaignResponse.Builder create(WriteCampaignRequest write) {
        return merge(CampaignResponse.builder().holdoutPercent(0).isPaused(false)
                .additionalTreatments(List.of()), write);
    }

    /** The definition an update writes over the latest version. */
    static CampaignResponse.Builder update(CampaignResponse latest, WriteCampaignRequest write) {
        return merge(latest.toBuilder(), write);
    }

    private static CampaignResponse.Builder merge(CampaignResponse.Builder into, WriteCampaignRequest write) {
        if (write.name() != null) {
            into.name(write.name());
        }
        if (write.description() != null) {
            into.description(write.description());
        }
        if (write.segmentId() != null) {
            into.segmentId(write.segmentId()).segmentVersion(write.segmentVersion());
        } else if (write.segmentVersion() != null) {
            into.segmentVersion(write.segmentVersion());
        }
        if (write.schedule() != null) {
            into.schedule(write.schedule());
        }
        if (write.messageConfiguration() != null) {
            into.messageConfiguration(write.messageConfiguration());
        }
        if (write.templateConfiguration() != null) {
            into.templateConfiguration(write.templateConfiguration());
        }
        if (write.holdoutPercent() != null) {
            into.holdoutPercent(write.holdoutPercent());
        }
        if (write.isPaused() != null) {
            into.isPaused(write.isPaused());
        }
        if (write.limits() != null) {
            into.limits(write.limits());
        }
        if (write.hook() != null) {
            into.hook(write.hook());
        }
        if (write.customDeliveryConfiguration() != null) {
            into.customDeliveryConfiguration(write.customDeliveryConfiguration());
        }
        if (write.treatmentName() != null) {
            into.treatmentName(write.treatmentName());
        }
        if (write.treatmentDescription() != null) {
            into.treatmentDescription(write.treatmentDescription());
        }
        if (write.priority() != null) {
            into.priority(write.priority());
        }
        if (write.hasAdditionalTreatments()) {
            into.additionalTreatments(treatments(write.additionalTreatments()));
        }
        return into;
    }

    /** The additional treatments, numbered "1", "2"... after the default treatment "0". */
    private static List<TreatmentResource> treatments(List<WriteTreatmentResource> written) {
        List<TreatmentResource> treatments = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            WriteTreatmentResource treatment = written.get(i);
            treatments.add(TreatmentResource.builder()
                    .id(Integer.toString(i + 1))
                    .sizePercent(treatment.sizePercent())
                    .messageConfiguration(treatment.messageConfiguration())
                    .templateConfiguration(treatment.templateConfiguration())
                    .schedule(treatment.schedule())
                    .customDeliveryConfiguration(treatment.customDeliveryConfiguration())
                    .treatmentName(treatment.treatmentName())
                    .treatmentDescription(treatment.treatmentDescription())
                    .build());
        }
        return treatments;
    }
}
