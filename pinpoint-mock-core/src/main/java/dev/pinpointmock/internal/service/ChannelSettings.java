package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.pinpointmock.internal.state.ChannelStore.StoredChannel;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * The rules of each channel's update request, and the response that describes a stored channel. A
 * response never repeats a credential (certificate, private key, token key, API key, secret, service
 * JSON); it says only whether the channel has one.
 */
final class ChannelSettings {

    /** The rates real Pinpoint shows for a new account's SMS and email channels. */
    static final int SMS_MESSAGES_PER_SECOND = 20;
    static final int EMAIL_MESSAGES_PER_SECOND = 1;

    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ChannelSettings() {
    }

    /** The members an update request sent, by model member name. */
    static Map<String, Object> sent(SdkPojo request) {
        Map<String, Object> sent = new LinkedHashMap<>();
        for (SdkField<?> field : request.sdkFields()) {
            Object value = field.getValueOrDefault(request);
            if (value != null) {
                sent.put(field.memberName(), value);
            }
        }
        return sent;
    }

    /** Checks a channel's settings after an update merged them; a problem is a BadRequestException. */
    static void validate(ChannelKind kind, Map<String, Object> settings) {
        if (kind.apns()) {
            validateApns(settings);
        } else if (kind == ChannelKind.GCM) {
            validateGcm(settings);
        } else if (kind == ChannelKind.EMAIL) {
            validateEmail(settings);
        } else if (kind == ChannelKind.ADM) {
            requireText(settings, "ClientId");
            requireText(settings, "ClientSecret");
        } else if (kind == ChannelKind.BAIDU) {
            requireText(settings, "ApiKey");
            requireText(settings, "SecretKey");
        }
    }

    private static void validateApns(Map<String, Object> settings) {
        boolean certificate = has(settings, "Certificate") && has(settings, "PrivateKey");
        boolean token = has(settings, "TokenKey") && has(settings, "TokenKeyId") && has(settings, "BundleId")
                && has(settings, "TeamId");
        if (!certificate && !token) {
            throw badRequest("Missing credentials: an APNs channel needs Certificate and PrivateKey, or TokenKey, "
                    + "TokenKeyId, BundleId and TeamId");
        }
        Object method = settings.get("DefaultAuthenticationMethod");
        if (method != null) {
            String upper = method.toString().toUpperCase(Locale.ROOT);
            if (!upper.equals("CERTIFICATE") && !upper.equals("TOKEN")) {
                throw badRequest("DefaultAuthenticationMethod must be CERTIFICATE or TOKEN, not " + method);
            }
            if (upper.equals("CERTIFICATE") ? !certificate : !token) {
                throw badRequest("DefaultAuthenticationMethod is " + upper + " but the channel has no "
                        + (upper.equals("TOKEN") ? "token key" : "certificate"));
            }
        }
    }

    private static void validateGcm(Map<String, Object> settings) {
        if (!has(settings, "ApiKey") && !has(settings, "ServiceJson")) {
            throw badRequest("Missing credentials: a GCM channel needs ApiKey or ServiceJson");
        }
        if (has(settings, "ServiceJson")) {
            try {
                JsonParser.parseString(settings.get("ServiceJson").toString()).getAsJsonObject();
            } catch (JsonParseException | IllegalStateException e) {
                throw badRequest("ServiceJson must be the JSON of a Firebase service account key");
            }
        }
        Object method = settings.get("DefaultAuthenticationMethod");
        if (method != null && !method.equals("KEY") && !method.equals("TOKEN")) {
            throw badRequest("DefaultAuthenticationMethod must be KEY or TOKEN, not " + method);
        }
    }

    private static void validateEmail(Map<String, Object> settings) {
        String from = requireText(settings, "FromAddress");
        if (!EMAIL_ADDRESS.matcher(from).matches()) {
            throw badRequest("FromAddress must be an email address, not " + from);
        }
        String identity = requireText(settings, "Identity");
        if (!identity.startsWith("arn:aws:ses:")) {
            throw badRequest("Identity must be the ARN of a verified SES identity, not " + identity);
        }
        if (has(settings, "RoleArn") && !settings.get("RoleArn").toString().startsWith("arn:aws:iam::")) {
            throw badRequest("RoleArn must be the ARN of an IAM role, not " + settings.get("RoleArn"));
        }
    }

    /** The response that describes a stored channel, of the type the builder builds. */
    static <T> T describe(String applicationId, ChannelKind kind, StoredChannel channel,
                          SdkBuilder<?, T> builder) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("ApplicationId", applicationId);
        members.put("CreationDate", Dates.iso(channel.creationDate()));
        members.put("Enabled", channel.enabled());
        members.put("Id", kind.id());
        members.put("IsArchived", false);
        members.put("LastModifiedDate", Dates.iso(channel.lastModifiedDate()));
        members.put("Platform", kind.platform());
        members.put("Version", channel.version());
        Map<String, Object> settings = channel.settings();
        if (kind.apns()) {
            boolean certificate = has(settings, "Certificate");
            members.put("HasCredential", certificate);
            members.put("HasTokenKey", has(settings, "TokenKey"));
            members.put("DefaultAuthenticationMethod", settings.containsKey("DefaultAuthenticationMethod")
                    ? settings.get("DefaultAuthenticationMethod").toString().toUpperCase(Locale.ROOT)
                    : certificate ? "CERTIFICATE" : "TOKEN");
        } else if (kind == ChannelKind.GCM) {
            members.put("HasCredential", has(settings, "ApiKey"));
            members.put("HasFcmServiceCredentials", has(settings, "ServiceJson"));
            members.put("DefaultAuthenticationMethod", settings.getOrDefault("DefaultAuthenticationMethod",
                    has(settings, "ApiKey") ? "KEY" : "TOKEN"));
        } else if (kind.push()) {
            members.put("HasCredential", true);
        } else if (kind == ChannelKind.SMS) {
            copy(settings, members, "SenderId", "ShortCode");
            members.put("PromotionalMessagesPerSecond", SMS_MESSAGES_PER_SECOND);
            members.put("TransactionalMessagesPerSecond", SMS_MESSAGES_PER_SECOND);
        } else if (kind == ChannelKind.EMAIL) {
            copy(settings, members, "FromAddress", "Identity", "RoleArn", "ConfigurationSet",
                    "OrchestrationSendingRoleArn");
            members.put("MessagesPerSecond", EMAIL_MESSAGES_PER_SECOND);
        }
        return build(builder, members);
    }

    /** Sets the members a response type has, by model member name, and builds it. */
    static <T> T build(SdkBuilder<?, T> builder, Map<String, Object> members) {
        SdkPojo pojo = (SdkPojo) builder;
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = members.get(field.memberName());
            if (value != null) {
                field.set(builder, value);
            }
        }
        return builder.build();
    }

    private static void copy(Map<String, Object> from, Map<String, Object> to, String... names) {
        for (String name : names) {
            if (from.get(name) != null) {
                to.put(name, from.get(name));
            }
        }
    }

    private static boolean has(Map<String, Object> settings, String member) {
        Object value = settings.get(member);
        return value != null && !value.toString().isEmpty();
    }

    private static String requireText(Map<String, Object> settings, String member) {
        if (!has(settings, member)) {
            throw badRequest("Missing " + member);
        }
        return settings.get(member).toString();
    }
}
