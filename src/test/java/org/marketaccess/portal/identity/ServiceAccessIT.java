package org.marketaccess.portal.identity;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.audit.AuditService;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.VerificationStatus;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.AuthenticationException;

/** Protected service methods refuse callers of the wrong role, whatever the UI shows. */
@IntegrationTest
class ServiceAccessIT {

    private static final OrganizationId SOME_ORGANIZATION = new OrganizationId(UUID.randomUUID());
    private static final AccountId SOME_ACCOUNT = new AccountId(UUID.randomUUID());

    @Autowired
    OrganizationService organizations;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditService audit;

    @Autowired
    ActAs actAs;

    @Test
    void startupsAndProvidersCannotVerifyOrListOrganizations() {
        for (String member : new String[] {TestData.DEMO_STARTUP, TestData.DEMO_PROVIDER}) {
            actAs.user(member, () -> {
                assertThatThrownBy(() -> organizations.verify(SOME_ORGANIZATION, null, 0))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> organizations.reject(SOME_ORGANIZATION, "no", 0))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> organizations.organization(SOME_ORGANIZATION))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> organizations.organizations(
                                VerificationStatus.PENDING_VERIFICATION, null, PageRequest.of(0, 10)))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> audit.recent(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
            });
        }
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        for (String other :
                new String[] {TestData.DEMO_STARTUP, TestData.DEMO_PROVIDER, TestData.DEMO_PROGRAM_MANAGER}) {
            actAs.user(other, () -> {
                assertThatThrownBy(() -> accounts.createAccount(
                                new NewAccount("x@example.org", "X", "a long enough passphrase", Roles.ADMIN)))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> accounts.changeRole(SOME_ACCOUNT, Roles.ADMIN))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> accounts.setEnabled(SOME_ACCOUNT, false))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> accounts.accounts(null, PageRequest.of(0, 10)))
                        .isInstanceOf(AccessDeniedException.class);
            });
        }
    }

    @Test
    void programManagersAndAdministratorsCannotActAsAnOrganizationMember() {
        for (String staff : new String[] {TestData.DEMO_PROGRAM_MANAGER, TestData.DEMO_ADMIN}) {
            actAs.user(staff, () -> assertThatThrownBy(() -> organizations.myOrganization())
                    .isInstanceOf(AccessDeniedException.class));
        }
        actAs.user(TestData.DEMO_ADMIN, () -> assertThatThrownBy(() -> organizations.verify(SOME_ORGANIZATION, null, 0))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void nobodySignedInCannotCallProtectedMethods() {
        assertThatThrownBy(() -> organizations.organizations(null, null, PageRequest.of(0, 10)))
                .isInstanceOfAny(
                        AccessDeniedException.class,
                        AuthenticationException.class,
                        AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> accounts.countByRole())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }

    @Test
    void selfServiceRegistrationCannotCreateStaffAccounts() {
        assertThatThrownBy(() -> accounts.registerMember(new NewAccount(
                        TestData.unique("x") + "@example.org", "X", "a long enough passphrase", Roles.PROGRAM_MANAGER)))
                .hasMessageContaining("role");
    }

    @Test
    void theRightRolePasses() {
        actAs.user(TestData.DEMO_PROGRAM_MANAGER, () -> assertThatNoException()
                .isThrownBy(() -> organizations.countByStatus()));
        actAs.user(TestData.DEMO_ADMIN, () -> assertThatNoException().isThrownBy(() -> accounts.countByRole()));
    }
}
