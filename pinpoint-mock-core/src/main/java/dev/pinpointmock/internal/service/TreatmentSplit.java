package dev.pinpointmock.internal.service;

import java.util.List;
import software.amazon.awssdk.services.pinpoint.model.CampaignResponse;
import software.amazon.awssdk.services.pinpoint.model.TreatmentResource;

/**
 * Splits a campaign's segment among its holdout, its default treatment and its additional treatments. Each
 * endpoint falls in one of 100 buckets by a hash of the campaign's salt and the endpoint id, so an endpoint
 * stays in its part on every run of the campaign, and a seeded server splits the same way on every run.
 * Buckets go in order to the holdout ({@code HoldoutPercent}), the additional treatments (each its
 * {@code SizePercent}), and the default treatment (the rest).
 */
final class TreatmentSplit {

    /** The id of a campaign's default treatment in activities. */
    static final String DEFAULT_TREATMENT = "0";

    private final String salt;
    private final int holdout;
    private final List<TreatmentResource> treatments;

    TreatmentSplit(String salt, CampaignResponse definition) {
        this.salt = salt;
        this.holdout = definition.holdoutPercent() == null ? 0 : definition.holdoutPercent();
        this.treatments = definition.additionalTreatments();
    }

    /** The treatment id an endpoint receives, or {@code null} for the holdout. */
    String treatmentOf(String endpointId) {
        int bucket = bucket(endpointId);
        if (bucket < holdout) {
            return null;
        }
        int upTo = holdout;
        for (TreatmentResource treatment : treatments) {
            upTo += treatment.sizePercent();
            if (bucket < upTo) {
                return treatment.id();
            }
        }
        return DEFAULT_TREATMENT;
    }

    private int bucket(String endpointId) {
        return StableBuckets.of(salt + "/" + endpointId);
    }
}
