package dev.pinpointmock.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a call's Authorization header names its access key, region and so its account. */
class CredentialScopeTest {

    private static final String SIGNED = "AWS4-HMAC-SHA256 Credential=%s, SignedHeaders=host;x-amz-date, "
            + "Signature=abc";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "123456789012/20261203/eu-west-1/mobiletargeting/aws4_request | 123456789012 | eu-west-1",
        "test/20261203/us-west-2/mobiletargeting/aws4_request | test | us-west-2",
        "test//ap-south-1/mobiletargeting/aws4_request | test | ap-south-1",
        "test/20261203/us-west-2 | test | us-west-2",
        "/20261203/us-west-2/mobiletargeting/aws4_request | '' | us-west-2"})
    void readsTheKeyAndRegionOfTheCredential(String credential, String key, String region) {
        assertThat(CredentialScope.of(SIGNED.formatted(credential), "us-east-1"))
                .isEqualTo(new CredentialScope(key, region));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "test/20261203/",
        "test/20261203",
        "test",
        "test/20261203/ /mobiletargeting/aws4_request"})
    void aCredentialWithoutRegionGivesTheDefaults(String credential) {
        assertThat(CredentialScope.of(SIGNED.formatted(credential), "us-east-1"))
                .isEqualTo(new CredentialScope(null, "us-east-1"));
    }

    @Test
    void anUnsignedCallGivesTheDefaults() {
        assertThat(CredentialScope.of(null, "eu-central-1")).isEqualTo(new CredentialScope(null, "eu-central-1"));
        assertThat(CredentialScope.of("Bearer token", "eu-central-1"))
                .isEqualTo(new CredentialScope(null, "eu-central-1"));
    }

    @Test
    void onlyTwelveDigitsNameAnAccount() {
        assertThat(new CredentialScope("123456789012", "us-east-1").accountOr("000000000000"))
                .isEqualTo("123456789012");
        String[] notAccounts = {"12345678901", "1234567890123", "12345678901a", "١٢٣٤٥٦٧٨٩٠١٢", "test"};
        for (String other : notAccounts) {
            assertThat(new CredentialScope(other, "us-east-1").accountOr("000000000000")).isEqualTo("000000000000");
        }
        assertThat(new CredentialScope(null, "us-east-1").accountOr("000000000000")).isEqualTo("000000000000");
    }
}
