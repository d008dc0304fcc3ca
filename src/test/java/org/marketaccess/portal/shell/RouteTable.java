package org.marketaccess.portal.shell;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marketaccess.portal.identity.Roles;

/**
 * Every route of the portal, what its address takes and who may open it: the table
 * {@link EveryRouteAccessIT} checks every identity against. A route that is not in the table fails
 * that test; adding it here is one line: its {@code @Route} value, the kind of id its address takes
 * and the roles that may open it ({@link #open} for a page anybody may open).
 */
final class RouteTable {

    /** The kind of id a route's address takes, which says which foreign objects it is tried with. */
    enum Takes {
        /** Nothing: the page alone. */
        NOTHING,
        /** {@code route/<need id>}, required: a need as its viewer may see it. */
        NEED,
        /** {@code route/<opportunity id>}, required. */
        OPPORTUNITY,
        /** {@code route[/<need id>]}: the caller's own need to edit (a new one without an id). */
        OWN_NEED_TO_EDIT,
        /** {@code route[/<opportunity id>]}: the caller's own opportunity to edit. */
        OWN_OPPORTUNITY_TO_EDIT,
        /** {@code route[/<need id>]}: the matches of one of the caller's own needs. */
        OWN_NEED_MATCHES,
        /** {@code route[/<opportunity id>]}: the matches of one of the caller's own opportunities. */
        OWN_OPPORTUNITY_MATCHES,
        /** {@code route/:needId/:opportunityId}: a need and an opportunity side by side. */
        MATCH,
        /** {@code route/:id}: an introduction request. */
        INTRODUCTION,
        /** {@code route?need=…} or {@code ?opportunity=…}: the other side's posting to ask for. */
        REQUEST_QUERY,
        /** {@code route[/<organization id>]}: an organization's whole profile. */
        ORGANIZATION
    }

    /**
     * Who may open a route: anybody, or the members of these roles. A page for visitors only (the
     * login) sends whoever is signed in to the home page.
     */
    record Entry(String route, Takes takes, boolean open, boolean visitorsOnly, Set<String> roles) {

        boolean opens(Identity who) {
            return open || (who.role() != null && roles.contains(who.role()));
        }

        /** The route a signed-in identity lands on instead, if any. */
        boolean sendsHome(Identity who) {
            return visitorsOnly && who != Identity.ANONYMOUS;
        }
    }

    /** The identities every route is tried as. */
    enum Identity {
        ANONYMOUS(null, null, false),
        STARTUP(Roles.STARTUP, org.marketaccess.portal.testing.TestData.DEMO_STARTUP, true),
        PROVIDER(Roles.PROVIDER, org.marketaccess.portal.testing.TestData.DEMO_PROVIDER, true),
        PROGRAM_MANAGER(Roles.PROGRAM_MANAGER, org.marketaccess.portal.testing.TestData.DEMO_PROGRAM_MANAGER, false),
        ADMIN(Roles.ADMIN, org.marketaccess.portal.testing.TestData.DEMO_ADMIN, false),
        /** A startup that registered itself and is not verified yet (its e-mail is made per run). */
        UNVERIFIED_STARTUP(Roles.STARTUP, null, false);

        private final String role;
        private final String demoEmail;
        private final boolean verifiedMember;

        Identity(String role, String demoEmail, boolean verifiedMember) {
            this.role = role;
            this.demoEmail = demoEmail;
            this.verifiedMember = verifiedMember;
        }

        String role() {
            return role;
        }

        String demoEmail() {
            return demoEmail;
        }

        boolean program() {
            return this == PROGRAM_MANAGER;
        }

        /** A member of a verified organization of the given side ({@code Roles.STARTUP} or {@code PROVIDER}). */
        boolean verified(String side) {
            return verifiedMember && side.equals(role);
        }
    }

    private static final String S = Roles.STARTUP;
    private static final String P = Roles.PROVIDER;
    private static final String PM = Roles.PROGRAM_MANAGER;
    private static final String A = Roles.ADMIN;

    /** The routes by their {@code @Route} value. */
    static final Map<String, Entry> ROUTES = table(List.of(
            open("", Takes.NOTHING),
            visitorsOnly("login"),
            open("register", Takes.NOTHING),
            open("forgot-password", Takes.NOTHING),
            open("reset-password", Takes.NOTHING),
            open("verify-email", Takes.NOTHING),
            open("invitation", Takes.NOTHING),
            open("directory", Takes.NOTHING),
            roles("profile", Takes.NOTHING, S, P),
            roles("notifications", Takes.NOTHING, S, P, PM, A),
            roles("account", Takes.NOTHING, S, P, PM, A),
            roles("account/two-factor", Takes.NOTHING, S, P, PM, A),
            roles("account/data", Takes.NOTHING, S, P),
            onlyWhenOwed("two-factor"),
            roles("needs", Takes.NOTHING, S),
            roles("needs/view", Takes.NEED, S, P, PM),
            roles("needs/edit", Takes.OWN_NEED_TO_EDIT, S),
            roles("opportunities", Takes.NOTHING, P),
            roles("opportunities/view", Takes.OPPORTUNITY, S, P, PM),
            roles("opportunities/edit", Takes.OWN_OPPORTUNITY_TO_EDIT, P),
            roles("matching-opportunities", Takes.OWN_NEED_MATCHES, S),
            roles("matching-innovations", Takes.OWN_OPPORTUNITY_MATCHES, P),
            roles("matches/:needId/:opportunityId", Takes.MATCH, S, P, PM),
            roles("pilot-opportunities", Takes.NOTHING, S, PM),
            roles("innovation-needs", Takes.NOTHING, P, PM),
            roles("introductions", Takes.NOTHING, S, P),
            roles("introductions/request", Takes.REQUEST_QUERY, S, P),
            roles("introductions/:id", Takes.INTRODUCTION, S, P, PM),
            roles("introductions/queue", Takes.NOTHING, PM),
            roles("postings", Takes.NOTHING, PM),
            roles("organizations", Takes.ORGANIZATION, PM),
            roles("import", Takes.NOTHING, PM),
            roles("audit", Takes.NOTHING, PM),
            roles("insight", Takes.NOTHING, PM, A),
            roles("admin/accounts", Takes.NOTHING, A),
            roles("admin/search-index", Takes.NOTHING, A)));

    private RouteTable() {}

    private static Entry open(String route, Takes takes) {
        return new Entry(route, takes, true, false, Set.of());
    }

    private static Entry visitorsOnly(String route) {
        return new Entry(route, Takes.NOTHING, true, true, Set.of());
    }

    /**
     * A step of the login (the second factor): signed-in users who owe nothing are sent home, visitors
     * to the login.
     */
    private static Entry onlyWhenOwed(String route) {
        return new Entry(route, Takes.NOTHING, false, true, Set.of(S, P, PM, A));
    }

    private static Entry roles(String route, Takes takes, String... roles) {
        return new Entry(route, takes, false, false, Set.of(roles));
    }

    private static Map<String, Entry> table(List<Entry> entries) {
        Map<String, Entry> table = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (table.put(entry.route(), entry) != null) {
                throw new IllegalStateException("route listed twice: " + entry.route());
            }
        }
        return table;
    }

    static Set<Identity> identities() {
        return EnumSet.allOf(Identity.class);
    }
}
