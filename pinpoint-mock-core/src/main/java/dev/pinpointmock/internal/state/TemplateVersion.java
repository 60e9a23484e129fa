package dev.pinpointmock.internal.state;

import java.time.Instant;
import software.amazon.awssdk.core.SdkPojo;

/**
 * One version of a message template: its number, its content as the SDK's request shape of the template's
 * type (such as {@code EmailTemplateRequest}, with tags left out), and when it was created and last written.
 * Immutable: overwriting a version replaces the record.
 */
public record TemplateVersion(int number, SdkPojo content, Instant creationDate, Instant lastModifiedDate) {

    /** This version with new content, written at the given instant. */
    TemplateVersion overwrittenWith(SdkPojo newContent, Instant now) {
        return new TemplateVersion(number, newContent, creationDate, now);
    }

    /** The content as the request shape of the template's type. */
    public <T> T content(Class<T> shape) {
        return shape.cast(content);
    }
}
