package org.ocaq.classes;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, String> {

    Optional<CalendarFeed> findByOwnerKindAndOwnerId(FeedOwnerKind ownerKind, Long ownerId);

    @Modifying(flushAutomatically = true)
    @Query("delete from CalendarFeed f where f.ownerKind = :ownerKind and f.ownerId = :ownerId")
    int deleteByOwner(FeedOwnerKind ownerKind, Long ownerId);
}
