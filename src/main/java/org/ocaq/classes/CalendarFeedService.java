package org.ocaq.classes;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.ocaq.school.TermService;
import org.ocaq.security.AccessPolicy;
import org.ocaq.security.CurrentUser;
import org.ocaq.security.Owner;
import org.ocaq.security.ScopeKind;
import org.ocaq.security.SystemContext;
import org.ocaq.shared.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Calendar feeds (iCalendar, RFC 5545) at a secret address: per class (its coordinator holds the address), per teacher
 * (their classes) and per family (the classes its children have a place in). Whoever knows the address reads the feed without signing in, as calendar
 * apps do; the owner can reset it, and the old address then answers 404.
 */
@Service
@Transactional
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final CalendarFeedRepository feeds;
    private final SchoolClassRepository classes;
    private final LessonRepository lessons;
    private final TermService terms;
    private final AccessPolicy access;
    private final FamilyClasses familyClasses;

    CalendarFeedService(CalendarFeedRepository feeds, SchoolClassRepository classes, LessonRepository lessons,
                        TermService terms, AccessPolicy access, FamilyClasses familyClasses) {
        this.familyClasses = familyClasses;
        this.feeds = feeds;
        this.classes = classes;
        this.lessons = lessons;
        this.terms = terms;
        this.access = access;
    }

    /** The token of a class's feed; the school's coordinator may read it. */
    public String classFeedToken(long classId) {
        checkClassOwner(classId);
        return tokenOf(FeedOwnerKind.CLASS, classId);
    }

    public String resetClassFeedToken(long classId) {
        checkClassOwner(classId);
        return reset(FeedOwnerKind.CLASS, classId);
    }

    /** The token of the signed-in teacher's own feed. */
    public String myTeacherFeedToken() {
        return tokenOf(FeedOwnerKind.TEACHER, currentTeacher());
    }

    public String resetMyTeacherFeedToken() {
        return reset(FeedOwnerKind.TEACHER, currentTeacher());
    }

    /** The token of a family's feed; a parent of that family may read it. */
    public String familyFeedToken(long familyId) {
        access.checkChange(Owner.family(familyId, null));
        return tokenOf(FeedOwnerKind.FAMILY, familyId);
    }

    public String resetFamilyFeedToken(long familyId) {
        access.checkChange(Owner.family(familyId, null));
        return reset(FeedOwnerKind.FAMILY, familyId);
    }

    /**
     * The feeds the signed-in person holds: their own teacher feed if they teach, each of their families' feeds if
     * they are a parent, and the feeds of the classes of the schools they coordinate. A feed read for the first time
     * gets its address now.
     */
    public List<CalendarFeedAddress> myFeeds() {
        CurrentUser user = access.requireUser();
        List<CalendarFeedAddress> mine = new ArrayList<>();
        if (user.has(Role.TEACHER)) {
            mine.add(new CalendarFeedAddress(FeedOwnerKind.TEACHER, user.accountId(), "",
                    tokenOf(FeedOwnerKind.TEACHER, user.accountId())));
        }
        if (user.has(Role.PARENT)) {
            for (Long familyId : new TreeSet<>(user.scope(ScopeKind.FAMILY))) {
                access.checkChange(Owner.family(familyId, null));
                mine.add(new CalendarFeedAddress(FeedOwnerKind.FAMILY, familyId, "",
                        tokenOf(FeedOwnerKind.FAMILY, familyId)));
            }
        }
        if (user.has(Role.COORDINATOR)) {
            for (Long schoolId : new TreeSet<>(user.scope(ScopeKind.COORDINATED_SCHOOL))) {
                access.checkChange(Owner.school(schoolId));
                for (ClassSummary schoolClass : classes.findBySchool(schoolId, Pageable.unpaged())) {
                    mine.add(new CalendarFeedAddress(FeedOwnerKind.CLASS, schoolClass.id(), schoolClass.name(),
                            tokenOf(FeedOwnerKind.CLASS, schoolClass.id())));
                }
            }
        }
        return mine;
    }

    /** Gives one of the signed-in person's feeds a new address; the old one stops working. Returns the new token. */
    public String resetFeed(FeedOwnerKind kind, long ownerId) {
        return switch (kind) {
            case CLASS -> resetClassFeedToken(ownerId);
            case FAMILY -> resetFamilyFeedToken(ownerId);
            case TEACHER -> {
                if (ownerId != currentTeacher()) {
                    throw new AccessDeniedException("Not in your scope");
                }
                yield resetMyTeacherFeedToken();
            }
        };
    }

    /** The feed behind a token as iCalendar text, or empty for a token that is unknown or was reset. */
    @Transactional(readOnly = true)
    public Optional<String> render(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return feeds.findById(token).map(feed -> {
            List<SchoolClass> shown = switch (feed.getOwnerKind()) {
                case CLASS -> classes.findById(feed.getOwnerId()).map(List::of).orElse(List.of());
                case TEACHER -> classes.findTaughtBy(feed.getOwnerId());
                // The secret address is the permission to read, as for the other feeds.
                case FAMILY -> classes.findAllById(SystemContext.call(
                        () -> familyClasses.classIdsOfFamily(feed.getOwnerId())));
            };
            return toICalendar(shown).toString();
        });
    }

    private Calendar toICalendar(List<SchoolClass> shown) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Ocaq//Timetable 1.0//AZ"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (shown.isEmpty()) {
            return calendar;
        }
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Map<Long, SchoolClass> byId = new HashMap<>();
        Map<Long, ZoneId> zones = new HashMap<>();
        Set<String> zonesAdded = new HashSet<>();
        Set<String> undefinedZones = new HashSet<>();
        for (SchoolClass schoolClass : shown) {
            byId.put(schoolClass.getId(), schoolClass);
            ZoneId zone = terms.schoolTimeZone(schoolClass.getSchoolId());
            zones.put(schoolClass.getId(), zone);
            if (zonesAdded.add(zone.getId())) {
                TimeZone timeZone = registry.getTimeZone(zone.getId());
                if (timeZone != null) {
                    calendar.add(timeZone.getVTimeZone());
                } else {
                    // No VTIMEZONE definition for this id (UTC, a fixed offset): such lessons are written in UTC.
                    undefinedZones.add(zone.getId());
                }
            }
        }
        for (Lesson lesson : lessons.findByClasses(byId.keySet())) {
            LessonSummary summary = lesson.toSummary();
            SchoolClass schoolClass = byId.get(summary.classId());
            ClassForm form = schoolClass.toForm();
            ZonedDateTime start = ZonedDateTime.of(summary.date(), summary.startsAt(), zones.get(summary.classId()));
            ZonedDateTime end = start.plusMinutes(summary.durationMinutes());
            VEvent event = undefinedZones.contains(start.getZone().getId())
                    ? new VEvent(start.toInstant(), end.toInstant(), form.name())
                    : new VEvent(start, end, form.name());
            event.add(new Uid("lesson-" + summary.id() + "@ocaq"));
            String where = form.room() != null ? form.room() : form.meetingLink();
            if (where != null) {
                event.add(new Location(where));
            }
            if (summary.status() == LessonStatus.CANCELLED) {
                event.add(ImmutableStatus.VEVENT_CANCELLED);
            }
            calendar.add(event);
        }
        return calendar;
    }

    private void checkClassOwner(long classId) {
        SchoolClass schoolClass = classes.findById(classId)
                .orElseThrow(() -> new AccessDeniedException("Not in your scope"));
        access.checkChange(Owner.school(schoolClass.getSchoolId()));
    }

    private long currentTeacher() {
        CurrentUser user = access.requireUser();
        if (!user.has(Role.TEACHER)) {
            throw new AccessDeniedException("Role required: TEACHER");
        }
        return user.accountId();
    }

    private String tokenOf(FeedOwnerKind kind, long ownerId) {
        return feeds.findByOwnerKindAndOwnerId(kind, ownerId).map(CalendarFeed::getToken)
                .orElseGet(() -> feeds.save(new CalendarFeed(newToken(), kind, ownerId)).getToken());
    }

    private String reset(FeedOwnerKind kind, long ownerId) {
        feeds.deleteByOwner(kind, ownerId);
        return feeds.save(new CalendarFeed(newToken(), kind, ownerId)).getToken();
    }

    /** 256 random bits, URL-safe: 43 characters. */
    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
