package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.NumberValidateResponse;

class PhoneNumberValidateTest {

    private static final ServerFixture FIXTURE = new ServerFixture();

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private NumberValidateResponse validate(String number, String isoCountry) {
        return FIXTURE.client.phoneNumberValidate(r -> r.numberValidateRequest(
                n -> n.phoneNumber(number).isoCountryCode(isoCountry))).numberValidateResponse();
    }

    @Test
    void aValidNumberIsCleansedWithItsCountryAndType() {
        NumberValidateResponse answer = validate("+1 (206) 342-8631", null);

        assertThat(answer.originalPhoneNumber()).isEqualTo("+1 (206) 342-8631");
        assertThat(answer.cleansedPhoneNumberE164()).isEqualTo("+12063428631");
        assertThat(answer.cleansedPhoneNumberNational()).isEqualTo("2063428631");
        assertThat(answer.country()).isEqualTo("United States");
        assertThat(answer.countryCodeIso2()).isEqualTo("US");
        assertThat(answer.countryCodeNumeric()).isEqualTo("1");
        assertThat(answer.phoneType()).isEqualTo("MOBILE");
        assertThat(answer.phoneTypeCode()).isZero();
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
        "+447400123456, , MOBILE, 0, GB",
        "02079460000, GB, LANDLINE, 1, GB",
        "+4915123456789, , MOBILE, 0, DE",
        "+18005550199, , OTHER, 4, US",
        "+12065550142, , OTHER, 4, US",
    })
    void typesAndCountriesComeFromTheNumberingPlan(String number, String isoCountry, String type, int code,
                                                   String country) {
        NumberValidateResponse answer = validate(number, isoCountry);

        assertThat(answer.phoneType()).isEqualTo(type);
        assertThat(answer.phoneTypeCode()).isEqualTo(code);
        assertThat(answer.countryCodeIso2()).isEqualTo(country);
    }

    @Test
    void aNationalNumberIsReadInTheGivenCountry() {
        NumberValidateResponse answer = validate("07400 123456", "gb");

        assertThat(answer.cleansedPhoneNumberE164()).isEqualTo("+447400123456");
        assertThat(answer.originalCountryCodeIso2()).isEqualTo("GB");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"12345", "+1206", "not a number", "+999123456789"})
    void anInvalidNumberIsA200WithTypeInvalid(String number) {
        NumberValidateResponse answer = validate(number, null);

        assertThat(answer.phoneType()).isEqualTo("INVALID");
        assertThat(answer.phoneTypeCode()).isEqualTo(3);
        assertThat(answer.originalPhoneNumber()).isEqualTo(number);
        assertThat(answer.cleansedPhoneNumberE164()).isNull();
    }

    @Test
    void aMissingNumberIsABadRequest() {
        assertThatThrownBy(() -> FIXTURE.client.phoneNumberValidate(r -> r.numberValidateRequest(n -> { })))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("Missing PhoneNumber");
    }
}
