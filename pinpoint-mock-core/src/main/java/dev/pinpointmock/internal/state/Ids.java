package dev.pinpointmock.internal.state;

import java.util.Random;
import java.util.UUID;

/**
 * Every identifier and code the server makes up, from one random source so that a seed can make a run
 * repeat itself.
 */
public final class Ids {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final Random random;

    private Ids(Random random) {
        this.random = random;
    }

    public static Ids seeded(long seed) {
        return new Ids(new Random(seed));
    }

    /** An application, campaign or segment id: 32 lowercase hex characters. */
    public String hex32() {
        return chars(HEX, 32);
    }

    /** A message id as Pinpoint shows them: 40 lowercase letters and digits. */
    public String messageId() {
        return chars(LOWER_ALPHANUMERIC, 40);
    }

    /** A numeric code of the given length; it may start with zero. */
    public synchronized String digits(int length) {
        StringBuilder digits = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    /** A request id as Pinpoint's {@code RequestID}: a version 4 UUID. */
    public synchronized String requestId() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private synchronized String chars(char[] alphabet, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(out);
    }
}
