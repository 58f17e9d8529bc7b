package o11yshop.catalog;

import o11yshop.platform.testing.TestDatabase;

/**
 * The database engine a suite runs on: a suite runs on both, through one subclass for each engine that
 * implements {@link Postgres} or {@link Mysql}.
 */
public interface OnEngine {

    TestDatabase.Engine engine();

    interface Postgres extends OnEngine {
        @Override
        default TestDatabase.Engine engine() {
            return TestDatabase.Engine.POSTGRESQL;
        }
    }

    interface Mysql extends OnEngine {
        @Override
        default TestDatabase.Engine engine() {
            return TestDatabase.Engine.MYSQL;
        }
    }
}
