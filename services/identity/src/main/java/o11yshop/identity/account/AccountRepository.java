package o11yshop.identity.account;

import static o11yshop.identity.db.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import o11yshop.identity.UtcTime;
import o11yshop.identity.db.tables.records.UserAccountRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private final DSLContext dsl;

    AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean existsByEmail(String email) {
        return dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.EMAIL.eq(email));
    }

    Optional<Account> findById(UUID id) {
        return dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(id)).fetchOptional(AccountRepository::toAccount);
    }

    Optional<Account> findByEmail(String email) {
        return dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.EMAIL.eq(email)).fetchOptional(AccountRepository::toAccount);
    }

    void insert(Account account) {
        dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.ID, account.id())
                .set(USER_ACCOUNT.EMAIL, account.email())
                .set(USER_ACCOUNT.DISPLAY_NAME, account.displayName())
                .set(USER_ACCOUNT.IS_ADMIN, account.admin())
                .set(USER_ACCOUNT.CREATED_AT, UtcTime.toColumn(account.createdAt()))
                .set(USER_ACCOUNT.UPDATED_AT, UtcTime.toColumn(account.createdAt()))
                .execute();
    }

    boolean updateDisplayName(UUID id, String displayName, Instant now) {
        return dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.DISPLAY_NAME, displayName)
                .set(USER_ACCOUNT.UPDATED_AT, UtcTime.toColumn(now))
                .where(USER_ACCOUNT.ID.eq(id))
                .execute() == 1;
    }

    /** Oldest first, in the order the accounts were made. */
    List<Account> page(int offset, int limit) {
        return dsl.selectFrom(USER_ACCOUNT)
                .orderBy(USER_ACCOUNT.POSITION)
                .limit(limit)
                .offset(offset)
                .fetch(AccountRepository::toAccount);
    }

    long count() {
        return dsl.fetchCount(USER_ACCOUNT);
    }

    private static Account toAccount(UserAccountRecord row) {
        return new Account(row.getId(), row.getEmail(), row.getDisplayName(), row.getIsAdmin(),
                UtcTime.fromColumn(row.getCreatedAt()));
    }
}
