package dev.pinpointmock;

import dev.pinpointmock.internal.service.DueWork;
import dev.pinpointmock.internal.service.PinpointOperations;
import dev.pinpointmock.internal.service.SegmentMembership;
import dev.pinpointmock.internal.state.Ids;
import dev.pinpointmock.internal.state.ServiceState;
import dev.pinpointmock.internal.wire.BodyLimits;
import dev.pinpointmock.internal.wire.CredentialScope;
import dev.pinpointmock.internal.wire.DurableCalls;
import dev.pinpointmock.internal.wire.HttpListener;
import dev.pinpointmock.internal.wire.PinpointHttpHandler;
import dev.pinpointmock.internal.wire.SignatureCheck;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpoint.PinpointAsyncClient;
import software.amazon.awssdk.services.pinpoint.PinpointAsyncClientBuilder;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.PinpointClientBuilder;

/**
 * An in-memory Amazon Pinpoint served over HTTP on the loopback interface, for the AWS SDK, the AWS CLI or
 * any other Pinpoint client to call.
 *
 * <pre>{@code
 * try (PinpointMockServer server = PinpointMockServer.builder().build().start();
 *      PinpointClient pinpoint = server.newClient()) {
 *     pinpoint.createApp(r -> r.createApplicationRequest(a -> a.name("shop")));
 * }
 * }</pre>
 *
 * <p>Each server has its own state, clock and inspectors; servers in one JVM share nothing that changes.
 * Starting a started server, or closing a closed one, does nothing. A closed server cannot start again.
 */
public final class PinpointMockServer implements AutoCloseable {

    /** The region of calls whose signature names none, and of {@link #newClient()}. */
    public static final String DEFAULT_REGION = "us-east-1";
    /** The account that owns every resource, as in the ARNs the server writes. */
    public static final String DEFAULT_ACCOUNT = "000000000000";

    private static final System.Logger LOG = System.getLogger("dev.pinpointmock.server");
    /**
     * Undertow and XNIO announce every start at INFO, which would bury the OTP lines in test output. Their
     * loggers are lowered to WARNING unless the application configured them; held here so they stay so.
     */
    private static final List<java.util.logging.Logger> QUIETED = quietLoggers("io.undertow", "org.xnio");

    private final String host;
    private final int requestedPort;
    private final String region;
    private final String account;
    private final ServiceState state;
    private final OtpInspector otps;
    private final RequestJournal journal;
    private final Faults faults;
    private final MessageInspector messages;
    private final Path dataDirectory;
    private final String accessKeyId;
    private final String secretAccessKey;
    private final S3Objects s3;

    private HttpListener listener;
    private DurableCalls durable;
    private URI endpoint;
    private boolean closed;

