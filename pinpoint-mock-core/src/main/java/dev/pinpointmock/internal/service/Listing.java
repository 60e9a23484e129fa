package dev.pinpointmock.internal.service;

import java.util.Map;

/** The listing orders that paging tokens of segments, campaigns, journeys and jobs encode. */
final class Listing {

    private Listing() {
    }

    /** Oldest first, then by id: the order of GetSegments, GetCampaigns, ListJourneys and the job lists. */
    static int byCreationDateAndId(Map<String, String> position, Map<String, String> other) {
        int byDate = Pages.field(position, "CreationDate").compareTo(Pages.field(other, "CreationDate"));
        return byDate != 0 ? byDate : Pages.field(position, "Id").compareTo(Pages.field(other, "Id"));
    }

    /** Version 1 first: the order of GetSegmentVersions and GetCampaignVersions. */
    static int byVersion(Map<String, String> position, Map<String, String> other) {
        return Integer.compare(number(Pages.field(position, "Version")), number(Pages.field(other, "Version")));
    }

    /** A version number from a path; one that is not a positive number is a bad request. */
    static int versionNumber(String text) {
        try {
            int number = Integer.parseInt(text);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw Errors.badRequest("Version must be a positive whole number, not " + text);
    }

    private static int number(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException broken) {
            throw Errors.badRequest("Invalid token");
        }
    }
}
