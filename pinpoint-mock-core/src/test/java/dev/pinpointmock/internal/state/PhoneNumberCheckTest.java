package dev.pinpointmock.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link PhoneNumberCheck#isE164} accepts exactly what E.164's written form allows. */
class PhoneNumberCheckTest {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    @Property
    void agreesWithTheFormOfE164(@ForAll("candidates") String candidate) {
        assertThat(PhoneNumberCheck.isE164(candidate)).isEqualTo(E164.matcher(candidate).matches());
    }

    @Provide
    Arbitrary<String> candidates() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(17);
        Arbitrary<String> prefix = Arbitraries.of("+", "", "++", "00", "+ ", "-");
        Arbitrary<String> noise = Arbitraries.strings().withChars("+0123456789 -a\u0663").ofMaxLength(18);
        return Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(prefix, digits).as(String::concat),
                noise);
    }
}
