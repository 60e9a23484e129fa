package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.JobStore;
import dev.pinpointmock.internal.state.SegmentStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.ExportJobResource;
import software.amazon.awssdk.services.pinpoint.model.ExportJobResponse;
import software.amazon.awssdk.services.pinpoint.model.JobStatus;

/**
 * Runs an export job: writes the endpoints of its segment version (or of the whole application when it
 * names no segment) as newline-delimited JSON, one EndpointResponse a line, gzip-compressed, to
 * {@code <S3UrlPrefix><application id>/<job id>/endpoints-00000.gz}: one piece.
 */
final class ExportJobRunner {

    private ExportJobRunner() {
    }

    static void run(CallContext context, App app, JobStore.Job<ExportJobResponse> job) {
        if (!job.claim()) {
            return;
        }
        ExportJobResource definition = job.response().definition();
        Collection<EndpointResponse> endpoints = endpoints(context, app, definition);
        String prefix = definition.s3UrlPrefix().endsWith("/") ? definition.s3UrlPrefix()
                : definition.s3UrlPrefix() + "/";
        context.service().objects().put(prefix + app.id() + "/" + job.id() + "/endpoints-00000.gz",
                gzip(endpoints));
        job.finish(job.response().toBuilder()
                .jobStatus(JobStatus.COMPLETED)
                .completionDate(Dates.iso(context.now()))
                .totalPieces(1).completedPieces(1).failedPieces(0)
                .totalProcessed(endpoints.size()).totalFailures(0)
                .build());
    }

    private static Collection<EndpointResponse> endpoints(CallContext context, App app,
                                                          ExportJobResource definition) {
        if (definition.segmentId() == null) {
            return ScheduledDelivery.endpoints(app);
        }
        Optional<SegmentStore.Version> version = SegmentLookups.of(app)
                .find(definition.segmentId(), definition.segmentVersion());
        return version.map(v -> new SegmentEvaluator(ScheduledDelivery.endpoints(app), SegmentLookups.of(app),
                context.now()).members(v)).orElse(List.of());
    }

    private static byte[] gzip(Collection<EndpointResponse> endpoints) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            for (EndpointResponse endpoint : endpoints) {
                out.write((ExportedEndpoint.json(endpoint) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }
}
