package org.ocaq.classes;

/**
 * One calendar feed the signed-in person holds: whose it is (kind and owner id), a name to show (the class's name;
 * empty for a teacher's or family's own feed) and the secret token of its address, /calendar/&lt;token&gt;.ics.
 */
public record CalendarFeedAddress(FeedOwnerKind kind, long ownerId, String name, String token) {
}
