package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.ChannelType;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.ExportJobResponse;
import software.amazon.awssdk.services.pinpoint.model.ImportJobRequest;
import software.amazon.awssdk.services.pinpoint.model.ImportJobResponse;
import software.amazon.awssdk.services.pinpoint.model.JobStatus;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.SegmentResponse;
import software.amazon.awssdk.services.pinpoint.model.SegmentType;

/** Import and export jobs, with S3 stood in for by the server handle's objects. */
class JobsTest {

    private static final ServerFixture FIXTURE = new ServerFixture();
    private static final String ROLE = "arn:aws:iam::000000000000:role/pinpoint-import";
    private static final String CSV = """
            ChannelType,Address,Id,Location.Country,User.UserId,User.UserAttributes.FirstName,Attributes.Plan
            SMS,+12065550121,ann-phone,US,ann,Ann,pro
            EMAIL,bob@example.com,bob-mail,"DE",bob,Bob,free
            """;

    private String appId;

    @BeforeEach
    void createApp() {
        appId = FIXTURE.createApp("jobs");
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private ImportJobResponse importJob(Consumer<ImportJobRequest.Builder> job) {
        String id = FIXTURE.client.createImportJob(r -> r.applicationId(appId).importJobRequest(j -> {
            j.roleArn(ROLE).registerEndpoints(true);
            job.accept(j);
        })).importJobResponse().id();
        return FIXTURE.client.getImportJob(r -> r.applicationId(appId).jobId(id)).importJobResponse();
    }

    private EndpointResponse endpoint(String id) {
        return FIXTURE.client.getEndpoint(r -> r.applicationId(appId).endpointId(id)).endpointResponse();
    }

    @Test
    void aCsvImportRegistersTheEndpointsAndDefinesAnImportedSegment() {
        FIXTURE.server.s3().put("s3://imports/" + appId + "/people.csv", CSV);

        var created = FIXTURE.client.createImportJob(r -> r.applicationId(appId).importJobRequest(j -> j
                .format("CSV").s3Url("s3://imports/" + appId + "/people.csv").roleArn(ROLE)
                .registerEndpoints(true).defineSegment(true).segmentName("customers"))).importJobResponse();
        assertThat(created.jobStatus()).isEqualTo(JobStatus.CREATED);
        assertThat(created.type()).isEqualTo("IMPORT");
        ImportJobResponse job = FIXTURE.client.getImportJob(r -> r.applicationId(appId).jobId(created.id()))
                .importJobResponse();

        assertThat(job.jobStatus()).isEqualTo(JobStatus.COMPLETED);
        assertThat(job.totalProcessed()).isEqualTo(2);
        assertThat(job.totalFailures()).isZero();
        assertThat(job.completedPieces()).isEqualTo(1);
        assertThat(job.completionDate()).endsWith("Z");
        assertThat(endpoint("ann-phone").user().userAttributes()).containsEntry("FirstName", List.of("Ann"));
        assertThat(endpoint("bob-mail").location().country()).isEqualTo("DE");
        assertThat(endpoint("bob-mail").attributes()).containsEntry("Plan", List.of("free"));
        SegmentResponse segment = FIXTURE.client.getSegment(r -> r.applicationId(appId)
                .segmentId(job.definition().segmentId())).segmentResponse();
        assertThat(segment.segmentType()).isEqualTo(SegmentType.IMPORT);
        assertThat(segment.name()).isEqualTo("customers");
        assertThat(segment.importDefinition().size()).isEqualTo(2);
        assertThat(segment.importDefinition().channelCounts()).containsEntry("SMS", 1).containsEntry("EMAIL", 1);
        assertThat(FIXTURE.server.segmentMembers(appId, segment.id())).containsExactly("ann-phone", "bob-mail");
        assertThat(FIXTURE.client.getSegmentImportJobs(r -> r.applicationId(appId).segmentId(segment.id()))
                .importJobsResponse().item()).extracting(ImportJobResponse::id).containsExactly(job.id());
    }

    @Test
    void aJsonImportReadsOneEndpointALineAndUserOnlyLinesBringTheirEndpoints() {
        FIXTURE.client.updateEndpoint(r -> r.applicationId(appId).endpointId("cid-tablet").endpointRequest(e -> e
                .channelType(ChannelType.GCM).address("token-cid").user(u -> u.userId("cid"))));
        FIXTURE.server.s3().put("s3://imports/" + appId + "/people.json", """
                {"ChannelType":"SMS","Address":"+12065550122","Id":"dee","Demographic":{"Platform":"Android"},\
                "User":{"UserId":"dee","UserAttributes":{"Interests":["ski","jazz"]}},"Metrics":{"visits":3}}
                {"User":{"UserId":"cid"}}
                """);

        ImportJobResponse job = importJob(j -> j.format("JSON").s3Url("s3://imports/" + appId + "/people.json")
                .defineSegment(true).segmentName("json"));

        assertThat(job.jobStatus()).isEqualTo(JobStatus.COMPLETED);
        assertThat(endpoint("dee").user().userAttributes()).containsEntry("Interests", List.of("ski", "jazz"));
        assertThat(endpoint("dee").metrics()).containsEntry("visits", 3.0);
        assertThat(FIXTURE.server.segmentMembers(appId, job.definition().segmentId()))
                .containsExactlyInAnyOrder("dee", "cid-tablet");
    }

    @Test
    void aMissingObjectFailsTheJob() {
        ImportJobResponse job = importJob(j -> j.format("CSV").s3Url("s3://imports/nothing-here.csv"));

        assertThat(job.jobStatus()).isEqualTo(JobStatus.FAILED);
        assertThat(job.failedPieces()).isEqualTo(1);
        assertThat(job.failures()).singleElement().asString().contains("s3://imports/nothing-here.csv");
    }

    @Test
    void badRowsAreCountedAndTheOthersImported() {
        FIXTURE.server.s3().put("s3://imports/" + appId + "/mixed.csv", """
                ChannelType,Address,Shoe.Size
                SMS,+12065550123,
                FAX,12345,
                SMS,+12065550124,44
                ,+12065550125,
                """);

        ImportJobResponse job = importJob(j -> j.format("CSV").s3Url("s3://imports/" + appId + "/mixed.csv"));

        assertThat(job.jobStatus()).isEqualTo(JobStatus.COMPLETED);
        assertThat(job.totalProcessed()).isEqualTo(4);
        assertThat(job.totalFailures()).isEqualTo(3);
        assertThat(job.failures()).hasSize(3).anySatisfy(f -> assertThat(f).contains("Line 3", "FAX"))
                .anySatisfy(f -> assertThat(f).contains("Shoe.Size"))
                .anySatisfy(f -> assertThat(f).contains("Missing"));
    }

    @Test
    void aFolderImportsEveryFileOfItsFormat() {
        String folder = "s3://imports/" + appId + "/batch/";
        FIXTURE.server.s3().put(folder + "a.csv", "ChannelType,Address\nSMS,+12065550126\n")
                .put(folder + "b.csv", "ChannelType,Address\nSMS,+12065550127\n")
                .put(folder + "c.json", "{\"ChannelType\":\"SMS\",\"Address\":\"+12065550128\"}\n");

        ImportJobResponse job = importJob(j -> j.format("CSV").s3Url(folder));

        assertThat(job.totalPieces()).isEqualTo(2);
        assertThat(job.totalProcessed()).isEqualTo(2);
    }

    @Test
    void anExportWritesTheSegmentsEndpointsAsGzippedJsonLines() throws IOException {
        FIXTURE.server.s3().put("s3://imports/" + appId + "/people.csv", CSV);
        importJob(j -> j.format("CSV").s3Url("s3://imports/" + appId + "/people.csv"));
        String pro = FIXTURE.client.createSegment(r -> r.applicationId(appId).writeSegmentRequest(s -> s
                .dimensions(d -> d.attributes(Map.of("Plan", software.amazon.awssdk.services.pinpoint.model
                        .AttributeDimension.builder().values("pro").build()))))).segmentResponse().id();

        ExportJobResponse created = FIXTURE.client.createExportJob(r -> r.applicationId(appId).exportJobRequest(j -> j
                .s3UrlPrefix("s3://exports/pinpoint/").roleArn(ROLE).segmentId(pro))).exportJobResponse();
        ExportJobResponse job = FIXTURE.client.getExportJob(r -> r.applicationId(appId).jobId(created.id()))
                .exportJobResponse();

        assertThat(created.jobStatus()).isEqualTo(JobStatus.CREATED);
        assertThat(job.jobStatus()).isEqualTo(JobStatus.COMPLETED);
        assertThat(job.type()).isEqualTo("EXPORT");
        assertThat(job.totalProcessed()).isEqualTo(1);
        String url = "s3://exports/pinpoint/" + appId + "/" + job.id() + "/endpoints-00000.gz";
        assertThat(FIXTURE.server.s3().list("s3://exports/pinpoint/" + appId + "/")).containsExactly(url);
        List<String> lines = gunzip(FIXTURE.server.s3().get(url).orElseThrow()).lines().toList();
        assertThat(lines).hasSize(1);
        JsonObject exported = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertThat(exported.get("Id").getAsString()).isEqualTo("ann-phone");
        assertThat(exported.getAsJsonObject("User").get("UserId").getAsString()).isEqualTo("ann");
        assertThat(FIXTURE.client.getSegmentExportJobs(r -> r.applicationId(appId).segmentId(pro))
                .exportJobsResponse().item()).extracting(ExportJobResponse::id).containsExactly(job.id());
    }

    @Test
    void jobListsAreNewestFirstAndPaged() {
        for (int i = 0; i < 3; i++) {
            FIXTURE.client.createExportJob(r -> r.applicationId(appId).exportJobRequest(j -> j
                    .s3UrlPrefix("s3://exports/all/").roleArn(ROLE)));
        }

        var first = FIXTURE.client.getExportJobs(r -> r.applicationId(appId).pageSize("2")).exportJobsResponse();
        var second = FIXTURE.client.getExportJobs(r -> r.applicationId(appId).pageSize("2")
                .token(first.nextToken())).exportJobsResponse();

        assertThat(first.item()).hasSize(2);
        assertThat(second.item()).hasSize(1);
        assertThat(second.nextToken()).isNull();
        assertThat(first.item().get(0).creationDate()).isGreaterThanOrEqualTo(first.item().get(1).creationDate());
    }

    @Test
    void requestsAreCheckedAsPinpointChecksThem() {
        assertThatThrownBy(() -> importJob(j -> j.format("CSV").s3Url("https://bucket/file.csv")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("S3Url");
        assertThatThrownBy(() -> importJob(j -> j.format("CSV").s3Url("s3://b/f.csv").roleArn("role")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("RoleArn");
        assertThatThrownBy(() -> importJob(j -> j.format("CSV").s3Url("s3://b/f.csv").defineSegment(true)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("SegmentName");
        String dimensional = FIXTURE.client.createSegment(r -> r.applicationId(appId).writeSegmentRequest(s -> s
                .name("dims"))).segmentResponse().id();
        assertThatThrownBy(() -> importJob(j -> j.format("CSV").s3Url("s3://b/f.csv").segmentId(dimensional)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("not an imported segment");
        assertThatThrownBy(() -> FIXTURE.client.createExportJob(r -> r.applicationId(appId).exportJobRequest(j -> j
                .s3UrlPrefix("s3://exports/").roleArn(ROLE).segmentId("0".repeat(32)))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> FIXTURE.client.getImportJob(r -> r.applicationId(appId).jobId("nope")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> FIXTURE.server.s3().put("bucket/key", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
