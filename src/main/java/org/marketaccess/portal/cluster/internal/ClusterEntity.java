package org.marketaccess.portal.cluster.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "cluster")
public class ClusterEntity {

    @Id
    private String code;

    private String name;

    private int position;

    protected ClusterEntity() {}

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
