package org.jointboard.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Search by name as people type it: every word typed is the start of a word of the name, in any case and with or
 * without accents ("wolv pol" finds "West Midlands Police, Wolverhampton"). Names are stored with their words
 * ({@link #words}) in an indexed list, and each word typed becomes an anchored prefix ({@code ^wolv}) that an index
 * serves; only letters and digits reach the pattern, so it costs the same whatever is typed.
 */
public final class NameSearch {

    public static final String FIELD = "nameWords";
    public static final int MAX_LENGTH = 100;
    private static final int MAX_WORDS = 8;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private NameSearch() {
    }

    /** The words of a name as stored for searching: lower case, without accents, split at anything not a letter or digit. */
    public static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        String plain = ACCENTS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.UK);
        return Arrays.stream(NOT_A_WORD.split(plain)).filter(word -> !word.isEmpty()).distinct().toList();
    }

    /** {@code criteria}, narrowed to the names that match what was typed into {@code argument} (unchanged if nothing was). */
    public static Criteria narrow(Criteria criteria, String typed, String argument) {
        Criteria named = matching(typed, argument);
        return named == null ? criteria : new Criteria().andOperator(criteria, named);
    }

    /**
     * Criteria for a search typed into {@code argument}, or null when nothing was typed; text without a letter or a
     * digit finds nothing.
     *
     * @throws RejectedCommand if the search is longer than {@value #MAX_LENGTH} characters
     */
    public static Criteria matching(String typed, String argument) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (typed.length() > MAX_LENGTH) {
            throw new RejectedCommand(argument, "Search with at most " + MAX_LENGTH + " characters");
        }
        List<Criteria> prefixes = words(typed).stream().limit(MAX_WORDS)
                .map(word -> Criteria.where(FIELD).regex("^" + word)).toList();
        return prefixes.isEmpty() ? Criteria.where(FIELD).in(List.of()) : new Criteria().andOperator(prefixes); // "*" finds nothing
    }
}
