package org.ocaq.certificate;

/** A person a certificate can be issued to, as their record spells them. */
public record CertificateHolder(HolderKind kind, long id, long schoolId, String name, String passportName) {
}
