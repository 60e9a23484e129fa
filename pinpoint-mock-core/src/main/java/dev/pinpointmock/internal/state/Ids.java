package dev.pinpointmock.internal.state;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Every identifier and code the server makes up, from one random source so that a seed can make a run
 * repeat itself.
 *
 * <p>A {@linkplain #recording recording view} notes each id and code a call draws, and a
 * {@linkplain #replaying replaying view} hands the noted values out again in the same order, so that a call
 * replayed from the data directory makes the same ids as when it was first served. Request ids belong to
 * responses, not to state, and are neither recorded nor replayed.
 */
public final class Ids {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LOWER_ALPHANUMERIC =
            "abcdefghijklmnopqrstuvwxyz0123456789".getBytes(StandardCharsets.US_ASCII);

    private final Random random;
    private final List<String> recorded;
    private final Iterator<String> replayed;

    private Ids(Random random, List<String> recorded, Iterator<String> replayed) {
        this.random = random;
        this.recorded = recorded;
        this.replayed = replayed;
    }

    public static Ids seeded(long seed) {
        return new Ids(new Random(seed), null, null);
    }

    /** A view of this source that adds every id and code it draws to {@code drawn}, for one call. */
    public Ids recording(List<String> drawn) {
        return new Ids(random, drawn, null);
    }

    /** A view that hands out {@code values} in order, then draws fresh ones from this source. */
    public Ids replaying(List<String> values) {
        return new Ids(random, null, List.copyOf(values).iterator());
    }

    /** An application, campaign or segment id: 32 lowercase hex characters. */
    public String hex32() {
        return draw(() -> chars(HEX, 32));
    }

    /** A message id as Pinpoint shows them: 40 lowercase letters and digits. */
    public String messageId() {
        return draw(() -> chars(LOWER_ALPHANUMERIC, 40));
    }

    /** A numeric code of the given length; it may start with zero. */
    public String digits(int length) {
        return draw(() -> {
            StringBuilder digits = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                digits.append((char) ('0' + random.nextInt(10)));
            }
            return digits.toString();
        });
    }

    /**
     * A value the call took from elsewhere, such as an OTP code the test fixed, that a replay must get
     * again: recorded as if drawn, and handed back from a replaying view.
     */
    public String noted(String value) {
        return draw(() -> value);
    }

    /** A request id as Pinpoint's {@code RequestID}: a version 4 UUID. */
    public String requestId() {
        synchronized (random) {
            long high = (random.nextLong() & ~0xF000L) | 0x4000L;
            long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(high, low).toString();
        }
    }

    private String draw(Supplier<String> fresh) {
        if (replayed != null && replayed.hasNext()) {
            return replayed.next();
        }
        String value;
        synchronized (random) {
            value = fresh.get();
        }
        if (recorded != null) {
            recorded.add(value);
        }
        return value;
    }

    private String chars(byte[] alphabet, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(out, StandardCharsets.US_ASCII);
    }
}
