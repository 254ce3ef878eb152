package org.ocaq.school;

import org.apache.tika.Tika;
import org.ocaq.security.AccessPolicy;
import org.ocaq.security.AccountService;
import org.ocaq.security.CurrentUser;
import org.ocaq.security.FieldProblems;
import org.ocaq.security.Owner;
import org.ocaq.security.ScopeKind;
import org.ocaq.shared.AzText;
import org.ocaq.shared.ListOrder;
import org.ocaq.shared.Role;
import org.springframework.dao.OptimisticLockingFailureException;
import org.ocaq.shared.OffsetPage;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Schools and terms. The network office opens schools and appoints coordinators; a coordinator edits their own. */
@Service
@Transactional
public class SchoolService {

    /** A logo is shown small; 512 KB is plenty for one and keeps the public page light. */
    public static final int LOGO_MAX_BYTES = 512 * 1024;
    /** Raster images only: an SVG can carry script, and it would be served from our own origin. */
    static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg", "image/webp");
    private static final Tika TIKA = new Tika();

    private final SchoolRepository schools;
    private final SchoolLogoRepository logos;
    private final CountryRepository countries;
    private final TermRepository terms;
    private final AccessPolicy access;
    private final AccountService accounts;

    private final SchoolZones zones;

    SchoolService(SchoolRepository schools, SchoolLogoRepository logos, CountryRepository countries,
                  TermRepository terms, AccessPolicy access, AccountService accounts, SchoolZones zones) {
        this.zones = zones;
        this.schools = schools;
        this.logos = logos;
        this.countries = countries;
        this.terms = terms;
        this.access = access;
        this.accounts = accounts;
    }

    public long createSchool(SchoolForm form) {
        access.requireAnyRole(Role.NETWORK_ADMIN);
        validate(form);
        School school = new School(uniqueSlug(form.name(), form.city()));
        school.apply(form);
        return schools.save(school).getId();
    }

