package org.marketaccess.portal.demo;

import static org.marketaccess.portal.organization.OrganizationType.PROVIDER;
import static org.marketaccess.portal.organization.OrganizationType.STARTUP;
import static org.marketaccess.portal.organization.VerificationStatus.PENDING_VERIFICATION;
import static org.marketaccess.portal.organization.VerificationStatus.REJECTED;

import java.util.List;

/**
 * Invented organizations that registered themselves and wait for the program (pending) or were
 * turned down (rejected). The verified ones come from the demo data set in {@code demo/}.
 */
final class DemoOrganizations {

    static final List<DemoOrganization> ALL = List.of(
            new DemoOrganization(
                    STARTUP,
                    "ShiftWise",
                    "https://shiftwise.example",
                    "massachusetts",
                    "Predictive nurse staffing and shift swapping for hospitals, integrating with existing "
                            + "rostering systems through open APIs.",
                    "Leah Okafor",
                    "leah@shiftwise.example",
                    "Leah Okafor",
                    "leah@shiftwise.example",
                    "+1 857 555 0110",
                    PENDING_VERIFICATION),
            new DemoOrganization(
                    STARTUP,
                    "Pell Dermatoscopia",
                    "https://pell.example",
                    "catalonia",
                    "Smartphone dermatoscopy with AI-assisted triage of skin lesions for primary care referrals.",
                    "Jordi Ferrer",
                    "jordi@pell.example",
                    "Jordi Ferrer",
                    "jordi@pell.example",
                    "+34 93 555 0123",
                    PENDING_VERIFICATION),
            new DemoOrganization(
                    STARTUP,
                    "Quickscript Labs",
                    "https://quickscript.example",
                    "yorkshire",
                    "Medication reconciliation at discharge for community pharmacies.",
                    "Sam Booth",
                    "sam@quickscript.example",
                    "Sam Booth",
                    "sam@quickscript.example",
                    "+44 114 496 0777",
                    REJECTED),
            new DemoOrganization(
                    PROVIDER,
                    "Pioneer Valley Care Homes",
                    "https://pioneercare.example",
                    "massachusetts",
                    "Six long-term care homes in Western Massachusetts looking at falls prevention and remote "
                            + "monitoring of residents at night.",
                    "Tom Reilly",
                    "tom@pioneercare.example",
                    "Tom Reilly",
                    "tom@pioneercare.example",
                    "+1 413 555 0134",
                    PENDING_VERIFICATION));

    private DemoOrganizations() {}
}
