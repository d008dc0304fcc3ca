package org.marketaccess.portal.taxonomy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.Term;

@Entity
@Immutable
@Table(name = "taxonomy_term")
public class TaxonomyTermEntity {

    @Embeddable
    public record Key(
            @Enumerated(EnumType.STRING) @Column(name = "kind")
            TaxonomyKind kind,

            @Column(name = "code") String code) implements Serializable {}

    @EmbeddedId
    private Key id;

    private String label;

    private String parentCode;

    private int sortOrder;

    protected TaxonomyTermEntity() {}

    public Term toTerm() {
        return new Term(id.kind(), id.code(), label, parentCode, sortOrder);
    }
}
