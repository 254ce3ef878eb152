package org.ocaq.certificate;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The code that identifies a certificate and lets anyone check it: 12 symbols of Crockford's base32 (60 random bits)
 * and a check symbol by the Luhn mod N algorithm (N = 32) over the same alphabet, printed as {@code XXXX-XXXX-XXXX-C}.
 * <p>
 * The check symbol catches every single mistyped symbol and every swap of two neighbouring symbols except 0↔Z (the
 * one pair Luhn mod 32 cannot tell apart). Reading is forgiving: case, spaces and hyphens do not matter, and O is read
 * as 0, I and L as 1, as Crockford's alphabet intends (the alphabet has no I, L, O or U, so nothing is ambiguous).
 */
public final class CertificateCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int DATA_SYMBOLS = 12;
    static final int LENGTH = DATA_SYMBOLS + 1;
    private static final int N = ALPHABET.length();
    private static final long DATA_MASK = (1L << (5 * DATA_SYMBOLS)) - 1;

    private final String compact;

    private CertificateCode(String compact) {
        this.compact = compact;
    }

    /** A new random code; give it a {@link java.security.SecureRandom}, so codes cannot be guessed. */
    public static CertificateCode generate(RandomGenerator random) {
        long bits = random.nextLong() & DATA_MASK;
        char[] symbols = new char[LENGTH];
        for (int i = DATA_SYMBOLS - 1; i >= 0; i--) {
            symbols[i] = ALPHABET.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        symbols[DATA_SYMBOLS] = ALPHABET.charAt(checkValue(symbols, DATA_SYMBOLS));
        return new CertificateCode(new String(symbols));
    }

    /**
     * The code as someone typed it, or empty when it is not one: wrong length, a character outside the alphabet or a
     * wrong check symbol. Case, white space and hyphens are ignored; O is read as 0, I and L (also Azerbaijani İ, ı)
     * as 1.
     */
    public static Optional<CertificateCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        char[] symbols = new char[LENGTH];
        int length = 0;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isHyphen(c)) {
                continue;
            }
            char symbol = canonical(c);
            if (symbol == 0 || length == LENGTH) {
                return Optional.empty();
            }
            symbols[length++] = symbol;
        }
        if (length != LENGTH) {
            return Optional.empty();
        }
        if (ALPHABET.indexOf(symbols[DATA_SYMBOLS]) != checkValue(symbols, DATA_SYMBOLS)) {
            return Optional.empty();
        }
        return Optional.of(new CertificateCode(new String(symbols)));
    }

    /** The printed form, {@code XXXX-XXXX-XXXX-C}. */
    public String grouped() {
        return compact.substring(0, 4) + '-' + compact.substring(4, 8) + '-' + compact.substring(8, 12) + '-'
                + compact.charAt(12);
    }

    /** The 13 symbols without separators, as in URLs and the database. */
    public String compact() {
        return compact;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CertificateCode code && code.compact.equals(compact);
    }

    @Override
    public int hashCode() {
        return compact.hashCode();
    }

    @Override
    public String toString() {
        return grouped();
    }

    /**
     * The check symbol's value for the first {@code count} symbols: Luhn mod N, doubling every second symbol from
     * the right, beginning with the rightmost data symbol.
     */
    private static int checkValue(char[] symbols, int count) {
        int sum = 0;
        boolean doubled = true;
        for (int i = count - 1; i >= 0; i--) {
            int addend = ALPHABET.indexOf(symbols[i]);
            if (doubled) {
                addend *= 2;
                addend = addend / N + addend % N;
            }
            sum += addend;
            doubled = !doubled;
        }
        return (N - sum % N) % N;
    }

    /** The alphabet's symbol for a typed character, or 0 when it is none. */
    private static char canonical(char c) {
        char upper = switch (c) {
            case 'o', 'O' -> '0';
            case 'i', 'I', 'l', 'L', '\u0130', '\u0131' -> '1';
            default -> c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
        };
        return ALPHABET.indexOf(upper) >= 0 ? upper : 0;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                || c == '\u2212';
    }
}
