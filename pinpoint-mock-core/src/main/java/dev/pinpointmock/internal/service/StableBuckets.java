package dev.pinpointmock.internal.service;

import java.nio.charset.StandardCharsets;

/**
 * Puts keys into 100 buckets by a fixed 64-bit hash (FNV-1a, then a final mix), so that splits by percentage
 * fall the same way on every run of a seeded server and on every JVM.
 */
final class StableBuckets {

    private StableBuckets() {
    }

    /** The bucket, 0 to 99, of a key. */
    static int of(String key) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return (int) Math.floorMod(hash, 100L);
    }
}
