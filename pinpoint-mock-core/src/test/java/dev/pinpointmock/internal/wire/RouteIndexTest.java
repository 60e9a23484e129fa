package dev.pinpointmock.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the route index matches paths: as Undertow's router did, which the wire tests cover over HTTP. */
class RouteIndexTest {

    private final RouteIndex index = RouteIndex.pinpoint();

    private String operationOf(String method, String path) {
        Route route = index.find(method, path).route();
        return route == null ? null : route.operation();
    }

    @Test
    void literalSegmentsWinOverLabels() {
        assertThat(operationOf("GET", "/v1/apps")).isEqualTo("GetApps");
        assertThat(operationOf("GET", "/v1/apps/abc")).isEqualTo("GetApp");
        assertThat(operationOf("GET", "/v1/templates/welcome/email")).isEqualTo("GetEmailTemplate");
    }

    @Test
    void aBranchThatLeadsNowhereFallsBackToTheLabel() {
        assertThat(operationOf("GET", "/v1/templates/welcome/email/versions")).isEqualTo("ListTemplateVersions");
    }

    @Test
    void oneTrailingSlashIsIgnoredAndAnEmptyLabelStillMatches() {
        assertThat(operationOf("GET", "/v1/apps/abc/")).isEqualTo("GetApp");
        assertThat(operationOf("GET", "/v1/apps/")).isEqualTo("GetApp");
        assertThat(operationOf("GET", "/v1//apps")).isNull();
    }

    @Test
    void aPercentEncodedLiteralMatchesAndAnEncodedSlashStaysInsideItsLabel() {
        assertThat(operationOf("GET", "/v1/%61pps")).isEqualTo("GetApps");
        RouteIndex.Lookup tags = index.find("GET", "/v1/tags/arn%3Aaws%3Amobiletargeting%3Aus-east-1%3A1%3Aapps%2Fx");
        assertThat(tags.route().operation()).isEqualTo("ListTagsForResource");
        assertThat(index.labels(tags.route(), "/v1/tags/arn%3Aaws%3Amobiletargeting%3Aus-east-1%3A1%3Aapps%2Fx"))
                .containsEntry("resource-arn", "arn:aws:mobiletargeting:us-east-1:1:apps/x");
    }

    @Test
    void aKnownPathWithAnotherMethodIsToldApartFromAnUnknownPath() {
        assertThat(index.find("PATCH", "/v1/apps")).isEqualTo(new RouteIndex.Lookup(null, true));
        assertThat(index.find("GET", "/v1/nothing")).isEqualTo(new RouteIndex.Lookup(null, false));
        assertThat(index.find("GET", "/")).isEqualTo(new RouteIndex.Lookup(null, false));
    }

    @Test
    void theOtpDebugRouteIsIndexedToo() {
        assertThat(index.find("GET", "/_aws/pinpoint/app/ref").route()).isSameAs(OtpDebugEndpoint.ROUTE);
    }
}
