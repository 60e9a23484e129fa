package dev.pinpointmock.internal.service;

/**
 * The message template operations: create, get, update and delete for each of the five types, plus the
 * listing and active-version operations. Templates belong to an account and region, not to an application.
 */
final class TemplateHandlers {

    private TemplateHandlers() {
    }

    static void register(OperationRegistry registry) {
        EmailTemplateHandlers.register(registry);
        SmsTemplateHandlers.register(registry);
        VoiceTemplateHandlers.register(registry);
        PushTemplateHandlers.register(registry);
        InAppTemplateHandlers.register(registry);
        TemplateListHandlers.register(registry);
    }
}
