package dev.pinpointmock.internal.state;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.pinpoint.model.ExportJobResponse;
import software.amazon.awssdk.services.pinpoint.model.ImportJobResponse;

/**
 * The import and export jobs of one application: each as the API describes it, replaced as the job moves
 * on, and whether it has run yet.
 */
public final class JobStore {

    /** One job: its current description and when it was created; {@code pending} until it has run. */
    public static final class Job<R> {
        private final String id;
        private final Instant creationDate;
        private volatile R response;
        private volatile boolean pending = true;
        private boolean claimed;

        Job(String id, Instant creationDate, R response) {
            this.id = id;
            this.creationDate = creationDate;
            this.response = response;
        }

        public String id() {
            return id;
        }

        public Instant creationDate() {
            return creationDate;
        }

        public R response() {
            return response;
        }

        public boolean pending() {
            return pending;
        }

        /** Records the job's end; called once, by the job's runner. */
        public synchronized void finish(R finished) {
            this.response = finished;
            this.pending = false;
        }

        /** Claims a pending job for running; only one caller ever gets {@code true}. */
        public synchronized boolean claim() {
            if (claimed) {
                return false;
            }
            claimed = true;
            return true;
        }
    }

    private final Map<String, Job<ImportJobResponse>> imports = new ConcurrentHashMap<>();
    private final Map<String, Job<ExportJobResponse>> exports = new ConcurrentHashMap<>();

    public Job<ImportJobResponse> addImport(String id, Instant at, ImportJobResponse response) {
        Job<ImportJobResponse> job = new Job<>(id, at, response);
        imports.put(id, job);
        return job;
    }

    public Job<ExportJobResponse> addExport(String id, Instant at, ExportJobResponse response) {
        Job<ExportJobResponse> job = new Job<>(id, at, response);
        exports.put(id, job);
        return job;
    }

    public Optional<Job<ImportJobResponse>> importJob(String id) {
        return Optional.ofNullable(imports.get(id));
    }

    public Optional<Job<ExportJobResponse>> exportJob(String id) {
        return Optional.ofNullable(exports.get(id));
    }

    public Collection<Job<ImportJobResponse>> imports() {
        return List.copyOf(imports.values());
    }

    public Collection<Job<ExportJobResponse>> exports() {
        return List.copyOf(exports.values());
    }
}
