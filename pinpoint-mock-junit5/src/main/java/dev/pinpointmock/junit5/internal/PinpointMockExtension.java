package dev.pinpointmock.junit5.internal;

import dev.pinpointmock.MockClock;
import dev.pinpointmock.OtpInspector;
import dev.pinpointmock.PinpointMockServer;
import dev.pinpointmock.junit5.PinpointMock;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.pinpoint.PinpointClient;

/**
 * The extension behind {@link PinpointMock}. It keeps one {@link ClassServer} per test class in JUnit's
 * store, found by {@code @Nested} classes through the store's parent lookup, and closes it in the
 * {@code afterAll} of the class that started it.
 */
public final class PinpointMockExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PinpointMockExtension.class);
    private static final String KEY = "server";

    private static final Map<Class<?>, Function<ClassServer, Object>> INJECTABLE = Map.of(
            PinpointClient.class, ClassServer::client,
            OtpInspector.class, classServer -> classServer.server().otps(),
            PinpointMockServer.class, ClassServer::server,
            MockClock.class, classServer -> classServer.server().clock());

    @Override
    public void beforeAll(ExtensionContext context) {
        serverFor(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        ClassServer classServer = store.get(KEY, ClassServer.class);
        if (classServer != null && classServer.ownerId().equals(context.getUniqueId())) {
            store.remove(KEY);
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
    private static ClassServer serverFor(ExtensionContext context) {
        ExtensionContext classContext = classContextOf(context);
        ExtensionContext.Store store = classContext.getStore(NAMESPACE);
        ClassServer existing = store.get(KEY, ClassServer.class);
        if (existing != null) {
            return existing;
        }
        ClassServer started = ClassServer.start(classContext.getUniqueId(), settingsOf(classContext));
        store.put(KEY, started);
        return started;
    }

    private static ExtensionContext classContextOf(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private static PinpointMock settingsOf(ExtensionContext classContext) {
        for (ExtensionContext current = classContext; current != null; current = current.getParent().orElse(null)) {
            if (current.getTestClass().isPresent()) {
                var annotation = AnnotationSupport.findAnnotation(current.getTestClass().get(), PinpointMock.class);
                if (annotation.isPresent()) {
                    return annotation.get();
                }
            }
        }
        return Defaults.class.getAnnotation(PinpointMock.class);
    }

    /** Carries the annotation's defaults for a class that registers the extension without it. */
    @PinpointMock
    private static final class Defaults {
    }
}
