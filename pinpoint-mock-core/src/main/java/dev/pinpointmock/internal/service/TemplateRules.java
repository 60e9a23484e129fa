package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.pinpoint.model.EmailTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.InAppTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.MessageHeader;
import software.amazon.awssdk.services.pinpoint.model.PushNotificationTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.SMSTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.TemplateType;
import software.amazon.awssdk.services.pinpoint.model.VoiceTemplateRequest;

/**
 * The rules AWS documents for message templates: names, version identifiers, DefaultSubstitutions and the
 * character quotas of each type. A broken rule is a BadRequestException that says which.
 */
final class TemplateRules {

    static final int MAX_EMAIL_CHARACTERS = 600_000;
    static final int MAX_SMS_CHARACTERS = 1_600;
    static final int MAX_VOICE_CHARACTERS = 10_000;
    static final int MAX_PUSH_DEFAULT_CHARACTERS = 2_000;
    static final int MAX_PUSH_APNS_CHARACTERS = 2_000;
    static final int MAX_PUSH_ANDROID_CHARACTERS = 4_000;
    static final int MAX_EMAIL_HEADERS = 15;
    static final int MAX_HEADER_NAME = 126;
    static final int MAX_HEADER_VALUE = 870;
    static final int MAX_IN_APP_MODALS = 5;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");
    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,8}");

    private TemplateRules() {
    }

    static void validateName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw badRequest("Template name " + name + " is not valid: a template name starts with a letter or "
                    + "number and has at most 128 letters, numbers, underscores (_) or hyphens (-)");
        }
    }

    /** The template type a path label names, in upper or lower case as the SDKs send it. */
    static TemplateType type(String label) {
        TemplateType type = TemplateType.fromValue(label.toUpperCase(Locale.ROOT));
        if (type == null || type == TemplateType.UNKNOWN_TO_SDK_VERSION) {
            throw badRequest("Template type " + label + " is not valid; use one of EMAIL, SMS, VOICE, PUSH, INAPP");
        }
        return type;
    }

    /** A version identifier from the {@code version} query parameter or a request body. */
    static int version(String text) {
        if (!VERSION.matcher(text).matches()) {
            throw badRequest("Version " + text + " is not a valid template version identifier");
        }
        return Integer.parseInt(text);
    }

    /** DefaultSubstitutions is a JSON object carried as a string; anything else is refused. */
    static void validateDefaultSubstitutions(String json) {
        if (json == null) {
            return;
        }
        try {
            JsonElement parsed = JsonParser.parseString(json);
            if (parsed.isJsonObject()) {
                return;
            }
        } catch (JsonParseException notJson) {
            // answered below, with the same message as a JSON value that is not an object
        }
        throw badRequest("DefaultSubstitutions must be a JSON object in a string, such as "
                + "{\"User.UserAttributes.FirstName\":\"friend\"}");
    }

    static void validate(EmailTemplateRequest email) {
        long characters = length(email.subject()) + length(email.htmlPart()) + length(email.textPart());
        requireAtMost("An email template", characters, MAX_EMAIL_CHARACTERS);
        List<MessageHeader> headers = email.hasHeaders() ? email.headers() : List.of();
        if (headers.size() > MAX_EMAIL_HEADERS) {
            throw badRequest("An email template can have at most " + MAX_EMAIL_HEADERS + " Headers");
        }
        for (MessageHeader header : headers) {
            if (header.name() == null || header.name().isEmpty() || header.name().length() > MAX_HEADER_NAME) {
                throw badRequest("A header Name must be 1 to " + MAX_HEADER_NAME + " characters long");
            }
            if (length(header.value()) > MAX_HEADER_VALUE) {
                throw badRequest("The value of header " + header.name() + " can have at most "
                        + MAX_HEADER_VALUE + " characters");
            }
        }
    }

    static void validate(SMSTemplateRequest sms) {
        requireAtMost("An SMS template", length(sms.body()), MAX_SMS_CHARACTERS);
    }

    static void validate(VoiceTemplateRequest voice) {
        requireAtMost("A voice template", length(voice.body()), MAX_VOICE_CHARACTERS);
    }

    static void validate(PushNotificationTemplateRequest push) {
        requireAtMost("The default parts of a push template", textLength(push.defaultValue()),
                MAX_PUSH_DEFAULT_CHARACTERS);
        requireAtMost("The APNs parts of a push template", textLength(push.apns()), MAX_PUSH_APNS_CHARACTERS);
        requireAtMost("The FCM (GCM) parts of a push template", textLength(push.gcm()), MAX_PUSH_ANDROID_CHARACTERS);
        requireAtMost("The ADM parts of a push template", textLength(push.adm()), MAX_PUSH_ANDROID_CHARACTERS);
        requireAtMost("The Baidu parts of a push template", textLength(push.baidu()), MAX_PUSH_ANDROID_CHARACTERS);
    }

    static void validate(InAppTemplateRequest inApp) {
        if (inApp.hasContent() && inApp.content().size() > MAX_IN_APP_MODALS) {
            throw badRequest("The Content of an in-app template can include at most " + MAX_IN_APP_MODALS
                    + " modals");
        }
    }

    /** The characters of every string member of one platform's part of a push template. */
    private static long textLength(SdkPojo part) {
        if (part == null) {
            return 0;
        }
        long[] total = {0};
        SdkModels.mapStrings(part, text -> {
            total[0] += text.length();
            return text;
        });
        return total[0];
    }

    private static void requireAtMost(String what, long characters, int max) {
        if (characters > max) {
            throw badRequest(what + " can have at most " + max + " characters, not " + characters);
        }
    }

    private static long length(String text) {
        return text == null ? 0 : text.length();
    }
}