    public void updateSchool(long schoolId, long expectedVersion, SchoolForm form) {
        School school = load(schoolId);
        access.checkChange(Owner.school(schoolId));
        if (school.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("School " + schoolId + " was changed by someone else");
        }
        validate(form);
        school.apply(form);
        // Forgotten now and again once committed, so that nobody keeps a zone read in between.
        zones.forget(schoolId);
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        zones.forget(schoolId);
                    }
                });
    }

    @Transactional(readOnly = true)
    public SchoolDetails getSchool(long schoolId) {
        School school = load(schoolId);
        access.checkSee(Owner.school(schoolId));
        return school.toDetails(logos.existsById(schoolId));
    }

    /**
     * Replaces a school's logo (the network office, or the school's coordinator). The type is detected from the bytes,
     * whatever the file was called: PNG, JPEG or WebP of at most {@link #LOGO_MAX_BYTES}; anything else, SVG included,
     * is refused on the field {@code logo}.
     */
    public void changeLogo(long schoolId, byte[] bytes) {
        load(schoolId);
        access.checkChange(Owner.school(schoolId));
        if (bytes == null || bytes.length == 0) {
            throw new FieldProblems(Map.of("logo", List.of("school.logo.empty")));
        }
        if (bytes.length > LOGO_MAX_BYTES) {
            throw new FieldProblems(Map.of("logo", List.of("school.logo.too-large")));
        }
        String type = TIKA.detect(bytes);
        if (!LOGO_TYPES.contains(type)) {
            throw new FieldProblems(Map.of("logo", List.of("school.logo.wrong-type")));
        }
        SchoolLogo logo = logos.findById(schoolId).orElseGet(() -> new SchoolLogo(schoolId));
        logo.replace(type, bytes);
        logos.save(logo);
    }

    public void removeLogo(long schoolId) {
        load(schoolId);
        access.checkChange(Owner.school(schoolId));
        logos.deleteById(schoolId);
    }

    /** A school's logo, public like the school's page; no sign-in. */
    @Transactional(readOnly = true)
    public Optional<LogoImage> logo(long schoolId) {
        return logos.findById(schoolId).map(SchoolLogo::toImage);
    }

    /** One page of the schools the current user may see, in Azerbaijani alphabetical order. */
    @Transactional(readOnly = true)
    public List<SchoolSummary> listSchools(String query, int offset, int limit) {
        return listSchools(query, offset, limit, null);
    }

    /**
     * One page of the schools the current user may see, in the order asked for (null: by name), sorted by the
     * database; ties are broken by id.
     */
    @Transactional(readOnly = true)
    public List<SchoolSummary> listSchools(String query, int offset, int limit, ListOrder<SchoolSort> order) {
        String pattern = AzText.containsPattern(query);
        Pageable page = OffsetPage.of(offset, limit, sortOf(order));
        if (access.isAdmin()) {
            return schools.findPage(pattern, page);
        }
        Set<Long> visible = visibleSchoolIds(access.requireUser());
        return visible.isEmpty() ? List.of() : schools.findPageWithin(pattern, visible, page);
    }

    @Transactional(readOnly = true)
    public long countSchools(String query) {
        String pattern = AzText.containsPattern(query);
        if (access.isAdmin()) {
            return schools.countMatching(pattern);
        }
        Set<Long> visible = visibleSchoolIds(access.requireUser());
        return visible.isEmpty() ? 0 : schools.countMatchingWithin(pattern, visible);
    }

    /** The network office's overview: every school, grouped by country. */
    @Transactional(readOnly = true)
    public List<CountrySchools> schoolsByCountry() {
        access.requireAnyRole(Role.NETWORK_ADMIN);
        Map<String, List<SchoolSummary>> byCountry = new LinkedHashMap<>();
        for (SchoolSummary school : schools.findAllByCountry()) {
            byCountry.computeIfAbsent(school.countryCode(), c -> new ArrayList<>()).add(school);
        }
        return byCountry.entrySet().stream().map(e -> new CountrySchools(e.getKey(), e.getValue())).toList();
    }

    /** The schools the signed-in coordinator runs. */
    @Transactional(readOnly = true)
    public List<SchoolSummary> coordinatedSchools() {
        CurrentUser user = access.requireUser();
        Set<Long> ids = user.has(Role.COORDINATOR) ? user.scope(ScopeKind.COORDINATED_SCHOOL) : Set.of();
        return ids.isEmpty() ? List.of()
                : schools.findPageWithin("%", ids, OffsetPage.of(0, OffsetPage.MAX_LIMIT, sortOf(null)));
    }

    public void ensureCountry(String code, int digitalConsentAge) {
        access.requireAnyRole(Role.NETWORK_ADMIN);
        if (digitalConsentAge < 13 || digitalConsentAge > 16) {
            throw new IllegalArgumentException("Digital age of consent is 13 to 16");
        }
        if (!countries.existsById(code)) {
            countries.save(new Country(code, digitalConsentAge));
        }
    }

    @Transactional(readOnly = true)
    public int digitalConsentAge(String countryCode) {
        return countries.findById(countryCode).map(Country::getDigitalConsentAge).orElse(16);
    }

    /** Makes an existing account the coordinator of a school (network office only). */
    public void appointCoordinator(long schoolId, long accountId) {
        access.requireAnyRole(Role.NETWORK_ADMIN);
        load(schoolId);
        accounts.grant(accountId, Role.COORDINATOR, ScopeKind.COORDINATED_SCHOOL, schoolId);
    }

    /**
     * Invites the coordinator of a school (network office only): the account is made or reused, becomes the
     * school's coordinator, and gets an emailed link to set a password. Returns the account's id.
     */
    public long inviteCoordinator(long schoolId, String email, String displayName, Locale language) {
        access.requireAnyRole(Role.NETWORK_ADMIN);
        load(schoolId);
        return accounts.invite(email, displayName, language, Role.COORDINATOR, ScopeKind.COORDINATED_SCHOOL, schoolId);
    }

    /** The public directory: every school by country, city and name, with only what schools publish; no sign-in. */
    @Transactional(readOnly = true)
    public List<PublicSchool> publicDirectory() {
        Set<Long> withLogo = logos.findSchoolIds();
        return schools.findAllForDirectory().stream().map(s -> s.toPublic(withLogo.contains(s.getId()))).toList();
    }

    /** One school of the public directory by its slug; no sign-in. */
    @Transactional(readOnly = true)
    public java.util.Optional<PublicSchool> publicSchool(String slug) {
        return slug == null ? java.util.Optional.empty()
                : schools.findBySlug(slug).map(s -> s.toPublic(logos.existsById(s.getId())));
    }

    public long createTerm(long schoolId, String name, LocalDate startsOn, LocalDate endsOn) {
        load(schoolId);
        access.checkChange(Owner.school(schoolId));
        if (name == null || name.isBlank()) {
            throw new FieldProblems(Map.of("name", List.of("school.term.name-required")));
        }
        if (startsOn == null || endsOn == null || !endsOn.isAfter(startsOn)) {
            throw new FieldProblems(Map.of("endsOn", List.of("school.term.end-before-start")));
        }
        return terms.save(new Term(schoolId, name.strip(), startsOn, endsOn)).toSummary().id();
    }

    @Transactional(readOnly = true)
    public List<TermSummary> terms(long schoolId) {
        load(schoolId);
        access.checkSee(Owner.school(schoolId));
        return terms.findBySchoolIdOrderByStartsOn(schoolId).stream().map(Term::toSummary).toList();
    }

    /**
     * Whether a late arrival counts as present in the school's attendance rates (true unless the coordinator turned
     * it off). For any signed-in user: the rule is no secret, and a parent's view of their child's rate needs it too.
     */
    @Transactional(readOnly = true)
    public boolean lateCountsAsPresent(long schoolId) {
        access.requireUser();
        return load(schoolId).isLateCountsAsPresent();
    }

    /** The same rule for several schools at once (one statement), for reports across schools. */
    @Transactional(readOnly = true)
    public Map<Long, Boolean> lateCountsAsPresent(java.util.Collection<Long> schoolIds) {
        access.requireUser();
        Map<Long, Boolean> rules = new java.util.HashMap<>();
        schools.findAllById(schoolIds).forEach(s -> rules.put(s.getId(), s.isLateCountsAsPresent()));
        return rules;
    }

    /** Sets the school's rule for late arrivals in attendance rates: its coordinator or the network office. */
    public void setLateCountsAsPresent(long schoolId, boolean lateCountsAsPresent) {
        School school = load(schoolId);
        access.checkChange(Owner.school(schoolId));
        school.setLateCountsAsPresent(lateCountsAsPresent);
    }

    private Set<Long> visibleSchoolIds(CurrentUser user) {
        Set<Long> ids = new HashSet<>();
        if (user.has(Role.COORDINATOR)) {
            ids.addAll(user.scope(ScopeKind.COORDINATED_SCHOOL));
        }
        if (user.has(Role.TEACHER)) {
            ids.addAll(user.scope(ScopeKind.TEACHING_SCHOOL));
        }
        return ids;
    }

    private School load(long schoolId) {
        // A guessed id gets the same answer whether or not the school exists.
        return schools.findById(schoolId).orElseThrow(() -> new AccessDeniedException("Not in your scope"));
    }

    private void validate(SchoolForm form) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (form.name() == null || form.name().isBlank()) {
            problems.put("name", List.of("school.form.name-required"));
        } else if (form.name().length() > 200) {
            problems.put("name", List.of("school.form.name-too-long"));
        }
        if (form.countryCode() == null || !countries.existsById(form.countryCode())) {
            problems.put("countryCode", List.of("school.form.country-required"));
        }
        if (form.delivery() == null) {
            problems.put("delivery", List.of("school.form.delivery-required"));
        }
        if (form.timeZone() == null) {
            problems.put("timeZone", List.of("school.form.time-zone-required"));
        }
        if (form.languages() == null || form.languages().isEmpty()) {
            problems.put("languages", List.of("school.form.languages-required"));
        } else if (!InstructionLanguages.CODES.containsAll(form.languages())) {
            problems.put("languages", List.of("school.form.languages-unknown"));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblems(problems);
        }
    }

    private String uniqueSlug(String name, String city) {
        String base = slugOf(name);
        if (base.isEmpty()) {
            base = "school";
        }
        String candidate = base;
        if (schools.existsBySlug(candidate) && city != null && !city.isBlank()) {
            candidate = base + "-" + slugOf(city);
        }
        int n = 2;
        String stem = candidate;
        while (schools.existsBySlug(candidate)) {
            candidate = stem + "-" + n++;
        }
        return candidate;
    }

    static String slugOf(String text) {
        String folded = AzText.searchKey(text);
        String ascii = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /**
     * The database sort for a list order, from this switch only. The city has no sort key (it is not a name we key),
     * so it sorts by the column's collation; the country by its ISO code, as the directory groups schools.
     */
    private static Sort sortOf(ListOrder<SchoolSort> order) {
        ListOrder<SchoolSort> o = order == null ? ListOrder.ascending(SchoolSort.NAME) : order;
        return switch (o.column()) {
            case NAME -> o.by("sortKey");
            case CITY -> o.by("city", "sortKey");
            case COUNTRY -> o.by("countryCode", "city", "sortKey");
        };
    }
}
