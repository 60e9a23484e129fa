package dev.pinpointmock.internal.service;

import java.util.Optional;

/**
 * The ten channels an application configures, by the name Pinpoint gives them as {@code ChannelType} and
 * {@code Platform}, with the id they have in paths and responses ({@code apns_sandbox}).
 */
enum ChannelKind {
    ADM(true),
    APNS(true),
    APNS_SANDBOX(true),
    APNS_VOIP(true),
    APNS_VOIP_SANDBOX(true),
    BAIDU(true),
    EMAIL(false),
    GCM(true),
    SMS(false),
    VOICE(false);

    /** Every kind, made once: {@code values()} copies its array on each call. */
    private static final ChannelKind[] ALL = values();

    private final boolean push;
    private final String id;

    ChannelKind(boolean push) {
        this.push = push;
        this.id = name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The id in the channel's path and in its responses' {@code Id}, such as {@code apns_voip}. */
    String id() {
        return id;
    }

    /** The {@code Platform} of responses and the key in GetChannels: the ChannelType's name. */
    String platform() {
        return name();
    }

    boolean push() {
        return push;
    }

    boolean apns() {
        return name().startsWith("APNS");
    }

    /** The channel that delivers to an endpoint or address of a channel type; empty for CUSTOM, IN_APP, PUSH. */
    static Optional<ChannelKind> forChannelType(String channelType) {
        for (ChannelKind kind : ALL) {
            if (kind.name().equals(channelType)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
