package o11yshop.catalog.product;

import static o11yshop.catalog.db.Tables.PRODUCT;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Keyword search over product names and descriptions with each engine's own full-text index:
 * PostgreSQL's {@code tsvector} (GIN index, English stemming) and MySQL's {@code FULLTEXT} index in
 * boolean mode. The expressions match the indexes created by the migrations, so both engines use them.
 */
final class FullTextSearch {

    private final boolean postgres;

    FullTextSearch(SQLDialect dialect) {
        this.postgres = dialect.family() == SQLDialect.POSTGRES;
    }

    Condition matches(SearchTerms terms) {
        if (postgres) {
            return DSL.condition("to_tsvector('english', {0} || ' ' || {1}) @@ to_tsquery('english', {2})",
                    PRODUCT.NAME, PRODUCT.DESCRIPTION, DSL.val(terms.asTsQuery()));
        }
        return DSL.condition("MATCH({0}, {1}) AGAINST ({2} IN BOOLEAN MODE)",
                PRODUCT.NAME, PRODUCT.DESCRIPTION, DSL.val(terms.asBooleanModeQuery()));
    }

    Field<Double> relevance(SearchTerms terms) {
        if (postgres) {
            return DSL.field("ts_rank(to_tsvector('english', {0} || ' ' || {1}), to_tsquery('english', {2}))",
                    SQLDataType.DOUBLE, PRODUCT.NAME, PRODUCT.DESCRIPTION, DSL.val(terms.asTsQuery()));
        }
        return DSL.field("MATCH({0}, {1}) AGAINST ({2} IN BOOLEAN MODE)",
                SQLDataType.DOUBLE, PRODUCT.NAME, PRODUCT.DESCRIPTION, DSL.val(terms.asBooleanModeQuery()));
    }
}
