package dev.pinpointmock.internal.service;

import dev.pinpointmock.internal.state.App;
import dev.pinpointmock.internal.state.EndpointStore;
import dev.pinpointmock.internal.state.JobStore;
import dev.pinpointmock.internal.state.SegmentStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.EndpointBatchItem;
import software.amazon.awssdk.services.pinpoint.model.EndpointResponse;
import software.amazon.awssdk.services.pinpoint.model.ImportJobResource;
import software.amazon.awssdk.services.pinpoint.model.ImportJobResponse;
import software.amazon.awssdk.services.pinpoint.model.JobStatus;
import software.amazon.awssdk.services.pinpoint.model.SegmentImportResource;
import software.amazon.awssdk.services.pinpoint.model.SegmentResponse;
import software.amazon.awssdk.services.pinpoint.model.SegmentType;

/**
 * Runs an import job: reads the S3 object (or every object of its Format under the S3Url folder), writes
 * each endpoint definition as UpdateEndpoint would when RegisterEndpoints is true, brings in the endpoints
 * of rows that name only a user, and puts the endpoints in the segment it defines or updates. Each file is
 * one piece. A row that fails is counted and, for the first 100, described in Failures; a job whose
 * files are missing, or all of whose rows fail, is FAILED.
 */
final class ImportJobRunner {

    static final int MAX_FAILURES_LISTED = 100;

    private ImportJobRunner() {
    }

    static void run(CallContext context, App app, JobStore.Job<ImportJobResponse> job) {
        if (!job.claim()) {
            return;
        }
        ImportJobResource definition = job.response().definition();
        List<String> files = files(context, definition);
        List<String> failures = new ArrayList<>();
        if (files.isEmpty()) {
            failures.add("Unable to read " + definition.s3Url() + ": the specified key does not exist");
            job.finish(finished(context, job, JobStatus.FAILED, 1, 0, 0, 1, failures, definition));
            return;
        }
        Set<String> imported = new LinkedHashSet<>();
        int processed = 0;
        int failed = 0;
        for (String file : files) {
            String text = new String(context.service().objects().get(file).orElseThrow(), StandardCharsets.UTF_8);
            List<ImportFiles.Row> rows = definition.formatAsString().equals("CSV") ? ImportFiles.csv(text)
                    : ImportFiles.json(text);
            for (ImportFiles.Row row : rows) {
                processed++;
                try {
                    imported.addAll(importRow(context, app, definition, row));
                } catch (BadRequestException invalid) {
                    failed++;
                    if (failures.size() < MAX_FAILURES_LISTED) {
                        failures.add("Line " + row.line() + " of " + file + ": " + invalid.getMessage());
                    }
                }
            }
        }
        ImportJobResource resolved = defineSegment(context, app, definition, imported);
        JobStatus status = processed > 0 && failed == processed ? JobStatus.FAILED : JobStatus.COMPLETED;
        job.finish(finished(context, job, status, files.size(), files.size(), processed, failed, failures,
                resolved));
    }

    /** The object the URL names, or else every object of the job's format under it as a folder. */
    private static List<String> files(CallContext context, ImportJobResource definition) {
        String url = definition.s3Url();
        if (context.service().objects().get(url).isPresent()) {
            return List.of(url);
        }
        String folder = url.endsWith("/") ? url : url + "/";
        String extension = "." + definition.formatAsString().toLowerCase(Locale.ROOT);
        return context.service().objects().urls(folder).stream()
                .filter(file -> file.toLowerCase(Locale.ROOT).endsWith(extension))
                .toList();
    }

    private static List<String> importRow(CallContext context, App app, ImportJobResource definition,
                                          ImportFiles.Row row) {
        if (ImportedEndpoint.userOnly(row)) {
            String userId = row.values().get("User.UserId").get(0);
            return app.endpoints().ofUser(userId).stream().map(EndpointResponse::id).toList();
        }
        EndpointBatchItem item = ImportedEndpoint.of(row);
        String id = item.id() != null ? EndpointWriter.checkId(item.id()) : context.ids().hex32();
        if (!Boolean.TRUE.equals(definition.registerEndpoints())) {
            return List.of(id);
        }
        boolean exists = app.endpoints().get(id).isPresent();
        if (!exists && (item.address() == null || item.channelType() == null)) {
            throw Errors.badRequest(item.address() == null ? "Missing Address" : "Missing ChannelType");
        }
        EndpointChange change = EndpointChange.of(item).validate();
        EndpointStore store = app.endpoints();
        EndpointResponse written = store.write(endpoints -> new EndpointWriter(app.id(), context, store)
                .write(endpoints, id, change));
        return List.of(written.id());
    }

    /** Creates the segment the job defines, or adds the endpoints to the one it names, as a new version. */
    private static ImportJobResource defineSegment(CallContext context, App app, ImportJobResource definition,
                                                   Set<String> imported) {
        Instant now = context.now();
        SegmentImportResource importDefinition = SegmentImportResource.builder()
                .format(definition.format()).s3Url(definition.s3Url()).roleArn(definition.roleArn())
                .externalId(definition.externalId()).size(imported.size())
                .channelCounts(channelCounts(app, imported)).build();
        if (definition.segmentId() != null) {
            Optional<SegmentStore.Segment> segment = app.segments().get(definition.segmentId());
            segment.ifPresent(existing -> existing.versions().append(history -> {
                Set<String> members = new LinkedHashSet<>(history.latest().importedEndpointIds());
                members.addAll(imported);
                SegmentResponse next = history.latest().response().toBuilder()
                        .importDefinition(importDefinition.toBuilder().size(members.size()).build())
                        .version(history.nextNumber()).lastModifiedDate(Dates.iso(now)).build();
                return new SegmentStore.Version(next, members);
            }));
            return definition;
        }
        if (!Boolean.TRUE.equals(definition.defineSegment())) {
            return definition;
        }
        String id = context.ids().hex32();
        SegmentResponse segment = SegmentResponse.builder()
                .applicationId(app.id()).arn(SegmentHandlers.arn(context.partition(), app, id)).id(id)
                .name(definition.segmentName()).segmentType(SegmentType.IMPORT).importDefinition(importDefinition)
                .creationDate(Dates.iso(now)).lastModifiedDate(Dates.iso(now)).version(1).build();
        app.segments().add(id, now, new SegmentStore.Version(segment, imported));
        return definition.toBuilder().segmentId(id).build();
    }

    private static Map<String, Integer> channelCounts(App app, Set<String> imported) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String id : imported) {
            app.endpoints().get(id).map(EndpointResponse::channelTypeAsString)
                    .ifPresent(channel -> counts.merge(channel, 1, Integer::sum));
        }
        return counts;
    }

    private static ImportJobResponse finished(CallContext context, JobStore.Job<ImportJobResponse> job,
                                              JobStatus status, int pieces, int completedPieces, int processed,
                                              int failed, List<String> failures, ImportJobResource definition) {
        return job.response().toBuilder()
                .jobStatus(status)
                .completionDate(Dates.iso(context.now()))
                .totalPieces(pieces)
                .completedPieces(completedPieces)
                .failedPieces(pieces - completedPieces)
                .totalProcessed(processed)
                .totalFailures(failed)
                .failures(failures)
                .definition(definition)
                .build();
    }
}
