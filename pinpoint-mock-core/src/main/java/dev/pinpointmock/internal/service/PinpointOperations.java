package dev.pinpointmock.internal.service;

/** Assembles the handlers of every resource family into the one registry the server dispatches to. */
public final class PinpointOperations {

    private static final OperationRegistry ALL = create();

    private PinpointOperations() {
    }

    public static OperationRegistry all() {
        return ALL;
    }

    private static OperationRegistry create() {
        OperationRegistry registry = new OperationRegistry();
        AppHandlers.register(registry);
        TagHandlers.register(registry);
        OtpHandlers.register(registry);
        TemplateHandlers.register(registry);
        RecommenderHandlers.register(registry);
        EndpointHandlers.register(registry);
        EventHandlers.register(registry);
        MessagingHandlers.register(registry);
        ChannelHandlers.register(registry);
        SettingsHandlers.register(registry);
        PhoneHandlers.register(registry);
        SegmentHandlers.register(registry);
        JourneyHandlers.register(registry);
        JourneyStateHandlers.register(registry);
        JourneyRunHandlers.register(registry);
        JobHandlers.register(registry);
        KpiHandlers.register(registry);
        InAppHandlers.register(registry);
        CampaignHandlers.register(registry);
        CampaignActivityHandlers.register(registry);
        return registry;
    }
}
