package o11yshop.catalog.product;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words of a search query, and nothing else. Punctuation, operators and quotes are dropped, so
 * whatever a visitor types cannot change the meaning of the full-text query it is turned into.
 */
record SearchTerms(List<String> words) {

    private static final int MAX_WORDS = 8;
    private static final int MAX_WORD_LENGTH = 40;

    static SearchTerms of(String query) {
        List<String> words = Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word)
                .distinct()
                .limit(MAX_WORDS)
                .toList();
        return new SearchTerms(words);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** PostgreSQL {@code to_tsquery} syntax: every word, each also as a prefix ({@code wire:*}). */
    String asTsQuery() {
        return String.join(" & ", words.stream().map(word -> word + ":*").toList());
    }

    /** MySQL boolean-mode syntax: every word required, each also as a prefix ({@code +wire*}). */
    String asBooleanModeQuery() {
        return String.join(" ", words.stream().map(word -> "+" + word + "*").toList());
    }
}
