package o11yshop.identity.provider.local;

import static o11yshop.identity.db.Tables.LOCAL_CREDENTIAL;
import static o11yshop.identity.db.Tables.USER_ACCOUNT;

import java.util.Optional;
import java.util.UUID;
import o11yshop.identity.WhenLocalProvider;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
@WhenLocalProvider
class LocalCredentialRepository {

    private final DSLContext dsl;

    LocalCredentialRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(UUID userId, String passwordHash) {
        dsl.insertInto(LOCAL_CREDENTIAL)
                .set(LOCAL_CREDENTIAL.USER_ID, userId)
                .set(LOCAL_CREDENTIAL.PASSWORD_HASH, passwordHash)
                .execute();
    }

    Optional<StoredCredential> findByEmail(String email) {
        return dsl.select(USER_ACCOUNT.ID, USER_ACCOUNT.IS_ADMIN, LOCAL_CREDENTIAL.PASSWORD_HASH)
                .from(USER_ACCOUNT)
                .join(LOCAL_CREDENTIAL).on(LOCAL_CREDENTIAL.USER_ID.eq(USER_ACCOUNT.ID))
                .where(USER_ACCOUNT.EMAIL.eq(email))
                .fetchOptional(row -> new StoredCredential(row.value1(), row.value2(), row.value3()));
    }

    /** What log-in needs to know about an account: who it is, its groups, its password hash. */
    record StoredCredential(UUID userId, boolean admin, String passwordHash) {
    }
}
