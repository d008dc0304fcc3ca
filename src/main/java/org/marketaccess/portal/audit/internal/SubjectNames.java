package org.marketaccess.portal.audit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.marketaccess.portal.audit.AuditEntry;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Names the subjects of audit entries for people: an organization by its name, an account by its
 * e-mail, a posting by its title, an introduction by its two titles; one query per kind of subject
 * on a page. Reads the other features' tables and writes nothing; a subject that is gone keeps its id.
 */
@Component
public class SubjectNames {

    private static final Map<String, String> QUERIES = Map.of(
            "ORGANIZATION", "select id, name from organization where id in (:ids)",
            "ACCOUNT", "select id, email from account where id in (:ids)",
            "NEED", "select id, title from need where id in (:ids)",
            "OPPORTUNITY", "select id, title from opportunity where id in (:ids)",
            "INTRODUCTION", "select id, need_title || ' / ' || opportunity_title from introduction where id in (:ids)");

    /** How the trail names a member who acted; see AuditWriter. */
    public static final String ACCOUNT_ACTOR = "account:";

    static final String DELETED = "deleted account";

    private final NamedParameterJdbcTemplate jdbc;

    SubjectNames(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEntry> name(List<AuditEntry> entries) {
        Map<String, Set<UUID>> ids = new HashMap<>();
        for (AuditEntry entry : entries) {
            UUID id = uuid(entry.subjectId());
            if (id != null && QUERIES.containsKey(entry.subjectType())) {
                ids.computeIfAbsent(entry.subjectType(), type -> new java.util.HashSet<>())
                        .add(id);
            }
        }
        Map<String, String> names = new HashMap<>();
        ids.forEach((type, uuids) -> jdbc.query(QUERIES.get(type), Map.of("ids", uuids), row -> {
            names.put(type + ":" + row.getObject(1, UUID.class), row.getString(2));
        }));
        Set<UUID> actorAccounts = new java.util.HashSet<>();
        for (AuditEntry entry : entries) {
            UUID account = actorAccount(entry.actor());
            if (account != null) {
                actorAccounts.add(account);
            }
        }
        Map<UUID, String> actors = new HashMap<>();
        if (!actorAccounts.isEmpty()) {
            jdbc.query(QUERIES.get("ACCOUNT"), Map.of("ids", actorAccounts), row -> {
                actors.put(row.getObject(1, UUID.class), row.getString(2));
            });
        }
        List<AuditEntry> named = new ArrayList<>(entries.size());
        for (AuditEntry originalEntry : entries) {
            UUID actorAccount = actorAccount(originalEntry.actor());
            AuditEntry entry =
                    actorAccount == null ? originalEntry : originalEntry.withActor(readable(actors.get(actorAccount)));
            String name = "DATASET".equals(entry.subjectType())
                    ? entry.subjectId()
                    : names.get(entry.subjectType() + ":" + uuid(entry.subjectId()));
            named.add(name == null ? entry : entry.withSubjectName(readable(name)));
        }
        return named;
    }

    /** Members act as {@code account:<id>} (decision 023): named now, not when they acted. */
    private static UUID actorAccount(String actor) {
        return actor != null && actor.startsWith(ACCOUNT_ACTOR) ? uuid(actor.substring(ACCOUNT_ACTOR.length())) : null;
    }

    /** An erased account (see identity's Account.erase) reads as "deleted account". */
    private static String readable(String email) {
        return email == null || email.endsWith("@deleted.invalid") ? DELETED : email;
    }

    private static UUID uuid(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
