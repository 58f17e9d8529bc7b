package o11yshop.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void keepsOnlyWordsLowercased() {
        assertThat(SearchTerms.of("  Wireless,  HEADPHONES!! ").words()).containsExactly("wireless", "headphones");
    }

    @Test
    void operatorsAndQuotesCannotReachTheQuery() {
        SearchTerms terms = SearchTerms.of("a' OR 1=1 -- +(\"x\" | y:*) & z<->w");

        assertThat(terms.words()).containsExactly("a", "or", "1", "x", "y", "z", "w");
        assertThat(terms.asTsQuery()).isEqualTo("a:* & or:* & 1:* & x:* & y:* & z:* & w:*");
        assertThat(terms.asBooleanModeQuery()).isEqualTo("+a* +or* +1* +x* +y* +z* +w*");
    }

    @Test
    void punctuationOnlyIsEmpty() {
        assertThat(SearchTerms.of("%%% !!! ***").isEmpty()).isTrue();
    }

    @Test
    void keepsLettersOfOtherScripts() {
        assertThat(SearchTerms.of("コーヒー café").words()).containsExactly("コーヒー", "café");
    }

    @Test
    void boundsTheNumberAndLengthOfWords() {
        SearchTerms terms = SearchTerms.of("a b c d e f g h i j " + "x".repeat(90));

        assertThat(terms.words()).hasSize(8);
        assertThat(SearchTerms.of("y".repeat(90)).words().getFirst()).hasSize(40);
    }

    @Test
    void repeatedWordsCountOnce() {
        assertThat(SearchTerms.of("tea Tea TEA").words()).containsExactly("tea");
    }
}
