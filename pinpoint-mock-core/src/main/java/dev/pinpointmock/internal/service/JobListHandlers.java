package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.App;
import software.amazon.awssdk.services.pinpoint.model.ExportJobResponse;
import software.amazon.awssdk.services.pinpoint.model.ExportJobsResponse;
import software.amazon.awssdk.services.pinpoint.model.GetExportJobRequest;
import software.amazon.awssdk.services.pinpoint.model.GetExportJobResponse;
import software.amazon.awssdk.services.pinpoint.model.GetExportJobsRequest;
import software.amazon.awssdk.services.pinpoint.model.GetExportJobsResponse;
import software.amazon.awssdk.services.pinpoint.model.GetImportJobRequest;
import software.amazon.awssdk.services.pinpoint.model.GetImportJobResponse;
import software.amazon.awssdk.services.pinpoint.model.GetImportJobsRequest;
import software.amazon.awssdk.services.pinpoint.model.GetImportJobsResponse;
import software.amazon.awssdk.services.pinpoint.model.GetSegmentExportJobsRequest;
import software.amazon.awssdk.services.pinpoint.model.GetSegmentExportJobsResponse;
import software.amazon.awssdk.services.pinpoint.model.GetSegmentImportJobsRequest;
import software.amazon.awssdk.services.pinpoint.model.GetSegmentImportJobsResponse;
import software.amazon.awssdk.services.pinpoint.model.ImportJobResponse;
import software.amazon.awssdk.services.pinpoint.model.ImportJobsResponse;

/** GetImportJob, GetExportJob, GetImportJobs, GetExportJobs, GetSegmentImportJobs and GetSegmentExportJobs. */
final class JobListHandlers {

    private JobListHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("GetImportJob", GetImportJobRequest.class, JobListHandlers::getImportJob)
                .on("GetExportJob", GetExportJobRequest.class, JobListHandlers::getExportJob)
                .on("GetImportJobs", GetImportJobsRequest.class, JobListHandlers::getImportJobs)
                .on("GetExportJobs", GetExportJobsRequest.class, JobListHandlers::getExportJobs)
                .on("GetSegmentImportJobs", GetSegmentImportJobsRequest.class, JobListHandlers::getSegmentImportJobs)
                .on("GetSegmentExportJobs", GetSegmentExportJobsRequest.class, JobListHandlers::getSegmentExportJobs);
    }

    static GetImportJobResponse getImportJob(CallContext context, GetImportJobRequest request) {
        App app = context.app(request.applicationId());
        ImportJobResponse job = app.jobs().importJob(request.jobId())
                .orElseThrow(() -> Errors.notFound("Import job not found")).response();
        return GetImportJobResponse.builder().importJobResponse(job).build();
    }

    static GetExportJobResponse getExportJob(CallContext context, GetExportJobRequest request) {
        App app = context.app(request.applicationId());
        ExportJobResponse job = app.jobs().exportJob(request.jobId())
                .orElseThrow(() -> Errors.notFound("Export job not found")).response();
        return GetExportJobResponse.builder().exportJobResponse(job).build();
    }

    static GetImportJobsResponse getImportJobs(CallContext context, GetImportJobsRequest request) {
        App app = context.app(request.applicationId());
        Pages.Page<ImportJobResponse> page = JobHandlers.page(app.jobs().imports(), job -> true, request.token(),
                request.pageSize());
        return GetImportJobsResponse.builder().importJobsResponse(imports(page)).build();
    }

    static GetExportJobsResponse getExportJobs(CallContext context, GetExportJobsRequest request) {
        App app = context.app(request.applicationId());
        Pages.Page<ExportJobResponse> page = JobHandlers.page(app.jobs().exports(), job -> true, request.token(),
                request.pageSize());
        return GetExportJobsResponse.builder().exportJobsResponse(exports(page)).build();
    }

    static GetSegmentImportJobsResponse getSegmentImportJobs(CallContext context,
                                                             GetSegmentImportJobsRequest request) {
        App app = context.app(request.applicationId());
        String segmentId = SegmentHandlers.segment(app, request.segmentId()).id();
        Pages.Page<ImportJobResponse> page = JobHandlers.page(app.jobs().imports(),
                job -> segmentId.equals(job.definition().segmentId()), request.token(), request.pageSize());
        return GetSegmentImportJobsResponse.builder().importJobsResponse(imports(page)).build();
    }

    static GetSegmentExportJobsResponse getSegmentExportJobs(CallContext context,
                                                             GetSegmentExportJobsRequest request) {
        App app = context.app(request.applicationId());
        String segmentId = SegmentHandlers.segment(app, request.segmentId()).id();
        Pages.Page<ExportJobResponse> page = JobHandlers.page(app.jobs().exports(),
                job -> segmentId.equals(job.definition().segmentId()), request.token(), request.pageSize());
        return GetSegmentExportJobsResponse.builder().exportJobsResponse(exports(page)).build();
    }

    private static ImportJobsResponse imports(Pages.Page<ImportJobResponse> page) {
        return ImportJobsResponse.builder().item(page.items()).nextToken(page.nextToken()).build();
    }

    private static ExportJobsResponse exports(Pages.Page<ExportJobResponse> page) {
        return ExportJobsResponse.builder().item(page.items()).nextToken(page.nextToken()).build();
    }
}
