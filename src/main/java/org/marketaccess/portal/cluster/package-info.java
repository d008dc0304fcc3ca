/**
 * The clusters that joined the program (Massachusetts, Catalonia, Yorkshire) and their partner
 * agreements: who may see a posting, whose queue a request is in. Seeded by a migration, read-only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster")
package org.marketaccess.portal.cluster;
