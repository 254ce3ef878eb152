package org.ocaq.security;

import com.vaadin.flow.i18n.I18NProvider;
import org.ocaq.shared.AzText;
import org.ocaq.shared.MailOutbox;
import org.ocaq.shared.Role;
import org.ocaq.shared.SchoolNames;
import org.ocaq.shared.i18n.AccountLocaleStore;
import org.ocaq.shared.i18n.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.ocaq.shared.OffsetPage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accounts: parents' sign-up with email confirmation, password reset by a one-time link, accounts made by the
 * network office, roles and scopes, and each person's language.
 */
@Service
@Transactional
public class AccountService implements AccountLocaleStore {

    static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final AccountScopeRepository scopes;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final MailOutbox outbox;
    private final I18NProvider i18n;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final SchoolNames schoolNames;
    private final Clock clock;
    private final String baseUrl;

    AccountService(AccountRepository accounts, AccountScopeRepository scopes, AccountTokenRepository tokens,
                   PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, MailOutbox outbox,
                   I18NProvider i18n, AccessPolicy access, ApplicationEventPublisher events, SchoolNames schoolNames,
                   Clock clock, @Value("${ocaq.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.scopes = scopes;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.outbox = outbox;
        this.i18n = i18n;
        this.access = access;
        this.events = events;
        this.schoolNames = schoolNames;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * A parent signs up. The account can sign in once the emailed link is opened. An address that is already
     * registered gets a notice by email instead, and the form answers the same, so the form reveals no accounts.
     */
    public void registerParent(RegistrationForm form) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        String name = form.displayName() == null ? "" : form.displayName().strip();
        if (name.isEmpty()) {
            problems.computeIfAbsent("displayName", k -> new ArrayList<>()).add("security.register.name-required");
        } else if (name.length() > 200) {
            problems.computeIfAbsent("displayName", k -> new ArrayList<>()).add("security.register.name-too-long");
        }
        String email = Account.normalizeEmail(form.email());
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            problems.computeIfAbsent("email", k -> new ArrayList<>()).add("security.register.email-invalid");
        }
        List<String> passwordProblems = passwordPolicy.problems(form.password(), email);
        if (!passwordProblems.isEmpty()) {
            problems.put("password", passwordProblems);
        }
        if (form.password() != null && !form.password().equals(form.passwordRepeated())) {
            problems.computeIfAbsent("passwordRepeated", k -> new ArrayList<>()).add("security.register.passwords-differ");
        }
        if (!problems.isEmpty()) {
            throw new FieldProblems(problems);
        }
        Locale language = Languages.supportedOrDefault(form.language() == null ? null : form.language().getLanguage());
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            // Hash the password anyway, so that a taken address does not answer noticeably faster than a new one.
            passwordEncoder.encode(form.password());
            Account account = existing.get();
            sendMail(account.getEmail(), account.getLocale(), "security.mail.already-registered",
                    account.getDisplayName(), baseUrl + "/forgot-password");
            return;
        }
        Account account = new Account(email, name, language, Set.of(Role.PARENT), clock.instant());
        account.setPasswordHash(passwordEncoder.encode(form.password()));
        accounts.save(account);
        String token = issueToken(account, AccountToken.Purpose.VERIFY_EMAIL, CONFIRMATION_VALIDITY);
        sendMail(email, language, "security.mail.confirm", name, baseUrl + "/confirm-email/" + token);
        events.publishEvent(new ParentRegistered(account.getId(), name, email, language));
    }

    /** Opens the emailed confirmation link. Returns false for an unknown, used or expired link. */
    public boolean confirmEmail(String token) {
        return useToken(token, AccountToken.Purpose.VERIFY_EMAIL).map(account -> {
            account.markEmailVerified();
            return true;
        }).orElse(false);
    }

    /** Sends a reset link if the address has an account; answers the same either way. */
    public void requestPasswordReset(String email) {
        accounts.findByEmail(Account.normalizeEmail(email)).filter(Account::isEnabled).ifPresent(account -> {
            tokens.invalidateOpen(account.getId(), AccountToken.Purpose.RESET_PASSWORD, clock.instant());
            String token = issueToken(account, AccountToken.Purpose.RESET_PASSWORD, RESET_VALIDITY);
            sendMail(account.getEmail(), account.getLocale(), "security.mail.reset",
                    account.getDisplayName(), baseUrl + "/reset-password/" + token);
        });
    }

    /**
     * Sets a new password from an emailed reset link. Throws {@link FieldProblems} for a weak password (the link stays
     * usable) and returns false for an unknown, used or expired link, and for an invitation link, which has its own
     * page. Opening the link also proves the address.
     */
    public boolean resetPassword(String token, String newPassword, String newPasswordRepeated) {
        return setPasswordFromLink(token, AccountToken.Purpose.RESET_PASSWORD, newPassword, newPasswordRepeated);
    }

    /** Whether a reset link can still set a password, so the page can say so before anything is typed. */
    @Transactional(readOnly = true)
    public boolean isPasswordLinkUsable(String token) {
        return usableToken(token, AccountToken.Purpose.RESET_PASSWORD).isPresent();
    }

    /**
     * What an emailed invitation link is for: the invited person's name, their roles and their schools; empty for an
     * unknown, used or expired link, and for a link of another kind.
     */
    @Transactional(readOnly = true)
    public Optional<InvitationSummary> openInvitation(String token) {
        return usableToken(token, AccountToken.Purpose.INVITATION)
                .flatMap(t -> accounts.findById(t.getAccountId()))
                .map(account -> {
                    List<Long> schoolIds = scopes.findByAccountId(account.getId()).stream()
                            .filter(s -> s.getKind() == ScopeKind.COORDINATED_SCHOOL
                                    || s.getKind() == ScopeKind.TEACHING_SCHOOL)
                            .map(AccountScope::getTargetId).distinct().toList();
                    Map<Long, String> names = schoolNames.schoolNames(schoolIds);
                    return new InvitationSummary(account.getDisplayName(), account.getEmail(),
                            account.getRoles().stream().sorted(Comparator.naturalOrder()).toList(),
                            schoolIds.stream().map(names::get).filter(Objects::nonNull).toList());
                });
    }

    /**
     * Accepts an invitation by choosing a password. Throws {@link FieldProblems} for a weak password (the link stays
     * usable) and returns false for an unknown, used or expired link, and for a reset link.
     */
    public boolean acceptInvitation(String token, String newPassword, String newPasswordRepeated) {
        return setPasswordFromLink(token, AccountToken.Purpose.INVITATION, newPassword, newPasswordRepeated);
    }

    private boolean setPasswordFromLink(String token, AccountToken.Purpose purpose, String newPassword,
                                        String newPasswordRepeated) {
        Optional<AccountToken> found = usableToken(token, purpose);
        if (found.isEmpty()) {
            return false;
        }
        Account account = accounts.findById(found.get().getAccountId()).orElseThrow();
        checkNewPassword(newPassword, newPasswordRepeated, account.getEmail());
        found.get().use(clock.instant());
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.markEmailVerified();
        return true;
    }

    /** Purposes never mix: a reset link opens no invitation, and an invitation link resets no password. */
    private Optional<AccountToken> usableToken(String token, AccountToken.Purpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token))
                .filter(t -> t.getPurpose() == purpose)
                .filter(t -> t.usableAt(clock.instant()));
    }

    /** Creates an account; only the network office (or the application itself) may. */
    public long createAccount(NewAccount request) {
        access.requireAnyRole(Role.NETWORK_ADMIN);
        String email = Account.normalizeEmail(request.email());
        if (!EMAIL.matcher(email).matches()) {
            throw new FieldProblems(Map.of("email", List.of("security.register.email-invalid")));
        }
        if (accounts.existsByEmail(email)) {
            throw new FieldProblems(Map.of("email", List.of("security.account.email-taken")));
        }
        Account account = new Account(email, request.displayName(), request.language(), request.roles(), clock.instant());
        if (request.password() != null) {
            account.setPasswordHash(passwordEncoder.encode(request.password()));
            account.markEmailVerified();
        }
        return accounts.save(account).getId();
    }

    /**
     * Invites a person: creates their account without a password (or reuses the account with that address), grants
     * the role with its scope, and emails a one-time link, valid for {@link #INVITATION_VALIDITY}, to set a password.
     * The network office may invite anyone into anything; a coordinator only teachers into a school they coordinate,
     * and adult learners: the student role without a scope, because a learner's scope is the learner's record, which
     * the people feature makes after its own check that the school is the coordinator's, and then grants.
     * Anything else, guessed ids included, is refused the same way. Returns the account's id.
     */
    public long invite(String email, String displayName, Locale language, Role role, ScopeKind scopeKind,
                       Long targetId) {
        if (!access.isAdmin()) {
            CurrentUser user = access.requireUser();
            boolean coordinatorInvitingTeacher = user.has(Role.COORDINATOR) && role == Role.TEACHER
                    && scopeKind == ScopeKind.TEACHING_SCHOOL && user.inScope(ScopeKind.COORDINATED_SCHOOL, targetId);
            boolean coordinatorInvitingLearner = user.has(Role.COORDINATOR) && role == Role.STUDENT
                    && scopeKind == null && targetId == null && !user.scope(ScopeKind.COORDINATED_SCHOOL).isEmpty();
            if (!coordinatorInvitingTeacher && !coordinatorInvitingLearner) {
                throw new AccessDeniedException("Not in your scope");
            }
        }
        if (role == null) {
            throw new IllegalArgumentException("role is required");
        }
        Map<String, List<String>> problems = new LinkedHashMap<>();
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            problems.put("displayName", List.of("security.register.name-required"));
        } else if (name.length() > 200) {
            problems.put("displayName", List.of("security.register.name-too-long"));
        }
        String address = Account.normalizeEmail(email);
        if (!EMAIL.matcher(address).matches() || address.length() > 254) {
            problems.put("email", List.of("security.register.email-invalid"));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblems(problems);
        }
        Locale locale = Languages.supportedOrDefault(language == null ? null : language.getLanguage());
        Account account = accounts.findByEmail(address)
                .orElseGet(() -> accounts.save(new Account(address, name, locale, Set.of(), clock.instant())));
        account.grant(role);
        if (scopeKind != null && targetId != null
                && !scopes.existsByAccountIdAndKindAndTargetId(account.getId(), scopeKind, targetId)) {
            scopes.save(new AccountScope(account.getId(), scopeKind, targetId));
        }
        tokens.invalidateOpen(account.getId(), AccountToken.Purpose.INVITATION, clock.instant());
        String token = issueToken(account, AccountToken.Purpose.INVITATION, INVITATION_VALIDITY);
        sendMail(account.getEmail(), account.getLocale(), "security.mail.invitation", account.getDisplayName(),
                baseUrl + "/invitation/" + token);
        return account.getId();
    }

    /**
     * Creates accounts that all share one password, hashed once: for demo data and data generators, where hashing
     * hundreds of passwords one by one would cost minutes.
     */
    public List<Long> createAccountsWithSharedPassword(List<NewAccount> requests, String password) {
        access.requireAnyRole(Role.NETWORK_ADMIN);
        String hash = passwordEncoder.encode(password);
        List<Account> created = new ArrayList<>();
        for (NewAccount request : requests) {
            Account account = new Account(request.email(), request.displayName(), request.language(), request.roles(),
                    clock.instant());
            account.setPasswordHash(hash);
            account.markEmailVerified();
            created.add(account);
        }
        return accounts.saveAll(created).stream().map(Account::getId).toList();
    }

    /**
     * The language to write to an address in: that of its account (made with one, then as last chosen in the app), or
     * Azerbaijani for an address with no account. Only the language; for a signed-in caller mailing someone it may
     * already reach.
     */
    @Transactional(readOnly = true)
    public Locale mailLanguage(String email) {
        access.requireUser();
        return accounts.findByEmail(Account.normalizeEmail(email)).map(Account::getLocale)
                .map(locale -> Languages.supportedOrDefault(locale.getLanguage())).orElse(Languages.DEFAULT);
    }

    /** Finds an account id by email: for the network office and the application itself. */
    @Transactional(readOnly = true)
    public Optional<Long> findAccountId(String email) {
        access.requireAnyRole(Role.NETWORK_ADMIN);
        return accounts.findByEmail(Account.normalizeEmail(email)).map(Account::getId);
    }

    /**
     * Gives an account a role with a scope, e.g. coordinator of school 7. The network office may grant anything; a
     * coordinator may make people teachers and parents within their own school's classes and families, which the
     * calling feature vouches for by its own scope check before calling.
     */
    public void grant(long accountId, Role role, ScopeKind kind, Long targetId) {
        if (!access.isAdmin()) {
            CurrentUser user = access.requireUser();
            boolean coordinatorGrantingWithinSchool = user.has(Role.COORDINATOR)
                    && (role == Role.TEACHER || role == Role.PARENT || role == Role.STUDENT);
            if (!coordinatorGrantingWithinSchool) {
                throw new AccessDeniedException("Only the network office may grant " + role);
            }
        }
        Account account = accounts.findById(accountId).orElseThrow(() -> new AccessDeniedException("No such account"));
        account.grant(role);
        if (kind != null && targetId != null && !scopes.existsByAccountIdAndKindAndTargetId(accountId, kind, targetId)) {
            scopes.save(new AccountScope(accountId, kind, targetId));
        }
    }

    /** Takes a scope away; effective at the account's next request. */
    public void revoke(long accountId, ScopeKind kind, long targetId) {
        access.requireAnyRole(Role.NETWORK_ADMIN);
        scopes.deleteByAccountIdAndKindAndTargetId(accountId, kind, targetId);
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> searchAccounts(String query, int offset, int limit) {
        access.requireAnyRole(Role.NETWORK_ADMIN);
        return accounts.search(AzText.containsPattern(query), OffsetPage.of(offset, limit));
    }

    /** The signed-in person's own account. */
    @Transactional(readOnly = true)
    public ProfileSummary myProfile() {
        Account account = currentAccount();
        return new ProfileSummary(account.getEmail(), account.getDisplayName(), account.getLocale(),
                Set.copyOf(account.getRoles()));
    }

    /** Renames the signed-in person's account. */
    public void renameMe(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            throw new FieldProblems(Map.of("displayName", List.of("security.register.name-required")));
        }
        if (name.length() > 200) {
            throw new FieldProblems(Map.of("displayName", List.of("security.register.name-too-long")));
        }
        currentAccount().rename(name);
    }

    /** Changes the signed-in person's password; the current one must be given, and the new one pass the policy. */
    public void changeMyPassword(String currentPassword, String newPassword, String newPasswordRepeated) {
        Account account = currentAccount();
        if (currentPassword == null || account.getPasswordHash() == null
                || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new FieldProblems(Map.of("currentPassword", List.of("security.profile.current-password-wrong")));
        }
        checkNewPassword(newPassword, newPasswordRepeated, account.getEmail());
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        tokens.invalidateOpen(account.getId(), AccountToken.Purpose.RESET_PASSWORD, clock.instant());
    }

    /** A new password must pass the policy and be typed the same twice; problems are reported per field. */
    private void checkNewPassword(String newPassword, String newPasswordRepeated, String email) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        List<String> passwordProblems = passwordPolicy.problems(newPassword, email);
        if (!passwordProblems.isEmpty()) {
            problems.put("password", passwordProblems);
        }
        if (newPassword != null && !newPassword.equals(newPasswordRepeated)) {
            problems.put("passwordRepeated", List.of("security.register.passwords-differ"));
        }
        if (!problems.isEmpty()) {
            throw new FieldProblems(problems);
        }
    }

    private Account currentAccount() {
        CurrentUser user = access.requireUser();
        return accounts.findById(user.accountId()).orElseThrow(() -> new AccessDeniedException("No such account"));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Locale> currentAccountLocale() {
        return access.currentUser().flatMap(u -> accounts.findById(u.accountId())).map(Account::getLocale);
    }

    @Override
    public void rememberForCurrentAccount(Locale locale) {
        access.currentUser().flatMap(u -> accounts.findById(u.accountId()))
                .ifPresent(a -> a.setLocale(Languages.supportedOrDefault(locale.getLanguage())));
    }

    private Optional<Account> useToken(String token, AccountToken.Purpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(token))
                .filter(t -> t.getPurpose() == purpose && t.usableAt(now))
                .flatMap(t -> {
                    t.use(now);
                    return accounts.findById(t.getAccountId());
                });
    }

    private String issueToken(Account account, AccountToken.Purpose purpose, Duration validity) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        tokens.save(new AccountToken(account.getId(), purpose, hash(token), now, now.plus(validity)));
        return token;
    }

    private void sendMail(String to, Locale language, String key, String name, String link) {
        outbox.enqueue(to, language, i18n.getTranslation(key + ".subject", language),
                i18n.getTranslation(key + ".body", language, name, link));
    }

    static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
