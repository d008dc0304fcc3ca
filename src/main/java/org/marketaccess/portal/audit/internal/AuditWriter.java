package org.marketaccess.portal.audit.internal;

import java.time.Clock;
import org.marketaccess.portal.identity.AccountId;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.Roles;
import org.springframework.stereotype.Component;

/** Writes one audit row, and says who acted; shared by the recorders of each feature's events. */
@Component
class AuditWriter {

    private final AuditEventRepository records;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditWriter(AuditEventRepository records, CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Who acted. A member is written as their account id, named at display time, so that the
     * append-only trail holds no e-mail of a person who may delete their account (decision 023).
     */
    String actor() {
        return currentUser
                .get()
                .filter(user -> Roles.SELF_REGISTERED.contains(user.role()))
                .map(user -> SubjectNames.ACCOUNT_ACTOR + user.id())
                .orElseGet(currentUser::actorName);
    }

    /**
     * The signed-in actor, or, for a step nobody signed in took (a self-registration, a reset by
     * link), the account it was taken for, written as its id like every member.
     */
    String actorOr(AccountId account) {
        String actor = actor();
        return CurrentUser.ANONYMOUS.equals(actor) && account != null ? self(account) : actor;
    }

    /**
     * An account acting on itself (a login, a second factor): its id, never its e-mail, whatever its
     * role, so that the trail of an account deleted later names nobody (decision 023).
     */
    static String self(AccountId account) {
        return SubjectNames.ACCOUNT_ACTOR + account;
    }

    void write(
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String before,
            String after,
            String reason,
            String details) {
        records.save(new AuditRecord(
                clock.instant(), actor, action, subjectType, subjectId, before, after, reason, details));
    }
}
