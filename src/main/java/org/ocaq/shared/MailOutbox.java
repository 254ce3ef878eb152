package org.ocaq.shared;

import java.util.Locale;

/**
 * Mail queued in the caller's transaction and delivered later. The notification feature implements it; it is
 * declared here so that security, which every feature (notification too) builds on for access checks, can send its
 * account mail without the two features depending on each other.
 */
public interface MailOutbox {

    /** Queues a message already written in the recipient's language; a transaction must be active. */
    void enqueue(String recipient, Locale language, String subject, String body);
}
