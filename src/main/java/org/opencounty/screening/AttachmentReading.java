package org.opencounty.screening;

import java.util.Objects;

/**
 * What reading an attachment gave: its text (body, then document properties), or why it could not be read.
 * An attachment that is not readable was not screened, and a person must look at it
 * ({@value ScreeningRules#ATTACHMENT_UNREADABLE}).
 *
 * @param reason in Chinese, for the reviewer; empty when readable
 */
public record AttachmentReading(boolean readable, String text, String reason) {

    public AttachmentReading {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }

    public static AttachmentReading of(String text) {
        return new AttachmentReading(true, text, "");
    }

    public static AttachmentReading unreadable(String reason) {
        return new AttachmentReading(false, "", reason);
    }
}
