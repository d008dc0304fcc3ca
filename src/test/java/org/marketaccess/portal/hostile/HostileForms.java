package org.marketaccess.portal.hostile;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marketaccess.portal.audit.AuditService;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.NewAccount;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.introduction.DeclineReason;
import org.marketaccess.portal.introduction.IntroductionId;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.need.NeedDraft;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityDraft;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.ContactPersonData;
import org.marketaccess.portal.organization.DirectoryQuery;
import org.marketaccess.portal.organization.DirectoryService;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationProfile;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.organization.ProfileUpdate;
import org.marketaccess.portal.organization.Registration;
import org.marketaccess.portal.organization.RegistrationService;
import org.marketaccess.portal.posting.PostingOverviewService;
import org.marketaccess.portal.search.Facet;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every form of the portal as a table: form, its fields, and how one value reaches the service the
 * form calls, as the signed-in user who would fill it in. A new form is one more row of
 * {@link #all()}.
 */
final class HostileForms {

    /** One form: a hostile value for {@code field} sent the way the form sends it. */
    record Form(String name, List<String> fields, Sender sender) {}

    @FunctionalInterface
    interface Sender {
        void send(String field, String value);
    }

    /** Writes that hash a password (registration, new accounts) are slow: after this many, only validation runs. */
    private static final int HASHING_WRITES_PER_FIELD = 3;

    private final ActAs actAs;
    private final Members members;
    private final RegistrationService registrations;
    private final OrganizationService organizations;
    private final DirectoryService directory;
    private final AccountService accounts;
    private final NeedService needs;
    private final OpportunityService opportunities;
    private final MatchingService matching;
    private final IntroductionService introductions;
    private final PostingOverviewService postings;
    private final AuditService audit;
    private final Map<String, Integer> writes = new HashMap<>();

    private String startup;
    private String provider;
    private NeedId need;
    private OpportunityId opportunity;
    private IntroductionId introduction;
    private OrganizationId pending;

    HostileForms(
            ActAs actAs,
            Members members,
            RegistrationService registrations,
            OrganizationService organizations,
            DirectoryService directory,
            AccountService accounts,
            NeedService needs,
            OpportunityService opportunities,
            MatchingService matching,
            IntroductionService introductions,
            PostingOverviewService postings,
            AuditService audit) {
        this.actAs = actAs;
        this.postings = postings;
        this.audit = audit;
        this.members = members;
        this.registrations = registrations;
        this.organizations = organizations;
        this.directory = directory;
        this.accounts = accounts;
        this.needs = needs;
        this.opportunities = opportunities;
        this.matching = matching;
        this.introductions = introductions;
    }

    /** Two verified organizations with a draft each, a published pair, a request and a pending organization. */
    HostileForms prepare() {
        startup = members.member(OrganizationType.STARTUP, true);
        provider = members.member(OrganizationType.PROVIDER, true);
        need = actAs.user(startup, () -> needs.create(Postings.need("Hostile input need")));
        actAs.user(
                startup,
                () -> needs.publish(need, needs.find(need).orElseThrow().version()));
        opportunity = actAs.user(
                provider,
                () -> opportunities.create(Postings.opportunity(
                        "Hostile input opportunity", LocalDate.now().plusMonths(2), false)));
        actAs.user(
                provider,
                () -> opportunities.publish(
                        opportunity,
                        opportunities.find(opportunity).orElseThrow().version()));
        introduction = actAs.user(startup, () -> introductions.request(need, opportunity, "Let us meet."));
        pending = SystemAuthentication.runAsSystem(
                () -> registrations.register(TestData.registration(OrganizationType.STARTUP)));
        return this;
    }

    List<Form> all() {
        return List.of(
                new Form(
                        "registration",
                        List.of(
                                "fullName",
                                "email",
                                "password",
                                "organizationName",
                                "website",
                                "region",
                                "description",
                                "contactName",
                                "contactEmail",
                                "contactPhone",
                                "cluster"),
                        this::register),
                new Form(
                        "profile",
                        List.of(
                                "name",
                                "website",
                                "region",
                                "description",
                                "contactName",
                                "contactEmail",
                                "contactPhone"),
                        this::updateProfile),
                new Form("need editor", List.of("title", "description", "stage", "sought"), this::editNeed),
                new Form(
                        "opportunity editor",
                        List.of(
                                "title",
                                "problemStatement",
                                "desiredOutcomes",
                                "timeline",
                                "budgetBand",
                                "minimumStage",
                                "region"),
                        this::editOpportunity),
                new Form("find pages", List.of("opportunities", "innovations", "facet"), this::find),
                new Form("posting lists", List.of("needs", "needs code", "opportunities"), this::browse),
                new Form("directory", List.of("text", "region"), this::searchDirectory),
                new Form(
                        "program lists",
                        List.of(
                                "organizations",
                                "accounts",
                                "postings",
                                "audit actor",
                                "audit action",
                                "audit subject"),
                        this::searchAsProgram),
                new Form(
                        "introduction steps",
                        List.of("request", "question", "approve", "decline", "resubmit"),
                        this::step),
                new Form("verification", List.of("note", "reason"), this::decide),
                new Form("new account", List.of("email", "displayName"), this::createAccount));
    }

    private void register(String field, String value) {
        Registration registration = with(TestData.registration(OrganizationType.STARTUP), field, value);
        anonymous(() -> {
            if (registrations.problems(registration).isEmpty() && !mayHash("registration." + field)) {
                return;
            }
            registrations.signUp(registration);
        });
    }

    private void updateProfile(String field, String value) {
        actAs.user(startup, () -> {
            OrganizationProfile p = organizations.myOrganization().orElseThrow();
            ContactPersonData c = p.contacts().getFirst();
            organizations.updateMyProfile(new ProfileUpdate(
                    field.equals("name") ? value : p.name(),
                    field.equals("website") ? value : p.website(),
                    field.equals("region") ? value : p.region(),
                    field.equals("description") ? value : p.description(),
                    p.listedInDirectory(),
                    new ContactPersonData(
                            field.equals("contactName") ? value : c.name(),
                            field.equals("contactEmail") ? value : c.email(),
                            field.equals("contactPhone") ? value : c.phone()),
                    p.version()));
        });
    }

    private void editNeed(String field, String value) {
        NeedDraft d = Postings.need("Hostile input need");
        NeedDraft draft = new NeedDraft(
                field.equals("title") ? value : d.title(),
                field.equals("description") ? value : d.description(),
                field.equals("sought") ? List.of(value) : d.sought(),
                d.categories(),
                d.clinicalAreas(),
                d.careSettings(),
                field.equals("stage") ? value : d.stage(),
                d.certifications(),
                d.integrations(),
                d.regions(),
                false,
                false,
                null);
        actAs.user(
                startup,
                () -> needs.update(need, draft, needs.find(need).orElseThrow().version()));
    }

    private void editOpportunity(String field, String value) {
        OpportunityDraft d = Postings.opportunity(
                "Hostile input opportunity", LocalDate.now().plusMonths(2), false);
        OpportunityDraft draft = new OpportunityDraft(
                field.equals("title") ? value : d.title(),
                field.equals("problemStatement") ? value : d.problemStatement(),
                field.equals("desiredOutcomes") ? value : d.desiredOutcomes(),
                d.categories(),
                d.clinicalAreas(),
                d.careSettings(),
                d.requiredCertifications(),
                d.requiredIntegrations(),
                field.equals("minimumStage") ? value : d.minimumStage(),
                field.equals("region") ? value : d.region(),
                field.equals("budgetBand") ? value : d.budgetBand(),
                field.equals("timeline") ? value : d.timeline(),
                d.responseDeadline(),
                false,
                false,
                null);
        actAs.user(
                provider,
                () -> opportunities.update(
                        opportunity,
                        draft,
                        opportunities.find(opportunity).orElseThrow().version()));
    }

    private void find(String field, String value) {
        switch (field) {
            case "opportunities" -> actAs.user(startup, () -> matching.findOpportunities(value, Map.of(), 20));
            case "innovations" -> actAs.user(provider, () -> matching.findInnovations(value, Map.of(), 20));
            default ->
                actAs.user(startup, () -> matching.findOpportunities("", Map.of(Facet.CATEGORY, Set.of(value)), 20));
        }
    }

    private void browse(String field, String value) {
        PageRequest page = PageRequest.of(0, 20);
        switch (field) {
            case "needs" -> actAs.user(provider, () -> needs.published(value, null, null, page));
            case "needs code" -> actAs.user(provider, () -> needs.published(null, TaxonomyKind.CATEGORY, value, page));
            default -> actAs.user(startup, () -> opportunities.offered(value, null, null, page));
        }
    }

    private void searchDirectory(String field, String value) {
        DirectoryQuery query = field.equals("text")
                ? new DirectoryQuery(value, null, null)
                : new DirectoryQuery(null, OrganizationType.PROVIDER, value);
        anonymous(() -> directory.search(query, PageRequest.of(0, 20)));
    }

    private void searchAsProgram(String field, String value) {
        if (field.equals("organizations")) {
            actAs.user(
                    TestData.DEMO_PROGRAM_MANAGER,
                    () -> organizations.organizations(null, value, PageRequest.of(0, 20)));
        } else {
            actAs.user(TestData.DEMO_ADMIN, () -> accounts.accounts(value, PageRequest.of(0, 20)));
        }
    }

    private void step(String field, String value) {
        String pm = TestData.DEMO_PROGRAM_MANAGER;
        switch (field) {
            case "request" -> actAs.user(startup, () -> introductions.request(need, opportunity, value));
            case "question" -> actAs.user(pm, () -> introductions.askForInformation(introduction, value, version(pm)));
            case "approve" -> actAs.user(pm, () -> introductions.approve(introduction, value, version(pm)));
            case "decline" ->
                actAs.user(
                        pm,
                        () -> introductions.declineAsProgram(introduction, DeclineReason.OTHER, value, version(pm)));
            default -> actAs.user(startup, () -> introductions.resubmit(introduction, value, version(startup)));
        }
    }

    private long version(String who) {
        return actAs.user(
                who, () -> introductions.details(introduction).orElseThrow().version());
    }

    private void decide(String field, String value) {
        actAs.user(TestData.DEMO_PROGRAM_MANAGER, () -> {
            long version = organizations.organization(pending).orElseThrow().version();
            if (field.equals("note")) {
                organizations.verify(pending, value, version);
            } else {
                organizations.reject(pending, value, version);
            }
        });
    }

    private void createAccount(String field, String value) {
        NewAccount account = new NewAccount(
                field.equals("email") ? value : TestData.unique("pm") + "@example.org",
                field.equals("displayName") ? value : "Pat Manager",
                "a long enough passphrase",
                Roles.PROGRAM_MANAGER);
        actAs.user(TestData.DEMO_ADMIN, () -> accounts.createAccount(account));
    }

    private boolean mayHash(String key) {
        return writes.merge(key, 1, Integer::sum) <= HASHING_WRITES_PER_FIELD;
    }

    static void anonymous(Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken(
                "hostile", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static Registration with(Registration r, String field, String value) {
        return new Registration(
                field.equals("fullName") ? value : r.fullName(),
                field.equals("email") ? value : r.email(),
                field.equals("password") ? value : r.password(),
                r.type(),
                field.equals("organizationName") ? value : r.organizationName(),
                field.equals("website") ? value : r.website(),
                field.equals("region") ? value : r.region(),
                field.equals("description") ? value : r.description(),
                field.equals("contactName") ? value : r.contactName(),
                field.equals("contactEmail") ? value : r.contactEmail(),
                field.equals("contactPhone") ? value : r.contactPhone(),
                r.listedInDirectory(),
                field.equals("cluster") ? value : r.cluster());
    }
}
