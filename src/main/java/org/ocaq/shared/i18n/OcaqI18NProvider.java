package org.ocaq.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Translations, one bundle per feature: {@code i18n/<feature>.properties} is Azerbaijani (the default),
 * {@code i18n/<feature>_en.properties} English and {@code i18n/<feature>_ru.properties} Russian.
 * Keys start with the feature's name, so bundles never collide.
 */
@Component
public class OcaqI18NProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(OcaqI18NProvider.class);

    private final Map<String, Map<String, String>> messagesByLanguage;

    public OcaqI18NProvider() {
        this.messagesByLanguage = load();
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale == null ? Languages.DEFAULT : Languages.supportedOrDefault(locale.getLanguage());
        String pattern = messagesByLanguage.get(effective.getLanguage()).get(key);
        if (pattern == null) {
            log.warn("Missing translation '{}' for {}", key, effective);
            return "!" + key + "!";
        }
        if (params == null || params.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, effective).format(params);
    }

    /** Every key of one language, for the tests that keep bundles in sync. */
    public Set<String> keys(Locale locale) {
        return messagesByLanguage.get(locale.getLanguage()).keySet();
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> result = new HashMap<>();
        for (Locale locale : Languages.SUPPORTED) {
            result.put(locale.getLanguage(), new HashMap<>());
        }
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            for (Resource file : files) {
                String name = file.getFilename();
                if (name == null) {
                    continue;
                }
                String language = languageOf(name);
                Map<String, String> target = result.get(language);
                if (target == null) {
                    continue;
                }
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.forEach((k, v) -> target.put((String) k, (String) v));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read translation bundles", e);
        }
        return result;
    }

    /** security.properties → az, security_en.properties → en. */
    static String languageOf(String fileName) {
        String base = fileName.substring(0, fileName.length() - ".properties".length());
        int underscore = base.lastIndexOf('_');
        return underscore < 0 ? Languages.DEFAULT.getLanguage() : base.substring(underscore + 1);
    }
}
