package org.ocaq.school;

/** A school's logo as stored: the type detected from its bytes when it was uploaded, and the bytes. */
public record LogoImage(String contentType, byte[] bytes, long version) {
}
