package org.marketaccess.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.organization.Registration;
import org.marketaccess.portal.organization.RegistrationService;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.UniqueConstraint;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A save the database refuses for a reason other than a unique conflict is never reported as one:
 * the service lets the database's refusal through (the UI then says the change could not be saved)
 * instead of "this e-mail is already registered" or "a request for this pair is under way". The
 * failure is forced with a check constraint that refuses one marked value, dropped afterwards.
 */
@IntegrationTest
class SaveFailureIT {

    static final String REFUSED = "Refused by the database";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistrationService registrations;

    @Autowired
    AccountService accounts;

    @Autowired
    NeedService needs;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    IntroductionService introductions;

    @Autowired
    Members members;

    @Autowired
    ActAs actAs;

    @Test
    void aRegistrationRefusedByTheDatabaseIsNotReportedAsATakenEmail() {
        Registration valid = TestData.registration(OrganizationType.STARTUP);
        Registration refused = new Registration(
                REFUSED,
                valid.email(),
                valid.password(),
                valid.type(),
                valid.organizationName(),
                valid.website(),
                valid.region(),
                valid.description(),
                valid.contactName(),
                valid.contactEmail(),
                valid.contactPhone(),
                valid.listedInDirectory());
        Throwable thrown = refusing(
                "account",
                "display_name",
                () -> catchThrowable(() -> SystemAuthentication.runAsSystem(() -> registrations.register(refused))));

        assertThat(thrown)
                .isInstanceOf(DataIntegrityViolationException.class)
                .isNotInstanceOf(InvalidInputException.class);
        assertThat(accounts.isEmailRegistered(valid.email()))
                .as("nothing was saved")
                .isFalse();
        SystemAuthentication.runAsSystem(() -> registrations.register(valid));
        assertThat(accounts.isEmailRegistered(valid.email())).isTrue();
    }

    @Test
    void anIntroductionRefusedByTheDatabaseIsNotReportedAsATakenPair() {
        String startup = members.member(OrganizationType.STARTUP, true);
        String provider = members.member(OrganizationType.PROVIDER, true);
        NeedId need = actAs.user(startup, () -> {
            NeedId id = needs.create(Postings.need("Sepsis early warning " + TestData.unique("n")));
            needs.publish(id, needs.find(id).orElseThrow().version());
            return id;
        });
        OpportunityId opportunity = actAs.user(provider, () -> {
            OpportunityId id = opportunities.create(Postings.opportunity("Sepsis in the ED", null, false));
            opportunities.publish(id, opportunities.find(id).orElseThrow().version());
            return id;
        });

        Throwable thrown = refusing(
                "introduction",
                "message",
                () -> catchThrowable(
                        () -> actAs.user(startup, () -> introductions.request(need, opportunity, REFUSED))));

        assertThat(thrown)
                .isInstanceOf(DataIntegrityViolationException.class)
                .isNotInstanceOf(IllegalTransitionException.class);
        assertThat(actAs.user(startup, () -> introductions.request(need, opportunity, "We would like to meet.")))
                .as("the pair was never taken")
                .isNotNull();
    }

    @Test
    void aDuplicateEmailIsRecognizedAsThatConstraintAndNoOther() {
        String email = TestData.unique("dup") + "@example.org";
        String insert = "insert into account (id, email, display_name, password_hash, role, enabled,"
                + " created_at, version) values (random_uuid(), ?, 'Dup', 'x', 'STARTUP', true,"
                + " current_timestamp, 0)";
        jdbc.update(insert.replace("random_uuid()", "'" + java.util.UUID.randomUUID() + "'"), email);

        Throwable duplicate = catchThrowable(
                () -> jdbc.update(insert.replace("random_uuid()", "'" + java.util.UUID.randomUUID() + "'"), email));

        assertThat(duplicate).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(UniqueConstraint.violated((DataIntegrityViolationException) duplicate, "uq_account_email"))
                .isTrue();
        assertThat(UniqueConstraint.violated((DataIntegrityViolationException) duplicate, "uq_introduction_open_pair"))
                .isFalse();
    }

    /** Runs {@code work} while the database refuses rows whose {@code column} holds {@link #REFUSED}. */
    private <T> T refusing(String table, String column, java.util.function.Supplier<T> work) {
        jdbc.execute(
                "alter table " + table + " add constraint ck_test_refused check (" + column + " <> '" + REFUSED + "')");
        try {
            return work.get();
        } finally {
            jdbc.execute("alter table " + table + " drop constraint ck_test_refused");
        }
    }
}
