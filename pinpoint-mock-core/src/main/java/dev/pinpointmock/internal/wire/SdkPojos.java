package dev.pinpointmock.internal.wire;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.traits.PayloadTrait;
import software.amazon.awssdk.core.traits.TraitType;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/** Small reflective helpers over the SDK's generated model classes, shared by the decoder and encoder. */
final class SdkPojos {

    private static final ClassValue<MethodHandle> BUILDER_FACTORIES = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            try {
                // Typed as returning Object, so that each call is an invokeExact without adapting types.
                return MethodHandles.publicLookup().findStatic(type, "builder",
                        MethodType.methodType(type.getMethod("builder").getReturnType()))
                        .asType(MethodType.methodType(Object.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(type + " has no static builder()", e);
            }
        }
    };

    private static final Map<Class<?>, Optional<SdkField<?>>> PAYLOAD_FIELDS = new ConcurrentHashMap<>();

    private SdkPojos() {
    }

    /** A fresh builder of a generated model class; every such builder is itself an {@link SdkPojo}. */
    static SdkPojo newBuilder(Class<?> modelType) {
        try {
            return (SdkPojo) (Object) BUILDER_FACTORIES.get(modelType).invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot make a builder of " + modelType, e);
        }
    }

    static Object build(SdkPojo builder) {
        return ((SdkBuilder<?, ?>) builder).build();
    }

    /** The member that is the whole HTTP body, or {@code null} when the shape has none. */
    static SdkField<?> payloadField(SdkPojo pojo) {
        return PAYLOAD_FIELDS.computeIfAbsent(pojo.getClass(), type -> pojo.sdkFields().stream()
                .filter(field -> field.containsTrait(PayloadTrait.class, TraitType.PAYLOAD_TRAIT)).findFirst())
                .orElse(null);
    }

    /** A member that the caller set: lists and maps the SDK made up as empty placeholders do not count. */
    static boolean isSet(Object value) {
        return value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap);
    }
}