    private PinpointMockServer(Builder builder) {
        this.host = builder.host;
        this.requestedPort = builder.port;
        this.region = builder.region;
        this.account = builder.account;
        long seed = builder.seed == null ? new SecureRandom().nextLong() : builder.seed;
        this.state = new ServiceState(MockClock.system(), Ids.seeded(seed), ~seed, builder.journalCapacity);
        state.clock().onMove(() -> DueWork.run(state));
        this.otps = new OtpInspector(state.otpLog());
        this.journal = new RequestJournal(state.callLog());
        this.faults = new Faults(state.faults());
        this.messages = new MessageInspector(state.messageLog());
        this.dataDirectory = builder.dataDirectory;
        this.accessKeyId = builder.accessKeyId;
        this.secretAccessKey = builder.secretAccessKey;
        this.s3 = new S3Objects(state.objects());
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the server and starts serving. With a {@linkplain Builder#dataDirectory data directory}, first
     * rebuilds the state that the directory keeps.
     *
     * @throws IllegalStateException if the server was closed, the port cannot be bound, or the data directory
     *                               cannot be used (the message says why; the directory's file is left as it
     *                               was)
     */
    public synchronized PinpointMockServer start() {
        if (closed) {
            throw new IllegalStateException("This server was closed and cannot start again; build a new one");
        }
        if (listener != null) {
            return this;
        }
        DurableCalls calls = dataDirectory == null
                ? null
                : DurableCalls.open(dataDirectory, state, PinpointOperations.all(), true);
        SignatureCheck signatures = accessKeyId == null
                ? null
                : new SignatureCheck(accessKeyId, secretAccessKey, Clock.systemUTC());
        HttpListener server;
        try {
            server = HttpListener.start(host, requestedPort, BodyLimits.DRAIN_LIMIT + 1,
                    PinpointHttpHandler.create(state, PinpointOperations.all(), region, account, calls, signatures));
        } catch (RuntimeException e) {
            if (calls != null) {
                calls.close();
            }
            String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            throw new IllegalStateException("Cannot listen on " + host + ":" + requestedPort + ": " + cause
                    + (requestedPort == 0 ? "" : "; choose another port, or 0 for any free one"), e);
        }
        InetSocketAddress address = server.address();
        this.listener = server;
        this.durable = calls;
        this.endpoint = URI.create("http://" + hostForUri(address) + ":" + address.getPort());
        LOG.log(Level.DEBUG, "pinpoint-mock started endpoint={0}", endpoint);
        warnIfReachableFromOtherMachines();
        return this;
    }

    /** Stops serving and frees the port. */
    @Override
    public synchronized void close() {
        if (listener != null) {
            listener.close();
            listener = null;
            LOG.log(Level.DEBUG, "pinpoint-mock stopped endpoint={0}", endpoint);
        }
        if (durable != null) {
            durable.close();
            durable = null;
        }
        closed = true;
    }

    /** Whether the server is serving now: started and not closed. */
    public synchronized boolean isRunning() {
        return listener != null;
    }

    /**
     * The base URL to give a client as its endpoint override, such as {@code http://127.0.0.1:43121}.
     *
     * @throws IllegalStateException before {@link #start()}
     */
    public synchronized URI endpoint() {
        if (endpoint == null) {
            throw new IllegalStateException("The server has not started; call start() before endpoint()");
        }
        return endpoint;
    }

    /** The port the server listens on; see {@link #endpoint()}. */
    public int port() {
        return endpoint().getPort();
    }

    /** The region of unsigned calls and of {@link #newClient()}. */
    public String region() {
        return region;
    }

    /** The account id in every ARN the server writes. */
    public String account() {
        return account;
    }

    /**
     * The server's clock, which a test moves to expire codes without sleeping; moving it runs the campaigns
     * and journey steps that become due, before {@code advance} or {@code setTo} returns.
     */
    public MockClock clock() {
        return state.clock();
    }

    /** The one-time passwords the server generated. */
    public OtpInspector otps() {
        return otps;
    }

    /** Every call the server answered, to assert on what the code under test asked of Pinpoint. */
    public RequestJournal requests() {
        return journal;
    }

    /** Makes calls fail or slow down on purpose. */
    public Faults faults() {
        return faults;
    }

    /**
     * Fixes the codes of the next one-time passwords, in order, before random ones resume. Each must have
     * the {@code CodeLength} its send asks for (6 when it asks for none); a send whose fixed code has another
     * length is answered with a BadRequestException that says so.
     *
     * @throws IllegalArgumentException if a code is not 5 to 8 digits
     */
    public void fixNextOtpCodes(String... codes) {
        for (String code : codes) {
            if (code == null || !code.matches("[0-9]{5,8}")) {
                throw new IllegalArgumentException("An OTP code is 5 to 8 digits, as CodeLength allows, not " + code);
            }
        }
        state.fixNextOtpCodes(List.of(codes));
    }

    /** The S3 objects that import jobs read and export jobs write. */
    public S3Objects s3() {
        return s3;
    }

    /** The messages the server would have delivered: SMS, email, voice, push and one-time passwords. */
    public MessageInspector messages() {
        return messages;
    }

    /**
     * The ids of the endpoints that belong to the latest version of a segment now, on the server's clock,
     * in the order the endpoints were created: the endpoints a campaign on the segment would send to, before
     * its holdout and limits and before opted-out or inactive endpoints are left out.
     *
     * @throws IllegalArgumentException when the application or segment does not exist
     */
    public List<String> segmentMembers(String applicationId, String segmentId) {
        return SegmentMembership.of(state, applicationId, segmentId, null);
    }

    /**
     * As {@link #segmentMembers(String, String)}, for one version of the segment.
     *
     * @throws IllegalArgumentException when the application, segment or version does not exist
     */
    public List<String> segmentMembers(String applicationId, String segmentId, int version) {
        return SegmentMembership.of(state, applicationId, segmentId, version);
    }

    /**
     * Forgets every application, tag, code, delivered message, S3 object, journaled call and fault, as if
     * the server had just started. The clock keeps its time. With a data directory, the directory forgets
     * them too.
     */
    public void reset() {
        DurableCalls calls;
        synchronized (this) {
            calls = durable;
        }
        if (calls != null) {
            calls.reset();
        } else {
            state.reset();
        }
    }

    /**
     * A new synchronous client of this server in its region and account, with static test credentials and
     * the Apache HTTP client. The caller closes it.
     */
    public PinpointClient newClient() {
        return clientBuilder().build();
    }

    /** A new client of this server that signs its calls for another region, whose state is its own. */
    public PinpointClient newClient(String clientRegion) {
        return newClient(clientRegion, account);
    }

    /**
     * A new client of this server for a region and an account: it signs with the account id as its access
     * key, which the server reads as that account. Each account and region keeps its own state. A server that
     * checks signatures has one key, so there the account is its default whatever is asked; the region
     * still selects its own state.
     *
     * @throws IllegalArgumentException if the account is not 12 digits
     */
    public PinpointClient newClient(String clientRegion, String clientAccount) {
        Objects.requireNonNull(clientRegion, "clientRegion");
        return clientBuilder().region(Region.of(clientRegion))
                .credentialsProvider(credentials(requireAccountId(clientAccount))).build();
    }

    private static String requireAccountId(String account) {
        if (!CredentialScope.isAccountId(account)) {
            throw new IllegalArgumentException("account must be 12 digits, not " + account);
        }
        return account;
    }

    /**
     * A client builder already pointed at this server, in its region and account, with the Apache HTTP
     * client; for tests that need their own retry policy, timeouts or credentials.
     */
    public PinpointClientBuilder clientBuilder() {
        return PinpointClient.builder()
                .endpointOverride(endpoint())
                .region(Region.of(region))
                .credentialsProvider(credentials(account))
                .httpClientBuilder(ApacheHttpClient.builder());
    }

    /**
     * An asynchronous client builder already pointed at this server, in its region and account, with the
     * SDK's default asynchronous HTTP client.
     */
    public PinpointAsyncClientBuilder asyncClientBuilder() {
        return PinpointAsyncClient.builder()
                .endpointOverride(endpoint())
                .region(Region.of(region))
                .credentialsProvider(credentials(account));
    }

    /**
     * The account id as access key, read by the server as that account; or, when the server checks
     * signatures, the configured credentials, which select the default account.
     */
    private StaticCredentialsProvider credentials(String accountId) {
        Objects.requireNonNull(accountId, "account");
        return StaticCredentialsProvider.create(accessKeyId == null
                ? AwsBasicCredentials.create(accountId, "test")
                : AwsBasicCredentials.create(accessKeyId, secretAccessKey));
    }

    private void warnIfReachableFromOtherMachines() {
        boolean loopback;
        try {
            loopback = InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            loopback = false;
        }
        if (!loopback) {
            LOG.log(Level.WARNING, "pinpoint-mock listens on {0}, which other machines may reach: anyone who can"
                    + " connect can read and change its state{1}", host, accessKeyId == null
                    ? ", since no credentials are configured to check signatures" : "");
        }
    }

    @Override
    public String toString() {
        return "PinpointMockServer[" + (endpoint == null ? "not started" : endpoint) + "]";
    }

    private static List<java.util.logging.Logger> quietLoggers(String... names) {
        List<java.util.logging.Logger> quieted = new ArrayList<>();
        for (String name : names) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
            if (logger.getLevel() == null) {
                logger.setLevel(java.util.logging.Level.WARNING);
                quieted.add(logger);
            }
        }
        return List.copyOf(quieted);
    }

    private static String hostForUri(InetSocketAddress address) {
        String literal = address.getAddress().getHostAddress();
        return literal.contains(":") ? "[" + literal + "]" : literal;
    }

    /** Options of a server; every one has a default, so {@code builder().build()} is a working server. */
    public static final class Builder {

        private String host = "127.0.0.1";
        private int port;
        private String region = DEFAULT_REGION;
        private String account = DEFAULT_ACCOUNT;
        private Long seed;
        private int journalCapacity = 10_000;
        private Path dataDirectory;
        private String accessKeyId;
        private String secretAccessKey;

        private Builder() {
        }

        /** The interface to bind; 127.0.0.1 by default, so nothing outside the machine can call it. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port to bind; 0, the default, picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /** The region of unsigned calls and of {@link #newClient()}; us-east-1 by default. */
        public Builder region(String region) {
            if (region == null || !region.matches("[a-z]{2}(-[a-z]+)+-[0-9]+")) {
                throw new IllegalArgumentException("region must be an AWS region name such as us-east-1, not "
                        + region);
            }
            this.region = region;
            return this;
        }

        /** The 12-digit account id in ARNs; 000000000000 by default. */
        public Builder account(String account) {
            this.account = requireAccountId(account);
            return this;
        }

        /**
         * Makes ids, codes, message ids and fault fractions repeat from run to run, given the same calls in
         * the same order; random by default.
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** How many recent calls the request journal keeps; 10,000 by default, 0 keeps none. */
        public Builder journalCapacity(int capacity) {
            if (capacity < 0) {
                throw new IllegalArgumentException("journalCapacity must not be negative: " + capacity);
            }
            this.journalCapacity = capacity;
            return this;
        }

        /**
         * Keeps the state in a directory, so that a server started again on it finds every application, tag
         * and code it had. Each call that changes state is written, and forced to the disk, before it is
         * answered, so even a killed process loses no acknowledged call; that costs about one disk flush a
         * call. The directory is created when missing; one server at a time may use it. The request journal,
         * faults and fixed codes are not kept. By default the state lives in memory only.
         */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Makes the server check the AWS Signature Version 4 of every call against this access key, answering
         * an unsigned or wrongly signed call with 403 as AWS does ({@code MissingAuthenticationTokenException},
         * {@code IncompleteSignatureException}, {@code UnrecognizedClientException},
         * {@code InvalidSignatureException}). The clients this server makes sign with these credentials. By
         * default any signature, or none, is accepted. The secret appears in no log line.
         */
        public Builder credentials(String accessKeyId, String secretAccessKey) {
            if (accessKeyId == null || accessKeyId.isBlank() || secretAccessKey == null
                    || secretAccessKey.isEmpty()) {
                throw new IllegalArgumentException("credentials need a non-blank access key id and a secret");
            }
            this.accessKeyId = accessKeyId;
            this.secretAccessKey = secretAccessKey;
            return this;
        }

        public PinpointMockServer build() {
            return new PinpointMockServer(this);
        }
    }
}
