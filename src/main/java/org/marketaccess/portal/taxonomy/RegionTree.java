package org.marketaccess.portal.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nested regions: {@code massachusetts ⊂ new-england ⊂ north-america ⊂ anywhere}. A need open to a
 * region is open to every region inside it.
 */
public final class RegionTree {

    private final Map<String, String> parentOf = new HashMap<>();
    private final Map<String, List<String>> childrenOf = new HashMap<>();

    public RegionTree(Collection<Term> regions) {
        for (Term region : regions) {
            if (region.kind() != TaxonomyKind.REGION) {
                throw new IllegalArgumentException("Not a region: " + region.code());
            }
            parentOf.put(region.code(), region.parentCode());
            if (region.parentCode() != null) {
                childrenOf
                        .computeIfAbsent(region.parentCode(), key -> new ArrayList<>())
                        .add(region.code());
            }
        }
    }

    public boolean contains(String code) {
        return parentOf.containsKey(code);
    }

    /** The region itself and every region nested inside it. */
    public Set<String> within(String code) {
        Set<String> result = new LinkedHashSet<>();
        if (!contains(code)) {
            return result;
        }
        collect(code, result);
        return result;
    }

    /** The region itself and every region that encloses it, innermost first. */
    public List<String> enclosing(String code) {
        List<String> result = new ArrayList<>();
        for (String current = code;
                current != null && contains(current) && !result.contains(current);
                current = parentOf.get(current)) {
            result.add(current);
        }
        return result;
    }

    /** Whether {@code inner} lies inside {@code outer} (or is it). */
    public boolean isWithin(String inner, String outer) {
        return enclosing(inner).contains(outer);
    }

    private void collect(String code, Set<String> into) {
        if (into.add(code)) {
            childrenOf.getOrDefault(code, List.of()).forEach(child -> collect(child, into));
        }
    }
}
