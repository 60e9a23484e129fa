package dev.pinpointmock.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The encoder's UTF-8 buffer writes exactly the bytes {@link String#getBytes} makes of the same text. */
class Utf8BufferPropertyTest {

    @Property
    void writesWhatGetBytesWrites(@ForAll("text") String text, @ForAll("cut") int cut) {
        RestJsonEncoder.Utf8Buffer buffer = RestJsonEncoder.Utf8Buffer.ofThisThread();
        // Written in two pieces, so that a surrogate pair may be split between two writes.
        int split = Math.min(cut, text.length());
        buffer.write(text, 0, split);
        buffer.append(text.substring(split));
        assertThat(buffer.takeBytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void isEmptyAgainAfterItsBytesAreTaken(@ForAll("text") String first, @ForAll("text") String second) {
        RestJsonEncoder.Utf8Buffer buffer = RestJsonEncoder.Utf8Buffer.ofThisThread();
        buffer.append(first);
        buffer.takeBytes();
        buffer.write(second.toCharArray(), 0, second.length());
        assertThat(buffer.takeBytes()).isEqualTo(second.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> text() {
        // ASCII, two- and three-byte characters, emoji (pairs) and lone halves of pairs.
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().ascii().ofMaxLength(8),
                Arbitraries.strings().withCharRange('\u0080', '\u07ff').ofMaxLength(4),
                Arbitraries.strings().withCharRange('\u0800', '\uffff').ofMaxLength(4),
                Arbitraries.of("\ud83d\ude00", "\ud83c\udf89", "\ud800", "\udfff", "a\ud800b"));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<Integer> cut() {
        return Arbitraries.integers().between(0, 40);
    }
}
