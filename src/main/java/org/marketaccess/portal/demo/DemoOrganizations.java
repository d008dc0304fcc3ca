package org.marketaccess.portal.demo;

import static org.marketaccess.portal.organization.OrganizationType.PROVIDER;
import static org.marketaccess.portal.organization.OrganizationType.STARTUP;
import static org.marketaccess.portal.organization.VerificationStatus.PENDING_VERIFICATION;
import static org.marketaccess.portal.organization.VerificationStatus.REJECTED;
import static org.marketaccess.portal.organization.VerificationStatus.VERIFIED;

import java.util.List;

/** Invented organizations in the program's three clusters: Massachusetts, Catalonia, Yorkshire. */
final class DemoOrganizations {

    static final List<DemoOrganization> ALL = List.of(
            new DemoOrganization(
                    STARTUP,
                    "HeartLoop Health",
                    "https://heartloop.example",
                    "massachusetts",
                    "Cellular-connected scales and blood-pressure cuffs with a nurse triage dashboard for people "
                            + "living with heart failure after discharge. FDA-cleared devices, FHIR integration.",
                    "Dana Whitfield",
                    DemoData.STARTUP,
                    "Dana Whitfield",
                    "dana@heartloop.example",
                    "+1 617 555 0142",
                    VERIFIED),
            new DemoOrganization(
                    STARTUP,
                    "Respira Analytics",
                    "https://respira.example",
                    "catalonia",
                    "Early-warning models for COPD exacerbations from home spirometry and wearable data, "
                            + "validated with two Catalan primary-care teams. CE-marked class IIa software.",
                    "Marta Puig",
                    "marta@respira.example",
                    "Marta Puig",
                    "marta@respira.example",
                    "+34 93 555 0187",
                    VERIFIED),
            new DemoOrganization(
                    STARTUP,
                    "Dales Digital Therapeutics",
                    "https://dalesdtx.example",
                    "yorkshire",
                    "A CBT-based app for young people waiting for child and adolescent mental health services, "
                            + "with clinician oversight and DTAC compliance.",
                    "Owen Hartley",
                    "owen@dalesdtx.example",
                    "Owen Hartley",
                    "owen@dalesdtx.example",
                    "+44 113 496 0321",
                    VERIFIED),
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
                    "Harborview Community Hospital",
                    "https://harborview.example",
                    "massachusetts",
                    "A 320-bed community hospital on the South Shore with a cardiology service line and a "
                            + "growing hospital-at-home program.",
                    "Grace Liu",
                    DemoData.PROVIDER,
                    "Grace Liu",
                    "innovation@harborview.example",
                    "+1 781 555 0199",
                    VERIFIED),
            new DemoOrganization(
                    PROVIDER,
                    "Consorci Sanitari del Vallès",
                    "https://csvalles.example",
                    "catalonia",
                    "An integrated public health consortium of two hospitals and nine primary-care centres north "
                            + "of Barcelona, running an innovation unit for chronic-care pilots.",
                    "Núria Soler",
                    "nuria@csvalles.example",
                    "Núria Soler",
                    "innovacio@csvalles.example",
                    "+34 93 555 0456",
                    VERIFIED),
            new DemoOrganization(
                    PROVIDER,
                    "West Riding NHS Foundation Trust",
                    "https://westriding.example",
                    "yorkshire",
                    "An acute and community trust serving 600,000 people, with a virtual ward program and an "
                            + "emergency department under winter pressure.",
                    "Ruth Ackroyd",
                    "ruth@westriding.example",
                    "Ruth Ackroyd",
                    "innovation@westriding.example",
                    "+44 1924 555 010",
                    VERIFIED),
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
