package org.ocaq.certificate;

/** A template with its id and version (for the office's edits). */
public record TemplateSummary(long id, long version, TemplateForm form) {
}
