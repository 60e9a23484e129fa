package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import dev.pinpointmock.internal.state.PhoneNumberCheck;
import java.util.Set;
import software.amazon.awssdk.services.pinpoint.model.SendOTPMessageRequestParameters;
import software.amazon.awssdk.services.pinpoint.model.VerifyOTPMessageRequestParameters;

/**
 * The ranges AWS documents for SendOTPMessage and VerifyOTPMessage, and the defaults this mock chooses
 * where AWS documents none. Out of range is a BadRequestException naming the member.
 */
final class OtpRules {

    /** AWS documents no defaults; these are the README's documented choice. */
    static final int DEFAULT_CODE_LENGTH = 6;
    static final int DEFAULT_VALIDITY_MINUTES = 15;
    static final int DEFAULT_ALLOWED_ATTEMPTS = 3;

    static final int MIN_CODE_LENGTH = 5;
    static final int MAX_CODE_LENGTH = 8;
    static final int MIN_VALIDITY_MINUTES = 5;
    static final int MAX_VALIDITY_MINUTES = 60;
    static final int MIN_ALLOWED_ATTEMPTS = 1;
    static final int MAX_ALLOWED_ATTEMPTS = 5;
    static final int MAX_BRAND_NAME = 20;
    static final int MAX_REFERENCE_ID = 48;

    static final Set<String> LANGUAGES = Set.of("de-DE", "en-GB", "en-US", "es-419", "es-ES", "fr-CA", "fr-FR",
            "it-IT", "ja-JP", "ko-KR", "pt-BR", "zh-CN", "zh-TW");

    private OtpRules() {
    }

    /** The settings of a send, with this mock's defaults filled in. */
    record Settings(int codeLength, int validityMinutes, int allowedAttempts) {
    }

    static Settings validate(SendOTPMessageRequestParameters send) {
        if (!"SMS".equals(send.channel())) {
            throw badRequest("Channel must be SMS, not " + send.channel());
        }
        requireLength("BrandName", send.brandName(), 1, MAX_BRAND_NAME);
        requireLength("ReferenceId", send.referenceId(), 1, MAX_REFERENCE_ID);
        requirePhoneNumber("DestinationIdentity", send.destinationIdentity());
        if (send.originationIdentity().isBlank()) {
            throw badRequest("OriginationIdentity must not be empty");
        }
        if (send.language() != null && !LANGUAGES.contains(send.language())) {
            throw badRequest("Language " + send.language() + " is not supported; use one of "
                    + String.join(", ", LANGUAGES.stream().sorted().toList()));
        }
        return new Settings(
                inRange("CodeLength", send.codeLength(), DEFAULT_CODE_LENGTH, MIN_CODE_LENGTH, MAX_CODE_LENGTH),
                inRange("ValidityPeriod", send.validityPeriod(), DEFAULT_VALIDITY_MINUTES,
                        MIN_VALIDITY_MINUTES, MAX_VALIDITY_MINUTES),
                inRange("AllowedAttempts", send.allowedAttempts(), DEFAULT_ALLOWED_ATTEMPTS,
                        MIN_ALLOWED_ATTEMPTS, MAX_ALLOWED_ATTEMPTS));
    }

    static void validate(VerifyOTPMessageRequestParameters verify) {
        requireLength("ReferenceId", verify.referenceId(), 1, MAX_REFERENCE_ID);
        requirePhoneNumber("DestinationIdentity", verify.destinationIdentity());
    }

    private static int inRange(String member, Integer value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw badRequest(member + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    private static void requireLength(String member, String value, int min, int max) {
        if (value.length() < min || value.length() > max) {
            throw badRequest(member + " must be " + min + " to " + max + " characters long");
        }
    }

    private static void requirePhoneNumber(String member, String value) {
        if (!PhoneNumberCheck.isE164(value)) {
            throw badRequest(member + " must be a phone number in E.164 format, such as +12065550100, not "
                    + value);
        }
    }
}
