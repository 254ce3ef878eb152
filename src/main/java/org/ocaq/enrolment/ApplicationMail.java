package org.ocaq.enrolment;

import com.vaadin.flow.i18n.I18NProvider;
import org.ocaq.classes.ClassFacts;
import org.ocaq.classes.ClassService;
import org.ocaq.people.GuardianForm;
import org.ocaq.people.LearnerSummary;
import org.ocaq.people.PeopleRosterService;
import org.ocaq.school.SchoolEnrolmentSettings;
import org.ocaq.school.TermService;
import org.ocaq.school.TermSummary;
import org.ocaq.shared.MailOutbox;
import org.ocaq.shared.i18n.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Tells the family (every guardian with an email, each in their own language) or the adult learner what happened to
 * an application, naming the child, the class, the school and the term. Queued in the deciding transaction.
 */
@Component
class ApplicationMail {

    enum Kind { SUBMITTED, WAITLISTED, ACCEPTED, REJECTED, MOVED, OFFERED, OFFER_EXPIRED, WITHDRAWN }

    private final MailOutbox outbox;
    private final I18NProvider i18n;
    private final PeopleRosterService people;
    private final ClassService classes;
    private final SchoolEnrolmentSettings schools;
    private final TermService terms;
    private final String baseUrl;

    ApplicationMail(MailOutbox outbox, I18NProvider i18n, PeopleRosterService people, ClassService classes,
                    SchoolEnrolmentSettings schools, TermService terms, @Value("${ocaq.base-url}") String baseUrl) {
        this.terms = terms;
        this.outbox = outbox;
        this.i18n = i18n;
        this.people = people;
        this.classes = classes;
        this.schools = schools;
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    void send(Application application, Kind kind) {
        String className = classes.classFacts(application.getClassId()).map(ClassFacts::name).orElse("");
        String schoolName = schools.schoolName(application.getSchoolId());
        String termName = schools.term(application.getSchoolId(), application.getTermId()).map(TermSummary::name)
                .orElse("");
        String key = "enrolment.mail." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (application.getFamilyId() != null) {
            for (GuardianForm guardian : people.guardianContacts(application.getFamilyId())) {
                Locale locale = Languages.supportedOrDefault(guardian.preferredLanguage());
                enqueue(guardian.email(), locale, key, application, className, schoolName, termName);
            }
        } else if (application.getLearnerId() != null) {
            LearnerSummary learner = people.learner(application.getLearnerId());
            if (learner.email() != null) {
                enqueue(learner.email(), Languages.DEFAULT, key, application, className, schoolName, termName);
            }
        }
    }

    private void enqueue(String to, Locale locale, String key, Application application, String className,
                         String schoolName, String termName) {
        String detail = application.getOfferExpiresAt() != null && application.getState() == ApplicationState.OFFERED
                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                        .format(application.getOfferExpiresAt().atZone(terms.schoolTimeZone(application.getSchoolId()))
                        .toLocalDate())
                : reasonOf(application);
        Object[] params = {application.getApplicantName(), className, schoolName, termName, detail, baseUrl};
        outbox.enqueue(to, locale, i18n.getTranslation(key + ".subject", locale, params),
                i18n.getTranslation(key + ".body", locale, params));
    }

    private static String reasonOf(Application application) {
        String reason = application.toSummary(null).reason();
        return reason == null ? "" : reason;
    }
}
