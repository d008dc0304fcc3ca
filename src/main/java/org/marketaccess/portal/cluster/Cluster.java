package org.marketaccess.portal.cluster;

/** A cluster of the program: its code (a lowercase slug) and its name for people. */
public record Cluster(String code, String name) {}
