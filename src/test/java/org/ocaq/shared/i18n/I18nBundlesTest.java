package org.ocaq.shared.i18n;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocaq.notification.OutboxEntry;
import org.ocaq.school.Delivery;
import org.ocaq.shared.Role;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the translations whole: each feature's Azerbaijani bundle ({@code i18n/<feature>.properties}) has English
 * and Russian siblings with the same keys and parameters, every key the code uses exists, and views show no text
 * that does not come from a bundle. In the manner of spring-petclinic's I18nPropertiesSyncTest: the files are read
 * as they are in the source tree, so a failure names the file to fix.
 */
class I18nBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path JAVA_SOURCES = Path.of("src/main/java");
    private static final Pattern BUNDLE_FILE = Pattern.compile("([a-z][a-z0-9-]*)(?:_([a-z]{2,3}))?\\.properties");
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,[^}]*)?}");
    private static final String AZERBAIJANI_LETTERS = "əğıöüçşƏĞİÖÜÇŞ";

    /** Calls whose string arguments are shown to the user: argument index, or -1 for every argument. */
    private static final Map<String, Integer> TEXT_CALLS = textCalls();

    /** feature → language → key → message. */
    private static final Map<String, Map<String, Map<String, String>>> bundles = new TreeMap<>();
    private static final Map<Path, List<String>> duplicateKeys = new LinkedHashMap<>();
    private static final Map<Path, String> javaSources = new TreeMap<>();

    @BeforeAll
    static void readBundlesAndSources() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted().toList()) {
                Matcher name = BUNDLE_FILE.matcher(file.getFileName().toString());
                assertThat(name.matches()).as("bundle file name %s", file).isTrue();
                String language = name.group(2) == null ? Languages.DEFAULT.getLanguage() : name.group(2);
                String text = Files.readString(file, StandardCharsets.UTF_8);
                bundles.computeIfAbsent(name.group(1), f -> new TreeMap<>()).put(language, load(text));
                List<String> duplicates = duplicateKeysIn(text);
                if (!duplicates.isEmpty()) {
                    duplicateKeys.put(file, duplicates);
                }
            }
        }
        try (Stream<Path> files = Files.walk(JAVA_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                javaSources.put(file, Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        assertThat(bundles).as("feature bundles in %s", BUNDLES)
                .containsKeys("shared", "security", "school", "classes", "people", "notification", "home");
        assertThat(javaSources).hasSizeGreaterThan(50);
    }

    // --- the bundles among themselves -----------------------------------------------------------------------------

    @Test
    void every_feature_has_a_bundle_in_every_supported_language_and_no_other() {
        Set<String> supported = Languages.SUPPORTED.stream().map(Locale::getLanguage).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        bundles.forEach((feature, byLanguage) -> {
            for (String language : supported) {
                if (!byLanguage.containsKey(language)) {
                    problems.add(fileName(feature, language) + " is missing");
                }
            }
            for (String language : byLanguage.keySet()) {
                if (!supported.contains(language)) {
                    problems.add(fileName(feature, language) + " is for a language the application does not offer");
                }
            }
        });
        assertThat(problems).as("bundle files").isEmpty();
    }

    @Test
    void the_english_and_russian_bundles_have_exactly_the_keys_of_the_azerbaijani_one() {
        String az = Languages.DEFAULT.getLanguage();
        List<String> problems = new ArrayList<>();
        bundles.forEach((feature, byLanguage) -> {
            Set<String> reference = byLanguage.getOrDefault(az, Map.of()).keySet();
            byLanguage.forEach((language, messages) -> {
                if (language.equals(az)) {
                    return;
                }
                Set<String> missing = new TreeSet<>(reference);
                missing.removeAll(messages.keySet());
                Set<String> extra = new TreeSet<>(messages.keySet());
                extra.removeAll(reference);
                if (!missing.isEmpty()) {
                    problems.add(fileName(feature, language) + " lacks " + missing);
                }
                if (!extra.isEmpty()) {
                    problems.add(fileName(feature, language) + " has keys that " + fileName(feature, az)
                            + " lacks: " + extra);
                }
            });
        });
        assertThat(problems).as("keys out of sync").isEmpty();
    }

    @Test
    void no_key_appears_twice_in_a_file() {
        // Properties keeps the last of two equal keys silently; the first translation would be lost unnoticed.
        assertThat(duplicateKeys).as("keys written twice").isEmpty();
    }

    @Test
    void every_key_starts_with_its_features_name() {
        List<String> problems = new ArrayList<>();
        forEachMessage((feature, language, key, message) -> {
            if (!key.startsWith(feature + ".") || key.length() == feature.length() + 1) {
                problems.add(fileName(feature, language) + ": " + key);
            }
        });
        assertThat(problems).as("keys not named <feature>.<...>").isEmpty();
    }

    @Test
    void no_message_is_blank() {
        List<String> problems = new ArrayList<>();
        forEachMessage((feature, language, key, message) -> {
            if (message.isBlank()) {
                problems.add(fileName(feature, language) + ": " + key);
            }
        });
        assertThat(problems).as("blank messages").isEmpty();
    }

    @Test
    void a_message_takes_the_same_parameters_in_every_language() {
        String az = Languages.DEFAULT.getLanguage();
        List<String> problems = new ArrayList<>();
        bundles.forEach((feature, byLanguage) -> byLanguage.getOrDefault(az, Map.of()).forEach((key, message) -> {
            Set<Integer> expected = parameters(message);
            byLanguage.forEach((language, messages) -> {
                String translation = messages.get(key);
                if (translation != null && !parameters(translation).equals(expected)) {
                    problems.add(key + ": " + fileName(feature, az) + " has " + expected + ", "
                            + fileName(feature, language) + " has " + parameters(translation));
                }
            });
        }));
        assertThat(problems).as("parameters differ").isEmpty();
    }

    @Test
    void messages_with_parameters_are_valid_message_formats_that_keep_their_apostrophes() {
        // MessageFormat treats a single ' as a quote and drops it ("school's {0}" → "schools {0}"); write ''.
        List<String> problems = new ArrayList<>();
        forEachMessage((feature, language, key, message) -> {
            if (parameters(message).isEmpty()) {
                return;
            }
            try {
                new MessageFormat(message, Locale.forLanguageTag(language));
            } catch (IllegalArgumentException e) {
                problems.add(fileName(feature, language) + ": " + key + " is not a valid MessageFormat: "
                        + e.getMessage());
                return;
            }
            if (message.replace("''", "").contains("'")) {
                problems.add(fileName(feature, language) + ": " + key + " has a single apostrophe; write ''");
            }
        });
        assertThat(problems).isEmpty();
    }

    // --- encoding ---------------------------------------------------------------------------------------------

    @Test
    void every_bundle_is_valid_utf8_without_replacement_characters() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                try {
                    String text = StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes)).toString();
                    if (text.indexOf('\uFFFD') >= 0) {
                        problems.add(file + " contains U+FFFD (text that was once read in the wrong encoding)");
                    }
                } catch (CharacterCodingException e) {
                    problems.add(file + " is not valid UTF-8: " + e);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_default_bundles_really_are_azerbaijani() {
        Map<String, String> shared = bundles.get("shared").get(Languages.DEFAULT.getLanguage());

        assertThat(shared.values()).as("shared.properties values with one of " + AZERBAIJANI_LETTERS
                        + " (a file saved in another encoding loses them)")
                .anyMatch(I18nBundlesTest::hasAzerbaijaniLetter);
    }

    @Test
    void the_russian_bundles_are_written_in_cyrillic() {
        List<String> notCyrillic = bundles.entrySet().stream()
                .filter(e -> e.getValue().getOrDefault("ru", Map.of()).values().stream()
                        .noneMatch(v -> v.chars().anyMatch(c ->
                                Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)))
                .map(e -> fileName(e.getKey(), "ru"))
                .toList();
        assertThat(notCyrillic).isEmpty();
    }

    // --- keys used in the code --------------------------------------------------------------------------------

    @Test
    void every_message_key_in_the_java_sources_exists_in_the_bundles() {
        Set<String> keys = allKeys();
        Pattern keyLiteral = Pattern.compile("(" + String.join("|", bundles.keySet()) + ")\\.[A-Za-z0-9_.-]*");
        Pattern suffixLiteral = Pattern.compile("\\.[a-z][A-Za-z0-9-]*");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<Path, String> source : javaSources.entrySet()) {
            List<JavaLiteral> literals = JavaLiteral.scan(source.getValue());
            // A key stem such as "security.mail.confirm" is completed in the same file by suffixes (".subject").
            List<String> suffixes = literals.stream().map(JavaLiteral::value)
                    .filter(v -> suffixLiteral.matcher(v).matches()).distinct().toList();
            for (JavaLiteral literal : literals) {
                String value = literal.value();
                if (!keyLiteral.matcher(value).matches()) {
                    continue;
                }
                checked++;
                String where = source.getKey() + ":" + literal.line() + " \"" + value + "\"";
                if (value.endsWith(".")) {
                    if (keys.stream().noneMatch(k -> k.startsWith(value))) {
                        problems.add(where + ": no key starts with this prefix");
                    }
                } else if (!keys.contains(value)) {
                    List<String> missingCompletions = suffixes.stream().map(s -> value + s)
                            .filter(k -> !keys.contains(k)).toList();
                    if (suffixes.isEmpty() || !missingCompletions.isEmpty()) {
                        problems.add(where + ": no such key" + (suffixes.isEmpty() ? "" : ", nor " + missingCompletions));
                    }
                }
            }
        }
        assertThat(checked).as("key literals found in the sources").isGreaterThan(100);
        assertThat(problems).as("keys used in the code but missing from the bundles").isEmpty();
    }

    @Test
    void every_literal_passed_to_get_translation_or_used_as_a_menu_title_is_a_message_key() {
        Set<String> keys = allKeys();
        Pattern menuTitle = Pattern.compile("@Menu\\s*\\([^)]*?\\btitle\\s*=\\s*\"([^\"]*)\"");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<Path, String> source : javaSources.entrySet()) {
            for (JavaLiteral literal : JavaLiteral.scan(source.getValue())) {
                if (!"getTranslation".equals(literal.call()) || literal.argument() != 0 || !literal.wholeArgument()) {
                    continue;
                }
                checked++;
                if (!keys.contains(literal.value())) {
                    problems.add(source.getKey() + ":" + literal.line() + " getTranslation(\"" + literal.value()
                            + "\")");
                }
            }
            Matcher menu = menuTitle.matcher(source.getValue());
            while (menu.find()) {
                checked++;
                if (!keys.contains(menu.group(1))) {
                    problems.add(source.getKey() + " @Menu(title = \"" + menu.group(1) + "\")");
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(problems).as("translation keys that do not exist").isEmpty();
    }

    @Test
    void every_delivery_kind_has_a_name_in_every_language() {
        assertKeysInEveryLanguage(Stream.of(Delivery.values()).map(d -> "school.delivery." + d.name()).toList());
    }

    @Test
    void every_role_has_a_name_in_every_language() {
        assertKeysInEveryLanguage(Stream.of(Role.values()).map(Role::messageKey).toList());
    }

    @Test
    void every_mail_status_has_a_name_in_every_language() {
        assertKeysInEveryLanguage(Stream.of(OutboxEntry.Status.values()).map(s -> "notification.status." + s.name())
                .toList());
    }

    @Test
    void every_offered_language_has_a_name_in_every_language() {
        assertKeysInEveryLanguage(Languages.SUPPORTED.stream().map(l -> "shared.language." + l.getLanguage()).toList());
    }

    // --- text in views ----------------------------------------------------------------------------------------

    @Test
    void views_show_no_hard_coded_text() {
        List<Map.Entry<Path, String>> views = javaSources.entrySet().stream()
                .filter(e -> e.getKey().toString().replace('\\', '/').contains("/ui/")).toList();
        assertThat(views).as("view sources").hasSizeGreaterThanOrEqualTo(10);

        List<String> problems = new ArrayList<>();
        for (Map.Entry<Path, String> view : views) {
            for (JavaLiteral literal : hardCodedText(view.getValue())) {
                problems.add(view.getKey() + ":" + literal.line() + " " + literal.call() + "(… \"" + literal.value()
                        + "\" …)");
            }
        }
        assertThat(problems).as("text shown to users must come from i18n/<feature>.properties via getTranslation")
                .isEmpty();
    }

    @Test
    void the_view_scan_finds_hard_coded_text_where_it_looks() {
        String sample = """
                class SampleView {
                    SampleView() {
                        add(new Button("Save"));
                        add(new H2("Classes"), new Span(getTranslation("home.title")));
                        add(new Anchor("login", "Sign in"));
                        add(new Anchor("login", getTranslation("security.login.title")));
                        add(new Anchor("", getTranslation("shared.app.name")));
                        field.setLabel(ok ? "Name" : getTranslation("people.form.name-required"));
                        grid.addColumn(x -> x).setHeader("Ad");
                        Notification.show("Saved (" + count + ")");
                        setId("save-button"); // setText("in a comment")
                        /* new Paragraph("in a block comment") */
                        new Span(String.format(getLocale(), "%,d", value));
                        new TextField(getTranslation("x.y"), "placeholder");
                        new Span("");
                        new Span("–");
                        add(new ComboBox<>("Country"));
                        nav.addItem(new SideNavItem(getTranslation("notification.mailbox.menu"), "dev/mailbox"));
                        char quote = '"';
                        return new com.vaadin.flow.component.html.Paragraph("Back");
                    }
                }
                """;

        assertThat(hardCodedText(sample)).extracting(JavaLiteral::value)
                .containsExactly("Save", "Classes", "Sign in", "Name", "Ad", "Saved (", "placeholder", "Country",
                        "Back");
    }

    @Test
    void the_key_scan_tells_a_whole_key_from_part_of_an_expression() {
        List<JavaLiteral> literals = JavaLiteral.scan("""
                i18n.getTranslation(key + ".subject", language);
                getTranslation( "home.title" );
                getTranslation("school.delivery." + delivery.name());
                """);

        assertThat(literals).extracting(JavaLiteral::value, JavaLiteral::call, JavaLiteral::wholeArgument)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(".subject", "getTranslation", false),
                        org.assertj.core.groups.Tuple.tuple("home.title", "getTranslation", true),
                        org.assertj.core.groups.Tuple.tuple("school.delivery.", "getTranslation", false));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static List<JavaLiteral> hardCodedText(String source) {
        return JavaLiteral.scan(source).stream()
                .filter(l -> l.call() != null && TEXT_CALLS.containsKey(l.call()))
                .filter(l -> {
                    int textArgument = TEXT_CALLS.get(l.call());
                    return textArgument < 0 || l.argument() == textArgument;
                })
                .filter(l -> l.value().codePoints().anyMatch(Character::isLetter))
                .toList();
    }

    private static Map<String, Integer> textCalls() {
        Map<String, Integer> calls = new LinkedHashMap<>();
        for (String component : List.of("Button", "H1", "H2", "H3", "H4", "H5", "H6", "Span", "Paragraph",
                "TextField", "PasswordField", "EmailField", "TextArea", "IntegerField", "NumberField", "DatePicker",
                "ComboBox", "Select", "Checkbox", "NativeLabel", "ListItem", "Div", "Details", "Tab")) {
            calls.put("new " + component, -1);
        }
        // new Anchor(href, text), new RouterLink(text, View.class), new SideNavItem(label, path): the rest is no text.
        calls.put("new Anchor", 1);
        calls.put("new RouterLink", 0);
        calls.put("new SideNavItem", 0);
        for (String setter : List.of("setText", "setLabel", "setTitle", "setPlaceholder", "setHelperText",
                "setErrorMessage", "setAriaLabel", "setHeader", "setHeaderTitle", "setSummaryText", "setConfirmText",
                "setCancelText", "setRejectText", "setTooltipText", "addItem", "Notification.show")) {
            calls.put(setter, -1);
        }
        return calls;
    }

    private static Set<Integer> parameters(String message) {
        // Text in single quotes is literal to MessageFormat; '' is an apostrophe.
        String unquoted = message.replace("''", "").replaceAll("'[^']*'", "");
        Set<Integer> indexes = new TreeSet<>();
        Matcher parameter = PARAMETER.matcher(unquoted);
        while (parameter.find()) {
            indexes.add(Integer.parseInt(parameter.group(1)));
        }
        return indexes;
    }

    private static void assertKeysInEveryLanguage(List<String> keys) {
        assertThat(keys).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (String key : keys) {
            String feature = key.substring(0, key.indexOf('.'));
            for (Locale locale : Languages.SUPPORTED) {
                String message = bundles.getOrDefault(feature, Map.of())
                        .getOrDefault(locale.getLanguage(), Map.of()).get(key);
                if (message == null || message.isBlank()) {
                    problems.add(fileName(feature, locale.getLanguage()) + " lacks " + key);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Set<String> allKeys() {
        return bundles.values().stream().flatMap(byLanguage -> byLanguage.values().stream())
                .flatMap(messages -> messages.keySet().stream()).collect(Collectors.toSet());
    }

    private static boolean hasAzerbaijaniLetter(String text) {
        return text.chars().anyMatch(c -> AZERBAIJANI_LETTERS.indexOf(c) >= 0);
    }

    private static String fileName(String feature, String language) {
        return feature + (language.equals(Languages.DEFAULT.getLanguage()) ? "" : "_" + language) + ".properties";
    }

    private static Map<String, String> load(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((k, v) -> messages.put((String) k, (String) v));
        return messages;
    }

    private static List<String> duplicateKeysIn(String text) {
        Set<String> seen = new TreeSet<>();
        List<String> duplicates = new ArrayList<>();
        boolean continuation = false;
        for (String line : text.split("\\R")) {
            String stripped = line.stripLeading();
            boolean startsEntry = !continuation && !stripped.isEmpty() && !stripped.startsWith("#")
                    && !stripped.startsWith("!");
            if (startsEntry) {
                String key = stripped.split("\\s*[=:\\s]", 2)[0];
                if (!seen.add(key)) {
                    duplicates.add(key);
                }
            }
            int trailingBackslashes = line.length() - line.replaceAll("\\\\+$", "").length();
            continuation = (startsEntry || continuation) && trailingBackslashes % 2 == 1;
        }
        return duplicates;
    }

    private static void forEachMessage(MessageVisitor visitor) {
        bundles.forEach((feature, byLanguage) -> byLanguage.forEach((language, messages) ->
                messages.forEach((key, message) -> visitor.visit(feature, language, key, message))));
    }

    @FunctionalInterface
    private interface MessageVisitor {
        void visit(String feature, String language, String key, String message);
    }

    /**
     * A string literal in Java source, with the call whose argument list holds it ("new Button", "setText",
     * "Notification.show", or null), its position among that call's arguments, and whether it is that whole argument
     * (not part of an expression such as {@code key + ".subject"}). Comments are skipped.
     */
    record JavaLiteral(String value, int line, String call, int argument, boolean wholeArgument) {

        static List<JavaLiteral> scan(String source) {
            char[] masked = source.toCharArray();
            List<int[]> spans = new ArrayList<>();
            List<String> values = new ArrayList<>();
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
                    int end = source.indexOf('\n', i);
                    end = end < 0 ? source.length() : end;
                    blank(masked, i, end);
                    i = end;
                } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
                    int end = source.indexOf("*/", i + 2);
                    end = end < 0 ? source.length() : end + 2;
                    blank(masked, i, end);
                    i = end;
                } else if (source.startsWith("\"\"\"", i)) {
                    int end = source.indexOf("\"\"\"", i + 3);
                    end = end < 0 ? source.length() : end + 3;
                    spans.add(new int[]{i, end});
                    values.add(source.substring(Math.min(i + 3, end), Math.max(i + 3, end - 3)).stripIndent());
                    blank(masked, i + 1, end - 1);
                    i = end;
                } else if (c == '"' || c == '\'') {
                    StringBuilder value = new StringBuilder();
                    int j = i + 1;
                    while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') {
                        if (source.charAt(j) == '\\' && j + 1 < source.length()) {
                            value.append(unescape(source.charAt(j + 1)));
                            j += 2;
                        } else {
                            value.append(source.charAt(j++));
                        }
                    }
                    blank(masked, i + 1, j);
                    if (c == '"') {
                        spans.add(new int[]{i, j + 1});
                        values.add(value.toString());
                    }
                    i = j + 1;
                } else {
                    i++;
                }
            }
            List<JavaLiteral> literals = new ArrayList<>();
            for (int n = 0; n < spans.size(); n++) {
                int start = spans.get(n)[0];
                int line = (int) source.substring(0, start).chars().filter(ch -> ch == '\n').count() + 1;
                String[] call = enclosingCall(masked, start);
                int before = skipSpaces(masked, start);
                int after = spans.get(n)[1];
                while (after < masked.length && Character.isWhitespace(masked[after])) {
                    after++;
                }
                boolean whole = before > 0 && (masked[before - 1] == '(' || masked[before - 1] == ',')
                        && after < masked.length && (masked[after] == ')' || masked[after] == ',');
                literals.add(new JavaLiteral(values.get(n), line, call == null ? null : call[0],
                        call == null ? -1 : Integer.parseInt(call[1]), call != null && whole));
            }
            return literals;
        }

        /** The call whose argument list directly holds position {@code at}, and the argument's index. */
        private static String[] enclosingCall(char[] code, int at) {
            int depth = 0;
            int commas = 0;
            for (int i = at - 1; i >= 0; i--) {
                char c = code[i];
                if (c == ')' || c == ']' || c == '}') {
                    depth++;
                } else if (c == '(' || c == '[' || c == '{') {
                    if (depth > 0) {
                        depth--;
                        continue;
                    }
                    return c == '(' ? callBefore(code, i, commas) : null;
                } else if (depth == 0 && c == ',') {
                    commas++;
                } else if (depth == 0 && c == ';') {
                    return null;
                }
            }
            return null;
        }

        private static String[] callBefore(char[] code, int paren, int argument) {
            int i = skipSpaces(code, paren);
            if (i > 0 && code[i - 1] == '>') {
                // new ComboBox<>("...") or new Grid<Row>(...): step over the type arguments
                int depth = 0;
                while (i > 0) {
                    char c = code[--i];
                    if (c == '>') {
                        depth++;
                    } else if (c == '<' && --depth == 0) {
                        break;
                    }
                }
                i = skipSpaces(code, i);
            }
            List<String> parts = new ArrayList<>();
            while (true) {
                int end = i;
                while (i > 0 && Character.isJavaIdentifierPart(code[i - 1])) {
                    i--;
                }
                if (i == end) {
                    break;
                }
                parts.addFirst(new String(code, i, end - i));
                int before = skipSpaces(code, i);
                if (before > 0 && code[before - 1] == '.') {
                    i = skipSpaces(code, before - 1);
                } else {
                    i = before;
                    break;
                }
            }
            if (parts.isEmpty()) {
                return null;
            }
            int keywordEnd = i;
            while (i > 0 && Character.isJavaIdentifierPart(code[i - 1])) {
                i--;
            }
            boolean constructor = new String(code, i, keywordEnd - i).equals("new");
            String last = parts.getLast();
            String described;
            if (constructor) {
                described = "new " + last;
            } else if (parts.size() >= 2 && parts.get(parts.size() - 2).equals("Notification")) {
                described = "Notification." + last;
            } else {
                described = last;
            }
            return new String[]{described, Integer.toString(argument)};
        }

        private static int skipSpaces(char[] code, int i) {
            while (i > 0 && Character.isWhitespace(code[i - 1])) {
                i--;
            }
            return i;
        }

        private static void blank(char[] code, int from, int to) {
            for (int k = Math.max(from, 0); k < Math.min(to, code.length); k++) {
                if (code[k] != '\n') {
                    code[k] = ' ';
                }
            }
        }

        private static char unescape(char c) {
            return switch (c) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 's' -> ' ';
                default -> c;
            };
        }
    }
}
