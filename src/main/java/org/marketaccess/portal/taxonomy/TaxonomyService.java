package org.marketaccess.portal.taxonomy;

import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.marketaccess.portal.shared.ui.CurrentLanguage;
import org.marketaccess.portal.taxonomy.internal.TaxonomyTermRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the taxonomy. The lists are public reference data (the directory filters by region without a
 * login), so reading is permitted to everyone. The lists change only by migration, so they are read
 * once and kept.
 */
@Service
@PermitAll
@Transactional(readOnly = true)
public class TaxonomyService {

    private final TaxonomyTermRepository terms;
    private volatile Map<TaxonomyKind, List<Term>> cache;

    TaxonomyService(TaxonomyTermRepository terms) {
        this.terms = terms;
    }

    public List<Term> terms(TaxonomyKind kind) {
        return lists().getOrDefault(kind, List.of());
    }

    public Optional<Term> find(TaxonomyKind kind, String code) {
        return terms(kind).stream().filter(term -> term.code().equals(code)).findFirst();
    }

    public boolean isValid(TaxonomyKind kind, String code) {
        return find(kind, code).isPresent();
    }

    /**
     * Checks a field's codes against the list of {@code kind}; records {@code taxonomy.unknown-code}
     * for the field when one is not in the reference data.
     */
    public void checkCodes(
            Map<String, String> errors, String field, TaxonomyKind kind, java.util.Collection<String> codes) {
        if (codes != null && codes.stream().anyMatch(code -> code == null || !isValid(kind, code))) {
            errors.putIfAbsent(field, "taxonomy.unknown-code");
        }
    }

    /** The position of a stage in {@code idea < prototype < pilot-ready < market-ready < scaling}. */
    public int stageRank(String stage) {
        return find(TaxonomyKind.STAGE, stage).map(Term::order).orElse(0);
    }

    /**
     * The label for people in the language of the person in front of the current page (English in a
     * job or a mail), or the code itself when the code is unknown.
     */
    public String label(TaxonomyKind kind, String code) {
        return label(kind, code, CurrentLanguage.orEnglish());
    }

    /** The label for people in {@code language}, or the code itself when the code is unknown. */
    public String label(TaxonomyKind kind, String code, Locale language) {
        return find(kind, code).map(term -> term.label(language)).orElse(code);
    }

    public RegionTree regions() {
        return new RegionTree(terms(TaxonomyKind.REGION));
    }

    private Map<TaxonomyKind, List<Term>> lists() {
        Map<TaxonomyKind, List<Term>> loaded = cache;
        if (loaded == null) {
            loaded = new EnumMap<>(TaxonomyKind.class);
            loaded.putAll(terms.findAllByOrderByIdKindAscSortOrderAsc().stream()
                    .map(entity -> entity.toTerm())
                    .collect(Collectors.groupingBy(Term::kind, Collectors.toUnmodifiableList())));
            cache = loaded;
        }
        return loaded;
    }
}
