package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.model.AddressConfiguration;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.BaseKpiResult;
import software.amazon.awssdk.services.pinpoint.model.ChannelType;
import software.amazon.awssdk.services.pinpoint.model.ResultRow;

/** The date-range KPIs, computed from what the mock delivered. */
class KpiTest {

    private static final ServerFixture FIXTURE = new ServerFixture();

    private String appId;
    private String campaignId;

    @BeforeEach
    void runACampaignAndSendDirectMessages() {
        appId = FIXTURE.createApp("kpis");
        FIXTURE.client.updateSmsChannel(r -> r.applicationId(appId).smsChannelRequest(s -> s.enabled(true)));
        FIXTURE.client.updateEndpoint(r -> r.applicationId(appId).endpointId("good").endpointRequest(e -> e
                .channelType(ChannelType.SMS).address("+12065550131")));
        FIXTURE.client.updateEndpoint(r -> r.applicationId(appId).endpointId("bad").endpointRequest(e -> e
                .channelType(ChannelType.SMS).address("+1206")));
        String segment = FIXTURE.client.createSegment(r -> r.applicationId(appId).writeSegmentRequest(s -> s
                .name("all"))).segmentResponse().id();
        campaignId = FIXTURE.client.createCampaign(r -> r.applicationId(appId).writeCampaignRequest(w -> w
                .segmentId(segment).schedule(s -> s.startTime("IMMEDIATE"))
                .messageConfiguration(m -> m.smsMessage(s -> s.body("Hi"))))).campaignResponse().id();
        FIXTURE.client.sendMessages(r -> r.applicationId(appId).messageRequest(m -> m
                .messageConfiguration(c -> c.smsMessage(s -> s.body("direct")))
                .addresses(Map.of("+447700900123", AddressConfiguration.builder().channelType("SMS").build(),
                        "+12065550132", AddressConfiguration.builder().channelType("SMS").build()))));
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private BaseKpiResult application(String kpi) {
        var response = FIXTURE.client.getApplicationDateRangeKpi(r -> r.applicationId(appId).kpiName(kpi))
                .applicationDateRangeKpiResponse();
        assertThat(response.applicationId()).isEqualTo(appId);
        assertThat(response.kpiName()).isEqualTo(kpi);
        assertThat(Duration.between(response.startTime(), response.endTime())).isEqualTo(Duration.ofDays(31));
        return response.kpiResult();
    }

    private BaseKpiResult campaign(String kpi) {
        return FIXTURE.client.getCampaignDateRangeKpi(r -> r.applicationId(appId).campaignId(campaignId)
                .kpiName(kpi)).campaignDateRangeKpiResponse().kpiResult();
    }

    private static String single(BaseKpiResult result, String key) {
        assertThat(result.rows()).hasSize(1);
        assertThat(result.rows().get(0).values()).singleElement().satisfies(value -> {
            assertThat(value.key()).isEqualTo(key);
            assertThat(value.type()).isEqualTo("Double");
        });
        return result.rows().get(0).values().get(0).value();
    }

    @Test
    void campaignKpisCountWhatItsRunsDeliveredAndAttempted() {
        assertThat(single(campaign("successful-delivery-rate"), "SuccessfulDeliveryRate")).isEqualTo("0.5");
        assertThat(single(campaign("unique-deliveries"), "UniqueDeliveries")).isEqualTo("1.0");
        ResultRow perRun = campaign("attempted-deliveries-grouped-by-campaign-activity").rows().get(0);
        String activityId = FIXTURE.client.getCampaignActivities(r -> r.applicationId(appId).campaignId(campaignId))
                .activitiesResponse().item().get(0).id();
        assertThat(perRun.groupedBys()).singleElement().satisfies(group -> {
            assertThat(group.key()).isEqualTo("CampaignActivityId");
            assertThat(group.value()).isEqualTo(activityId);
        });
        assertThat(perRun.values().get(0).value()).isEqualTo("2.0");
        assertThat(campaign("email-open-rate").rows()).as("no email was delivered: no data").isEmpty();
    }

    @Test
    void applicationKpisGroupByCampaignAndDate() {
        ResultRow byCampaign = application("unique-deliveries-grouped-by-campaign").rows().get(0);
        assertThat(byCampaign.groupedBys().get(0).key()).isEqualTo("CampaignId");
        assertThat(byCampaign.groupedBys().get(0).value()).isEqualTo(campaignId);
        String today = FIXTURE.server.clock().now().toString().substring(0, 10);
        ResultRow byDate = application("successful-delivery-rate-grouped-by-date").rows().get(0);
        assertThat(byDate.groupedBys().get(0).value()).isEqualTo(today);
    }

    @Test
    void transactionalSmsKpisCountDirectSendsByCountry() {
        assertThat(single(application("txn-sms-sent"), "TxnSmsSent")).isEqualTo("2.0");
        List<ResultRow> byCountry = application("txn-sms-delivered-grouped-by-country").rows();
        assertThat(byCountry).extracting(row -> row.groupedBys().get(0).value()).containsExactly("GB", "US");
        assertThat(application("txn-sms-average-price-grouped-by-country").rows()).isEmpty();
        assertThat(application("txn-emails-sent").rows()).isEmpty();
    }

    @Test
    void theDateRangeFiltersAndIsCheckedAsAwsDocumentsIt() {
        Instant future = FIXTURE.server.clock().now().plus(Duration.ofDays(2));
        var later = FIXTURE.client.getApplicationDateRangeKpi(r -> r.applicationId(appId).kpiName("txn-sms-sent")
                .startTime(future).endTime(future.plus(Duration.ofDays(1)))).applicationDateRangeKpiResponse();
        assertThat(later.kpiResult().rows()).isEmpty();

        Instant now = FIXTURE.server.clock().now();
        assertThatThrownBy(() -> FIXTURE.client.getApplicationDateRangeKpi(r -> r.applicationId(appId)
                .kpiName("txn-sms-sent").startTime(now.minus(Duration.ofDays(40))).endTime(now)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("31 days");
        assertThatThrownBy(() -> FIXTURE.client.getApplicationDateRangeKpi(r -> r.applicationId(appId)
                .kpiName("no-such-kpi"))).isInstanceOf(BadRequestException.class).hasMessageContaining("kpi-name");
        assertThatThrownBy(() -> FIXTURE.client.getCampaignDateRangeKpi(r -> r.applicationId(appId)
                .campaignId(campaignId).kpiName("txn-sms-sent"))).isInstanceOf(BadRequestException.class);
    }

    @Test
    void journeyKpisCountTheEmailsItsActivitiesDelivered() {
        String journeyId = FIXTURE.client.createJourney(r -> r.applicationId(appId).writeJourneyRequest(w -> w
                .name("j"))).journeyResponse().id();

        var response = FIXTURE.client.getJourneyDateRangeKpi(r -> r.applicationId(appId).journeyId(journeyId)
                .kpiName("journey-emails-sent")).journeyDateRangeKpiResponse();

        assertThat(response.journeyId()).isEqualTo(journeyId);
        assertThat(response.kpiResult().rows()).isEmpty();
    }
}
