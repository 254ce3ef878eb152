package org.ocaq.notification;

import java.util.Locale;

/** An email ready to send: already written in the recipient's language. */
public record Mail(String recipient, Locale language, String subject, String body) {

    public Mail {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("recipient is required");
        }
        if (subject == null || subject.isBlank() || body == null) {
            throw new IllegalArgumentException("subject and body are required");
        }
    }
}
