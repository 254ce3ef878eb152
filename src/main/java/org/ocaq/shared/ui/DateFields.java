package org.ocaq.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date fields in the reader's language: month and weekday names from the locale, Monday first, and the way dates
 * are written there (14.03.2018 in Azerbaijani and Russian, 14/03/2018 in English), with ISO 2018-03-14 accepted too.
 * Without this the calendar speaks American English and a typed Azerbaijani date is not understood.
 */
public final class DateFields {

    private DateFields() {
    }

    public static DatePicker localized(DatePicker picker) {
        Locale locale = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        // Vaadin lists weekdays from Sunday.
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        i18n.setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale))
                .toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(picker.getTranslation("shared.date.today"));
        i18n.setCancel(picker.getTranslation("shared.date.cancel"));
        if ("en".equals(locale.getLanguage())) {
            i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd");
        } else {
            i18n.setDateFormats("dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd");
        }
        picker.setI18n(i18n);
        return picker;
    }
}
