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

    private final boolean push;

    ChannelKind(boolean push) {
        this.push = push;
    }

    /** The id in the channel's path and in its responses' {@code Id}, such as {@code apns_voip}. */
    String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
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
        for (ChannelKind kind : values()) {
            if (kind.name().equals(channelType)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
