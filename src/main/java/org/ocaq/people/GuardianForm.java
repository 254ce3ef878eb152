package org.ocaq.people;

public record GuardianForm(String fullName, String email, String phone, String preferredLanguage) {
}
