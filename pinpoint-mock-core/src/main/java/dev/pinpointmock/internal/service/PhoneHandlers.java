package dev.pinpointmock.internal.service;

import static dev.pinpointmock.internal.service.Errors.badRequest;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.pinpoint.model.NumberValidateRequest;
import software.amazon.awssdk.services.pinpoint.model.NumberValidateResponse;
import software.amazon.awssdk.services.pinpoint.model.PhoneNumberValidateRequest;
import software.amazon.awssdk.services.pinpoint.model.PhoneNumberValidateResponse;

/**
 * PhoneNumberValidate, answered from libphonenumber's numbering plans: the cleansed E.164 and national
 * forms, the country, and the type. An invalid number is not an error but a 200 with type INVALID. Carrier,
 * city, county, zip code and time zone need data this mock does not have and are left out.
 */
final class PhoneHandlers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern ISO_ALPHA2 = Pattern.compile("[A-Za-z]{2}");

    /** Pinpoint's PhoneType values and their PhoneTypeCode. */
    enum PhoneType {
        MOBILE(0), LANDLINE(1), VOIP(2), INVALID(3), OTHER(4), PREPAID(5);

        final int code;

        PhoneType(int code) {
            this.code = code;
        }
    }

    private PhoneHandlers() {
    }

    static void register(OperationRegistry registry) {
        registry.on("PhoneNumberValidate", PhoneNumberValidateRequest.class, PhoneHandlers::validate);
    }

    static PhoneNumberValidateResponse validate(CallContext context, PhoneNumberValidateRequest request) {
        NumberValidateRequest sent = request.numberValidateRequest();
        if (sent == null || sent.phoneNumber() == null || sent.phoneNumber().isBlank()) {
            throw badRequest("Missing PhoneNumber");
        }
        String isoCountry = sent.isoCountryCode();
        if (isoCountry != null && !ISO_ALPHA2.matcher(isoCountry).matches()) {
            throw badRequest("IsoCountryCode must be a two-letter ISO 3166-1 alpha-2 code, not " + isoCountry);
        }
        String region = isoCountry == null ? "ZZ" : isoCountry.toUpperCase(Locale.ROOT);

        NumberValidateResponse.Builder answer = NumberValidateResponse.builder()
                .originalPhoneNumber(sent.phoneNumber())
                .originalCountryCodeIso2(isoCountry == null ? null : region);
        PhoneType type = PhoneType.INVALID;
        try {
            PhoneNumber number = PHONES.parse(sent.phoneNumber(), region);
            type = typeOf(number);
            if (type != PhoneType.INVALID) {
                describe(number, answer);
            }
        } catch (NumberParseException unparsable) {
            type = PhoneType.INVALID;
        }
        answer.phoneType(type.name()).phoneTypeCode(type.code);
        return PhoneNumberValidateResponse.builder().numberValidateResponse(answer.build()).build();
    }

    private static void describe(PhoneNumber number, NumberValidateResponse.Builder answer) {
        String regionCode = PHONES.getRegionCodeForNumber(number);
        if (regionCode == null || regionCode.equals("ZZ") || regionCode.equals("001")) {
            regionCode = PHONES.getRegionCodeForCountryCode(number.getCountryCode());
        }
        answer.cleansedPhoneNumberE164(PHONES.format(number, PhoneNumberFormat.E164))
                .cleansedPhoneNumberNational(PHONES.getNationalSignificantNumber(number))
                .countryCodeIso2(regionCode)
                .countryCodeNumeric(Integer.toString(number.getCountryCode()))
                .country(new Locale("", regionCode).getDisplayCountry(Locale.ENGLISH));
    }

    /**
     * The type Pinpoint would report. Numbers that can be mobile or fixed line (most of North America)
     * count as MOBILE; the fictitious 555-01XX numbers of North America are OTHER, as Pinpoint documents.
     * libphonenumber knows nothing of prepaid plans, so PREPAID never appears.
     */
    static PhoneType typeOf(PhoneNumber number) {
        if (fictitiousNorthAmerican(number)) {
            return PhoneType.OTHER;
        }
        if (!PHONES.isValidNumber(number)) {
            return PhoneType.INVALID;
        }
        return switch (PHONES.getNumberType(number)) {
            case MOBILE, FIXED_LINE_OR_MOBILE -> PhoneType.MOBILE;
            case FIXED_LINE -> PhoneType.LANDLINE;
            case VOIP -> PhoneType.VOIP;
            case UNKNOWN -> PhoneType.INVALID;
            default -> PhoneType.OTHER;
        };
    }

    private static boolean fictitiousNorthAmerican(PhoneNumber number) {
        String national = PHONES.getNationalSignificantNumber(number);
        return number.getCountryCode() == 1 && national.length() == 10 && national.startsWith("55501", 3)
                && national.charAt(0) >= '2';
    }
}
