package dev.pinpointmock.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingKnownType;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/**
 * Reads and rewrites members of the SDK's model objects by their model names, so that code common to
 * several shapes (the five kinds of template, say) need not be written once per shape.
 */
final class SdkModels {

    private SdkModels() {
    }

    /** The value of a member, or {@code null} when the member is unset or the shape has no such member. */
    static Object member(SdkPojo pojo, String memberName) {
        for (SdkField<?> field : pojo.sdkFields()) {
            if (field.memberName().equals(memberName)) {
                Object value = field.getValueOrDefault(pojo);
                return isSet(value) ? value : null;
            }
        }
        return null;
    }

    static String string(SdkPojo pojo, String memberName) {
        return (String) member(pojo, memberName);
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> stringMap(SdkPojo pojo, String memberName) {
        Object value = member(pojo, memberName);
        return value == null ? Map.of() : (Map<String, String>) value;
    }

    /** A copy of a model object with one member set to a value, or unset by {@code null}. */
    static <T extends SdkPojo> T with(T pojo, String memberName, Object value) {
        SdkPojo builder = toBuilder(pojo);
        for (SdkField<?> field : builder.sdkFields()) {
            if (field.memberName().equals(memberName)) {
                field.set(builder, value);
            }
        }
        return build(pojo, builder);
    }

    /**
     * A copy of a model object with every string member passed through a function, in nested structures
     * and in lists of structures too. Maps and lists of strings are copied unchanged.
     */
    static <T extends SdkPojo> T mapStrings(T pojo, UnaryOperator<String> function) {
        SdkPojo builder = toBuilder(pojo);
        for (SdkField<?> field : builder.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (!isSet(value)) {
                continue;
            }
            MarshallingKnownType type = field.marshallingType().getKnownType();
            if (type == MarshallingKnownType.STRING) {
                field.set(builder, function.apply((String) value));
            } else if (type == MarshallingKnownType.SDK_POJO) {
                field.set(builder, mapStrings((SdkPojo) value, function));
            } else if (type == MarshallingKnownType.LIST) {
                field.set(builder, mapListElements((List<?>) value, function));
            }
        }
        return build(pojo, builder);
    }

    private static List<Object> mapListElements(List<?> list, UnaryOperator<String> function) {
        List<Object> mapped = new ArrayList<>(list.size());
        for (Object element : list) {
            mapped.add(element instanceof SdkPojo structure ? mapStrings(structure, function) : element);
        }
        return mapped;
    }

    private static SdkPojo toBuilder(SdkPojo pojo) {
        return (SdkPojo) ((ToCopyableBuilder<?, ?>) pojo).toBuilder();
    }

    @SuppressWarnings("unchecked")
    private static <T extends SdkPojo> T build(T original, SdkPojo builder) {
        return (T) original.getClass().cast(((SdkBuilder<?, ?>) builder).build());
    }

    private static boolean isSet(Object value) {
        return value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap);
    }
}
