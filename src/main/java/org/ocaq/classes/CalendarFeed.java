package org.ocaq.classes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The secret address of one owner's calendar feed; resetting it makes a new token and forgets the old one. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    private String token;

    @Enumerated(EnumType.STRING)
    private FeedOwnerKind ownerKind;

    private Long ownerId;

    protected CalendarFeed() {
    }

    CalendarFeed(String token, FeedOwnerKind ownerKind, Long ownerId) {
        this.token = token;
        this.ownerKind = ownerKind;
        this.ownerId = ownerId;
    }

    String getToken() {
        return token;
    }

    FeedOwnerKind getOwnerKind() {
        return ownerKind;
    }

    Long getOwnerId() {
        return ownerId;
    }
}
