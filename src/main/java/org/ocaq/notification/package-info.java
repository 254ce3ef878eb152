/** Messages to people: an outbox written in the same transaction as the change, delivered by email with retries. */
package org.ocaq.notification;
