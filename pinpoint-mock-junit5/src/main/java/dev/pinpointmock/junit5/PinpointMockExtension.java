package dev.pinpointmock.junit5;

import dev.pinpointmock.MessageInspector;
import dev.pinpointmock.MockClock;
import dev.pinpointmock.OtpInspector;
import dev.pinpointmock.PinpointMockServer;
import dev.pinpointmock.RecordedRequest;
import dev.pinpointmock.RequestJournal;
import dev.pinpointmock.junit5.internal.ClassServer;
import dev.pinpointmock.junit5.internal.MockSettings;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.pinpoint.PinpointAsyncClient;
import software.amazon.awssdk.services.pinpoint.PinpointClient;

/**
 * The JUnit 5 extension behind {@link PinpointMock}, also usable on its own to configure the server in
 * code:
 *
 * <pre>{@code
 * @RegisterExtension
 * static PinpointMockExtension pinpoint = PinpointMockExtension.builder().seed(42).region("eu-west-1").build();
 * }</pre>
 *
 * <p>Register it in a {@code static} field: one server serves the whole class. The extension keeps each
 * class's server in JUnit's store, where {@code @Nested} classes find their enclosing class's server, and
 * closes it after the class that started it.
 */
public final class PinpointMockExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PinpointMockExtension.class);
    private static final String SERVER = "server";
    private static final String FIRST_CALL_OF_TEST = "firstCallOfTest";

    private static final Map<Class<?>, Function<ClassServer, Object>> INJECTABLE = Map.of(
            PinpointClient.class, ClassServer::client,
            PinpointAsyncClient.class, ClassServer::asyncClient,
            OtpInspector.class, classServer -> classServer.server().otps(),
            MessageInspector.class, classServer -> classServer.server().messages(),
            RequestJournal.class, classServer -> classServer.server().requests(),
            PinpointMockServer.class, ClassServer::server,
            MockClock.class, classServer -> classServer.server().clock());

    private final MockSettings programmatic;

    /** The extension as {@link PinpointMock} registers it: its options come from the annotation. */
    public PinpointMockExtension() {
        this(null);
    }

    private PinpointMockExtension(MockSettings programmatic) {
        this.programmatic = programmatic;
    }

    /** Options for an extension registered with {@code @RegisterExtension}, with the annotation's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (programmatic != null && context.getTestClass().map(this::annotated).orElse(false)) {
            throw new ExtensionConfigurationException("Both @PinpointMock and a registered PinpointMockExtension "
                    + "configure " + context.getRequiredTestClass().getName() + "; keep one of them");
        }
        serverFor(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ClassServer classServer = context.getStore(NAMESPACE).get(SERVER, ClassServer.class);
        if (classServer == null) {
            throw new ExtensionConfigurationException("PinpointMockExtension was registered in an instance field"
                    + " of " + context.getRequiredTestClass().getName() + "; register it in a static field, since"
                    + " one server serves the whole class");
        }
        if (classServer.settings().reset() == Reset.BEFORE_EACH_TEST) {
            classServer.server().reset();
        }
        context.getStore(NAMESPACE).put(FIRST_CALL_OF_TEST, classServer.server().requests().total() + 1);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClassServer classServer = context.getStore(NAMESPACE).get(SERVER, ClassServer.class);
        Long firstCall = context.getStore(NAMESPACE).get(FIRST_CALL_OF_TEST, Long.class);
        if (classServer == null || firstCall == null || !classServer.settings().strict()) {
            return;
        }
        List<RecordedRequest> unimplemented = classServer.server().requests().matching(call ->
                call.sequence() >= firstCall && "NotImplementedException".equals(call.errorType()));
        if (!unimplemented.isEmpty()) {
            throw new AssertionError("The code under test called Pinpoint operations that pinpoint-mock does not"
                    + " implement yet: " + unimplemented.stream().map(RecordedRequest::operation).distinct()
                    .collect(Collectors.joining(", "))
                    + ". Strict mode (@PinpointMock(strict = true)) fails such tests; the README lists what is"
                    + " implemented.");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        ClassServer classServer = store.get(SERVER, ClassServer.class);
        if (classServer != null && classServer.ownerId().equals(context.getUniqueId())) {
            store.remove(SERVER);
            classServer.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return INJECTABLE.containsKey(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return INJECTABLE.get(parameter.getParameter().getType()).apply(serverFor(context));
    }

    /**
     * The server of the class a context belongs to: the one already in this or an enclosing class's
     * store, or a new one started for this class. A constructor of a per-class test instance may ask
     * before {@code beforeAll} has run.
     */
    private ClassServer serverFor(ExtensionContext context) {
        ExtensionContext classContext = classContextOf(context);
        ExtensionContext.Store store = classContext.getStore(NAMESPACE);
        ClassServer existing = store.get(SERVER, ClassServer.class);
        if (existing != null) {
            return existing;
        }
        ClassServer started = ClassServer.start(classContext.getUniqueId(), settingsFor(classContext));
        store.put(SERVER, started);
        return started;
    }

    private static ExtensionContext classContextOf(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private MockSettings settingsFor(ExtensionContext classContext) {
        if (programmatic != null) {
            return programmatic;
        }
        for (ExtensionContext current = classContext; current != null; current = current.getParent().orElse(null)) {
            var annotation = current.getTestClass()
                    .flatMap(type -> AnnotationSupport.findAnnotation(type, PinpointMock.class));
            if (annotation.isPresent()) {
                return MockSettings.of(annotation.get());
            }
        }
        return MockSettings.defaults();
    }

    private boolean annotated(Class<?> type) {
        return AnnotationSupport.isAnnotated(type, PinpointMock.class);
    }

    /** The options of {@link PinpointMock}, in code; every one has the annotation's default. */
    public static final class Builder {

        private MockSettings settings = MockSettings.defaults();

        private Builder() {
        }

        /** The region of the injected clients and of unsigned calls; us-east-1 by default. */
        public Builder region(String region) {
            settings = settings.withRegion(Objects.requireNonNull(region, "region"));
            return this;
        }

        /** The 12-digit account id in ARNs; 000000000000 by default. */
        public Builder account(String account) {
            settings = settings.withAccount(Objects.requireNonNull(account, "account"));
            return this;
        }

        /** Makes ids, codes and fault fractions repeat from run to run; random by default. */
        public Builder seed(long seed) {
            settings = settings.withSeed(seed);
            return this;
        }

        /** When to empty the server's state; {@link Reset#NEVER} by default. */
        public Builder reset(Reset reset) {
            settings = settings.withReset(Objects.requireNonNull(reset, "reset"));
            return this;
        }

        /** Fails tests that call an operation not implemented yet; off by default. */
        public Builder strict(boolean strict) {
            settings = settings.withStrict(strict);
            return this;
        }

        /** The port to listen on; 0, the default, picks a free one. */
        public Builder port(int port) {
            settings = settings.withPort(port);
            return this;
        }

        /** The credentials the injected clients sign with; by default the account id and "test". */
        public Builder credentials(String accessKey, String secretKey) {
            settings = settings.withCredentials(Objects.requireNonNull(accessKey, "accessKey"),
                    Objects.requireNonNull(secretKey, "secretKey"));
            return this;
        }

        public PinpointMockExtension build() {
            return new PinpointMockExtension(settings);
        }
    }
}
