package org.marketaccess.portal.dataset;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.marketaccess.portal.organization.OrganizationCard;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;

/** The problems of one line of a data set, in the words of the import report. */
final class LineProblems {

    private static final int ID_MAX = 100;

    private final TaxonomyService taxonomy;
    private final OrganizationService organizations;
    private final String file;
    private final int line;
    private final List<LineProblem> into;

    LineProblems(
            TaxonomyService taxonomy,
            OrganizationService organizations,
            String file,
            int line,
            List<LineProblem> into) {
        this.taxonomy = taxonomy;
        this.organizations = organizations;
        this.file = file;
        this.line = line;
        this.into = into;
    }

    void add(String field, String reason) {
        into.add(new LineProblem(file, line, field, reason));
    }

    void addAll(Map<String, String> errors) {
        errors.forEach((field, key) -> add(datasetField(field), reason(key)));
    }

    /** Problems that are already worded for the report. */
    void addAllAsIs(Map<String, String> reasons) {
        reasons.forEach(this::add);
    }

    /**
     * Names each code that is not in the taxonomy, and drops the service's general message for
     * those fields, so the report says which code to fix.
     */
    void addAllNamingCodes(
            Map<String, String> errors, Map<String, java.util.Map.Entry<TaxonomyKind, List<String>>> fields) {
        fields.forEach((field, codes) -> {
            List<String> unknown = codes.getValue().stream()
                    .filter(code -> !taxonomy.isValid(codes.getKey(), code))
                    .toList();
            if (!unknown.isEmpty()) {
                errors.remove(field);
                add(
                        datasetField(field),
                        "unknown code" + (unknown.size() > 1 ? "s " : " ")
                                + String.join(
                                        ", ",
                                        unknown.stream()
                                                .map(code -> "\"" + code + "\"")
                                                .toList())
                                + ": not in the portal's "
                                + codes.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                + " list");
            }
        });
        addAll(errors);
    }

    void id(String id, Set<String> seen) {
        if (id == null) {
            return;
        }
        if (id.length() > ID_MAX) {
            add("id", "has more than " + ID_MAX + " characters");
        } else if (!seen.add(id)) {
            add("id", "\"" + id + "\" appears twice in this file");
        }
    }

    /** The organization must be in this data set or already in the portal, and of the right type. */
    void owner(String organizationId, OrganizationType expected, Map<String, OrganizationType> types) {
        if (organizationId == null) {
            return;
        }
        OrganizationType type = types.get(organizationId);
        if (type == null) {
            type = organizations
                    .findByExternalId(organizationId)
                    .map(OrganizationCard::type)
                    .orElse(null);
            if (type != null) {
                types.put(organizationId, type);
            }
        }
        if (type == null) {
            add(
                    "organizationId",
                    "unknown organization \"" + organizationId + "\": not in organizations.jsonl nor in the portal");
        } else if (type != expected) {
            add(
                    "organizationId",
                    "\"" + organizationId + "\" is a " + name(type) + "; "
                            + (expected == OrganizationType.STARTUP
                                    ? "needs belong to startups"
                                    : "opportunities belong to providers"));
        }
    }

    static String name(OrganizationType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private static String datasetField(String field) {
        return switch (field) {
            case "problemStatement" -> "description";
            default -> field;
        };
    }

    /** The English text of a validation key, as the report is read by operators and logs. */
    private static String reason(String key) {
        try {
            return ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT)
                    .getString(key);
        } catch (MissingResourceException unknown) {
            return key;
        }
    }
}
