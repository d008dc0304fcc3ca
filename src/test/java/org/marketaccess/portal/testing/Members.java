package org.marketaccess.portal.testing;

import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.organization.Registration;
import org.marketaccess.portal.organization.RegistrationService;
import org.springframework.stereotype.Component;

/** Registers organizations with a member account for tests, verified or not. */
@Component
public class Members {

    private final RegistrationService registrations;
    private final OrganizationService organizations;

    Members(RegistrationService registrations, OrganizationService organizations) {
        this.registrations = registrations;
        this.organizations = organizations;
    }

    /** A new organization with one member; returns the member's e-mail (password {@code a long enough passphrase}). */
    public String member(OrganizationType type, boolean verified) {
        return member(TestData.registration(type), verified);
    }

    /** A new organization in {@code region}, of the cluster that region belongs to (decision 028). */
    public String member(OrganizationType type, boolean verified, String region) {
        Registration base = TestData.registration(type);
        return member(
                new Registration(
                        base.fullName(),
                        base.email(),
                        base.password(),
                        base.type(),
                        base.organizationName(),
                        base.website(),
                        region,
                        base.description(),
                        base.contactName(),
                        base.contactEmail(),
                        base.contactPhone(),
                        base.listedInDirectory()),
                verified);
    }

    private String member(Registration registration, boolean verified) {
        SystemAuthentication.runAsSystem(() -> {
            OrganizationId id = registrations.register(registration);
            if (verified) {
                organizations.verify(id, null, 0);
            }
        });
        return registration.email();
    }
}
