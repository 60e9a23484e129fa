package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.JobStore;
import dev.pinpointmock.internal.state.SegmentStore;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.pinpoint.model.CreateExportJobRequest;
import software.amazon.awssdk.services.pinpoint.model.CreateExportJobResponse;
import software.amazon.awssdk.services.pinpoint.model.CreateImportJobRequest;
import software.amazon.awssdk.services.pinpoint.model.CreateImportJobResponse;
import software.amazon.awssdk.services.pinpoint.model.ExportJobRequest;
import software.amazon.awssdk.services.pinpoint.model.ExportJobResource;
import software.amazon.awssdk.services.pinpoint.model.ExportJobResponse;
import software.amazon.awssdk.services.pinpoint.model.ImportJobRequest;
import software.amazon.awssdk.services.pinpoint.model.ImportJobResource;
import software.amazon.awssdk.services.pinpoint.model.ImportJobResponse;
import software.amazon.awssdk.services.pinpoint.model.JobStatus;
import software.amazon.awssdk.services.pinpoint.model.SegmentType;

/**
 * CreateImportJob and CreateExportJob, which answer the new job as CREATED and run it as soon as the answer
 * is made, so that the next call sees it COMPLETED or FAILED; and GetImportJob, GetExportJob and the lists
 * of an application's or a segment's jobs, newest first.
 */
final class JobHandlers {

    private JobHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("CreateImportJob", CreateImportJobRequest.class, JobHandlers::createImportJob)
                .on("CreateExportJob", CreateExportJobRequest.class, JobHandlers::createExportJob);
        JobListHandlers.register(registry);
    }

    static CreateImportJobResponse createImportJob(CallContext context, CreateImportJobRequest request) {
        App app = context.app(request.applicationId());
        ImportJobRequest write = request.importJobRequest();
        requireS3Url("S3Url", write.s3Url());
        requireRole(write.roleArn());
        if (write.segmentId() != null) {
            SegmentStore.Segment segment = SegmentHandlers.segment(app, write.segmentId());
            if (segment.latest().response().segmentType() != SegmentType.IMPORT) {
                throw badRequest("Segment " + write.segmentId() + " is not an imported segment; import jobs add"
                        + " endpoints only to imported segments");
            }
        } else if (Boolean.TRUE.equals(write.defineSegment())
                && (write.segmentName() == null || write.segmentName().isBlank())) {
            throw badRequest("Missing SegmentName: an import job that defines a segment names it");
        }
        Instant now = context.now();
        String id = context.ids().hex32();
        ImportJobResource definition = ImportJobResource.builder()
                .format(write.format()).s3Url(write.s3Url()).roleArn(write.roleArn())
                .defineSegment(write.defineSegment()).registerEndpoints(write.registerEndpoints())
                .segmentId(write.segmentId()).segmentName(write.segmentName()).externalId(write.externalId())
                .build();
        JobStore.Job<ImportJobResponse> job = app.jobs().addImport(id, now, ImportJobResponse.builder()
                .applicationId(app.id()).id(id).type("IMPORT").jobStatus(JobStatus.CREATED)
                .creationDate(Dates.iso(now)).definition(definition).build());
        ImportJobResponse created = job.response();
        ImportJobRunner.run(context, app, job);
        return CreateImportJobResponse.builder().importJobResponse(created).build();
    }

    static CreateExportJobResponse createExportJob(CallContext context, CreateExportJobRequest request) {
        App app = context.app(request.applicationId());
        ExportJobRequest write = request.exportJobRequest();
        requireS3Url("S3UrlPrefix", write.s3UrlPrefix());
        requireRole(write.roleArn());
        if (write.segmentId() != null) {
            SegmentStore.Segment segment = SegmentHandlers.segment(app, write.segmentId());
            if (write.segmentVersion() != null && segment.versions().version(write.segmentVersion()).isEmpty()) {
                throw Errors.notFound("Segment " + write.segmentId() + " has no version " + write.segmentVersion());
            }
        } else if (write.segmentVersion() != null) {
            throw badRequest("SegmentVersion needs a SegmentId");
        }
        Instant now = context.now();
        String id = context.ids().hex32();
        ExportJobResource definition = ExportJobResource.builder()
                .s3UrlPrefix(write.s3UrlPrefix()).roleArn(write.roleArn())
                .segmentId(write.segmentId()).segmentVersion(write.segmentVersion()).build();
        JobStore.Job<ExportJobResponse> job = app.jobs().addExport(id, now, ExportJobResponse.builder()
                .applicationId(app.id()).id(id).type("EXPORT").jobStatus(JobStatus.CREATED)
                .creationDate(Dates.iso(now)).definition(definition).build());
        ExportJobResponse created = job.response();
        ExportJobRunner.run(context, app, job);
        return CreateExportJobResponse.builder().exportJobResponse(created).build();
    }

    /** One page of jobs, newest first, of those a filter keeps. */
    static <R> Pages.Page<R> page(Collection<JobStore.Job<R>> jobs, Predicate<R> keep, String token,
                                  String pageSize) {
        Comparator<JobStore.Job<R>> newestFirst = Comparator.<JobStore.Job<R>, Instant>comparing(
                JobStore.Job::creationDate).thenComparing(JobStore.Job::id).reversed();
        List<JobStore.Job<R>> ordered = jobs.stream().filter(job -> keep.test(job.response()))
                .sorted(newestFirst).toList();
        Function<JobStore.Job<R>, Map<String, String>> position =
                job -> Map.of("CreationDate", Dates.iso(job.creationDate()), "Id", job.id());
        Pages.Page<JobStore.Job<R>> page = Pages.page(ordered, token, pageSize, position,
                (a, b) -> -Listing.byCreationDateAndId(a, b));
        return new Pages.Page<>(page.items().stream().map(JobStore.Job::response).toList(), page.nextToken());
    }

    private static void requireS3Url(String member, String url) {
        if (url == null || !url.matches("s3://[^/]+(/.*)?")) {
            throw badRequest(member + " must be an S3 URL such as s3://bucket-name/folder-name/, not " + url);
        }
    }

    private static void requireRole(String roleArn) {
        if (roleArn == null || !roleArn.startsWith("arn:")) {
            throw badRequest("RoleArn must be the ARN of an IAM role, not " + roleArn);
        }
    }
}
