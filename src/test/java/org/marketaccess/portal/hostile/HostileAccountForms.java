package org.marketaccess.portal.hostile;

import static org.marketaccess.portal.hostile.HostileForms.anonymous;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marketaccess.portal.hostile.HostileForms.Form;
import org.marketaccess.portal.identity.EmailVerificationService;
import org.marketaccess.portal.identity.PasswordPolicy;
import org.marketaccess.portal.identity.PasswordService;
import org.marketaccess.portal.identity.TwoFactorService;
import org.marketaccess.portal.organization.ColleagueService;
import org.marketaccess.portal.organization.InvitationService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.privacy.PrivacyService;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.TestData;

/**
 * The account forms: forgotten password, reset link, e-mail confirmation, change of password,
 * colleague invitations, joining, two-factor enrolment and account deletion. Paths that check a
 * password hash are slow, so after a few values per field only the password rule runs, as in
 * {@link HostileForms}.
 */
final class HostileAccountForms {

    private static final int HASHING_CALLS_PER_FIELD = 3;
    private static final String GOOD_PASSWORD = "a-long-enough-hostile-passphrase";

    private final ActAs actAs;
    private final Members members;
    private final PasswordService passwords;
    private final EmailVerificationService verification;
    private final ColleagueService colleagues;
    private final InvitationService invitations;
    private final TwoFactorService twoFactor;
    private final PrivacyService privacy;
    private final Map<String, Integer> hashing = new HashMap<>();
    private String member;

    HostileAccountForms(
            ActAs actAs,
            Members members,
            PasswordService passwords,
            EmailVerificationService verification,
            ColleagueService colleagues,
            InvitationService invitations,
            TwoFactorService twoFactor,
            PrivacyService privacy) {
        this.actAs = actAs;
        this.members = members;
        this.passwords = passwords;
        this.verification = verification;
        this.colleagues = colleagues;
        this.invitations = invitations;
        this.twoFactor = twoFactor;
        this.privacy = privacy;
    }

    HostileAccountForms prepare() {
        member = members.member(OrganizationType.STARTUP, true);
        return this;
    }

    List<Form> all() {
        return List.of(
                new Form(
                        "forgot password",
                        List.of("email"),
                        (field, value) -> anonymous(() -> passwords.requestReset(value))),
                new Form("reset link", List.of("token", "password"), this::reset),
                new Form("confirm e-mail", List.of("token", "resend"), this::confirm),
                new Form("change password", List.of("current", "new"), this::changePassword),
                new Form(
                        "invite colleague",
                        List.of("email"),
                        (field, value) -> actAs.user(member, () -> colleagues.invite(value))),
                new Form("join", List.of("token", "displayName", "password"), this::join),
                new Form("two-factor enrolment", List.of("code"), this::enrol),
                new Form("delete account", List.of("password"), this::delete));
    }

    private void reset(String field, String value) {
        anonymous(() -> {
            if (field.equals("token")) {
                passwords.resetLinkState(value);
                passwords.reset(value, GOOD_PASSWORD);
            } else if (mayHash("reset")) {
                passwords.reset("not-a-link-the-portal-sent", value);
            } else {
                PasswordPolicy.problem(value);
            }
        });
    }

    private void confirm(String field, String value) {
        anonymous(() -> {
            if (field.equals("token")) {
                verification.linkState(value);
                verification.verify(value);
            } else {
                verification.resend(value);
            }
        });
    }

    private void changePassword(String field, String value) {
        if (!mayHash("change." + field)) {
            PasswordPolicy.problem(value);
            return;
        }
        // the current password is never right here, so the member's password stays as it is
        actAs.user(
                member,
                () -> passwords.changePassword(
                        field.equals("current") ? value : "not-the-current-password",
                        field.equals("new") ? value : GOOD_PASSWORD));
    }

    private void join(String field, String value) {
        anonymous(() -> {
            if (field.equals("token")) {
                invitations.open(value);
                invitations.accept(value, "Hostile Joiner", GOOD_PASSWORD);
            } else if (mayHash("join." + field)) {
                invitations.accept(
                        "not-a-link-the-portal-sent",
                        field.equals("displayName") ? value : "Hostile Joiner",
                        field.equals("password") ? value : GOOD_PASSWORD);
            }
        });
    }

    private void enrol(String field, String value) {
        actAs.user(TestData.DEMO_PROGRAM_MANAGER, () -> {
            TwoFactorService.Enrolment enrolment = twoFactor.newEnrolment();
            twoFactor.confirm(enrolment.secret(), value);
        });
    }

    private void delete(String field, String value) {
        if (mayHash("delete")) {
            actAs.user(member, () -> privacy.deleteMyAccount(value));
        }
    }

    private boolean mayHash(String key) {
        return hashing.merge(key, 1, Integer::sum) <= HASHING_CALLS_PER_FIELD;
    }
}
